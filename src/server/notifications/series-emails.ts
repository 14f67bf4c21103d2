import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import type { Language, Localized } from '../../domain/i18n.js';
import type { OutboxEmail } from '../db/tables/outbox.js';
import { formatWhen } from './booking-emails.js';

export interface SeriesMailDetails {
  language: Language;
  patientName: string;
  patientEmail: string;
  serviceName: string;
  practitionerName: string;
  clinicName: string;
  clinicAddress: string;
  clinicPhone: string;
  clinicEmail: string;
  timeZone: string;
  appointments: { bookingId: string; start: Date; end: Date; sequence: number }[];
  /** Link where the patient sees the series and cancels one or the rest. */
  manageUrl: string;
}

const texts = {
  en: {
    booked: {
      subject: (d: SeriesMailDetails) =>
        `Booked: ${d.appointments.length} × ${d.serviceName} at ${d.clinicName}`,
      lead: (n: number) => `your ${n} appointments are booked.`,
    },
    cancelled: {
      subject: (d: SeriesMailDetails) =>
        `Cancelled: ${d.appointments.length} × ${d.serviceName} at ${d.clinicName}`,
      lead: (n: number) => `these ${n} appointments have been cancelled.`,
    },
    hello: 'Hello',
    what: 'What',
    who: 'With',
    where: 'Where',
    dates: 'Dates',
    manage: 'See them, or cancel one or all the remaining ones, here',
    attached: 'The attached calendar file adds every one of them to your calendar.',
    questions: 'Questions? Call the clinic at',
  },
  es: {
    booked: {
      subject: (d: SeriesMailDetails) =>
        `Citas reservadas: ${d.appointments.length} × ${d.serviceName} en ${d.clinicName}`,
      lead: (n: number) => `tus ${n} citas están reservadas.`,
    },
    cancelled: {
      subject: (d: SeriesMailDetails) =>
        `Citas canceladas: ${d.appointments.length} × ${d.serviceName} en ${d.clinicName}`,
      lead: (n: number) => `estas ${n} citas han sido canceladas.`,
    },
    hello: 'Hola',
    what: 'Qué',
    who: 'Con',
    where: 'Dónde',
    dates: 'Fechas',
    manage: 'Consúltalas, o cancela una o todas las que quedan, aquí',
    attached: 'El archivo de calendario adjunto las añade todas a tu calendario.',
    questions: '¿Dudas? Llama a la clínica al',
  },
} as const satisfies Localized<unknown>;

/**
 * One mail for a whole series: every date in the text, and one .ics with a VEVENT per
 * appointment. Each event's UID is the one a single booking's invite uses
 * (`booking-<id>@psoas`), so a later single cancellation or move updates the right event.
 */
export function renderSeriesEmail(kind: 'booked' | 'cancelled', d: SeriesMailDetails): OutboxEmail {
  const t = texts[d.language];
  const cancelled = kind === 'cancelled';
  const lines = [
    `${t.hello} ${d.patientName}, ${t[kind].lead(d.appointments.length)}`,
    '',
    `${t.what}: ${d.serviceName}`,
    `${t.who}: ${d.practitionerName}`,
    `${t.where}: ${d.clinicName}, ${d.clinicAddress}`,
    `${t.dates}:`,
    ...d.appointments.map(
      (a, i) =>
        `  ${i + 1}. ${formatWhen({ language: d.language, timeZone: d.timeZone, start: a.start, end: a.end })}`,
    ),
    '',
    ...(cancelled ? [] : [`${t.manage}: ${d.manageUrl}`, t.attached]),
    `${t.questions} ${d.clinicPhone}.`,
  ];
  return {
    to: d.patientEmail,
    subject: t[kind].subject(d),
    text: lines.join('\n'),
    language: d.language,
    ics: {
      filename: 'appointments.ics',
      method: cancelled ? 'CANCEL' : 'REQUEST',
      content: seriesIcs(d, cancelled),
    },
  };
}

function seriesIcs(d: SeriesMailDetails, cancelled: boolean): string {
  const calendar = ical({
    name: d.clinicName,
    prodId: { company: 'Psoas', product: 'clinic-booking', language: 'EN' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const who = texts[d.language].who;
  for (const a of d.appointments) {
    calendar.createEvent({
      id: `booking-${a.bookingId}@psoas`,
      start: a.start,
      end: a.end,
      summary: `${d.serviceName} — ${d.clinicName}`,
      description: `${who}: ${d.practitionerName}`,
      location: `${d.clinicName}, ${d.clinicAddress}`,
      organizer: { name: d.clinicName, email: d.clinicEmail },
      attendees: [
        {
          email: d.patientEmail,
          ...(d.patientName.trim() ? { name: d.patientName.trim() } : {}),
          role: ICalAttendeeRole.REQ,
          status: ICalAttendeeStatus.ACCEPTED,
          rsvp: false,
        },
      ],
      sequence: a.sequence,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
