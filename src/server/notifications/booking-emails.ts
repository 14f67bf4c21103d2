import { formatLocale, type Language, type Localized } from '../../domain/i18n.js';
import { formatInZone } from '../../domain/time/index.js';
import type { BookingMailKind, OutboxEmail } from '../db/tables/outbox.js';
import { escapeHtml, htmlDocument, linkify } from './html-mail.js';
import { bookingIcs } from './ics.js';

export interface BookingMailDetails {
  bookingId: string;
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
  start: Date;
  end: Date;
  /** Link where the patient sees, moves or cancels the booking. */
  manageUrl: string;
  sequence: number;
}

const DATE = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } as const;
const TIME = { hour: '2-digit', minute: '2-digit' } as const;

/**
 * The appointment's time as the patient reads it: wall-clock time in the clinic's zone, by the
 * domain's zone rules (the same the booking page uses), never this host's.
 */
export function formatWhen(d: Pick<BookingMailDetails, 'language' | 'timeZone' | 'start' | 'end'>): string {
  const locale = formatLocale(d.language);
  const date = formatInZone(d.start, d.timeZone, locale, DATE);
  return `${date}, ${formatInZone(d.start, d.timeZone, locale, TIME)}–${formatInZone(d.end, d.timeZone, locale, TIME)} (${d.timeZone})`;
}

const texts = {
  en: {
    booking_confirmation: {
      subject: (d: BookingMailDetails) => `Booked: ${d.serviceName} at ${d.clinicName}`,
      lead: 'your appointment is booked.',
    },
    booking_moved: {
      subject: (d: BookingMailDetails) => `New time: ${d.serviceName} at ${d.clinicName}`,
      lead: 'your appointment has a new time.',
    },
    booking_reminder: {
      subject: (d: BookingMailDetails) => `Reminder: ${d.serviceName} tomorrow at ${d.clinicName}`,
      lead: 'a reminder of your appointment.',
    },
    booking_cancellation: {
      subject: (d: BookingMailDetails) => `Cancelled: ${d.serviceName} at ${d.clinicName}`,
      lead: 'your appointment has been cancelled.',
    },
    hello: 'Hello',
    when: 'When',
    what: 'What',
    who: 'With',
    where: 'Where',
    manage: 'See, move or cancel it here',
    questions: 'Questions? Call the clinic at',
    attached: 'The attached calendar file adds it to your calendar.',
  },
  es: {
    booking_confirmation: {
      subject: (d: BookingMailDetails) => `Cita reservada: ${d.serviceName} en ${d.clinicName}`,
      lead: 'tu cita está reservada.',
    },
    booking_moved: {
      subject: (d: BookingMailDetails) => `Nueva hora: ${d.serviceName} en ${d.clinicName}`,
      lead: 'tu cita tiene una nueva hora.',
    },
    booking_reminder: {
      subject: (d: BookingMailDetails) => `Recordatorio: ${d.serviceName} mañana en ${d.clinicName}`,
      lead: 'te recordamos tu cita.',
    },
    booking_cancellation: {
      subject: (d: BookingMailDetails) => `Cita cancelada: ${d.serviceName} en ${d.clinicName}`,
      lead: 'tu cita ha sido cancelada.',
    },
    hello: 'Hola',
    when: 'Cuándo',
    what: 'Qué',
    who: 'Con',
    where: 'Dónde',
    manage: 'Consúltala, cámbiala o cancélala aquí',
    questions: '¿Dudas? Llama a la clínica al',
    attached: 'El archivo de calendario adjunto la añade a tu calendario.',
  },
} as const satisfies Localized<unknown>;

/** The HTML part: the text's content as a paragraph, a description list and links. */
function bookingHtml(kind: BookingMailKind, d: BookingMailDetails, subject: string): string {
  const t = texts[d.language];
  const cancelled = kind === 'booking_cancellation';
  const row = (term: string, value: string) => `<dt style="font-weight:bold">${escapeHtml(term)}</dt>
<dd style="margin:0 0 8px 0">${value}</dd>`;
  const phoneHref = d.clinicPhone.replace(/[^+0-9]/g, '');
  return htmlDocument(
    d.language,
    subject,
    [
      `<p>${escapeHtml(`${t.hello} ${d.patientName}, ${t[kind].lead}`)}</p>`,
      '<dl>',
      row(t.what, escapeHtml(d.serviceName)),
      row(t.who, escapeHtml(d.practitionerName)),
      row(t.when, escapeHtml(formatWhen(d))),
      row(t.where, escapeHtml(`${d.clinicName}, ${d.clinicAddress}`)),
      '</dl>',
      ...(cancelled
        ? []
        : [`<p>${escapeHtml(t.manage)}: ${linkify(d.manageUrl)}</p>`, `<p>${escapeHtml(t.attached)}</p>`]),
      `<p>${escapeHtml(t.questions)} <a href="tel:${escapeHtml(phoneHref)}">${escapeHtml(d.clinicPhone)}</a>.</p>`,
    ].join('\n'),
  );
}

/** Renders one booking email (text, HTML and an .ics invite or cancellation) in the patient's language. */
export function renderBookingEmail(
  kind: BookingMailKind,
  d: BookingMailDetails,
): OutboxEmail & { html: string } {
  const t = texts[d.language];
  const cancelled = kind === 'booking_cancellation';
  const subject = t[kind].subject(d);
  const lines = [
    `${t.hello} ${d.patientName}, ${t[kind].lead}`,
    '',
    `${t.what}: ${d.serviceName}`,
    `${t.who}: ${d.practitionerName}`,
    `${t.when}: ${formatWhen(d)}`,
    `${t.where}: ${d.clinicName}, ${d.clinicAddress}`,
    '',
    ...(cancelled ? [] : [`${t.manage}: ${d.manageUrl}`, t.attached]),
    `${t.questions} ${d.clinicPhone}.`,
  ];
  return {
    to: d.patientEmail,
    subject,
    text: lines.join('\n'),
    html: bookingHtml(kind, d, subject),
    language: d.language,
    ics: {
      filename: 'appointment.ics',
      method: cancelled ? 'CANCEL' : 'REQUEST',
      content: bookingIcs({
        bookingId: d.bookingId,
        start: d.start,
        end: d.end,
        summary: `${d.serviceName} — ${d.clinicName}`,
        description: `${t.who}: ${d.practitionerName}`,
        location: `${d.clinicName}, ${d.clinicAddress}`,
        organizerName: d.clinicName,
        organizerEmail: d.clinicEmail,
        sequence: d.sequence,
        attendee: { email: d.patientEmail, name: d.patientName },
        cancelled,
      }),
    },
  };
}
