import type {
  Appointment,
  BundleEntry,
  CarePlan,
  Observation,
  Procedure,
  Resource,
} from '@medplum/fhirtypes';
import { FHIR_BASE, PAIN_SCORE_LOINC } from '../fhir/assessment.js';

/**
 * The person's day-to-day record as FHIR R4, for the privacy export: check-ins as Observations,
 * bookings as Appointments, programmes as CarePlans and each played session as a Procedure based
 * on its CarePlan. Only what maps cleanly; everything else is in the JSON export. Pure.
 */
export interface CheckinRecord {
  /** The check-in row's own id: unique per person and day, and not guessable from the date. */
  id: string;
  date: string;
  painNow: number;
  minutesWalked: number;
  sittingHours: number;
  sittingBreaks: number;
  waterGlasses: number;
  stress: number;
  classAttended: boolean;
  note: string;
}

export interface BookingRecord {
  id: string;
  status: 'active' | 'cancelled' | 'no_show' | 'completed';
  start: string;
  end: string;
  serviceName: string | null;
}

export interface ProgrammeRecord {
  id: string;
  createdAt: string;
  pattern: string;
  sessionDates: string[];
  results: { id: string; sessionId: string; completedAt: string; effort: number; painNow: number }[];
  /** Practitioners' reviews of the programme, oldest first. */
  reviews?: ProgrammeReviewRecord[];
}

/** One practitioner review as the patient's export shows it: who, where, when and what they wrote. */
export interface ProgrammeReviewRecord {
  reviewerName: string;
  clinicName: string | null;
  reviewedAt: string;
  planNote: string | null;
  nextReviewDate: string | null;
  /** Each exercise the practitioner removed, added, replaced or re-dosed, in words. */
  changes: string[];
  exerciseNotes: { exerciseId: string; note: string }[];
}

/** A review as a CarePlan note: the practitioner as author, every line of what they decided. */
function reviewAnnotation(r: ProgrammeReviewRecord) {
  const lines = [
    `Reviewed by ${r.reviewerName}${r.clinicName ? ` (${r.clinicName})` : ''}.`,
    ...(r.planNote ? [`Note: ${r.planNote}`] : []),
    ...r.changes,
    ...r.exerciseNotes.map((n) => `${n.exerciseId}: ${n.note}`),
    ...(r.nextReviewDate ? [`Next review: ${r.nextReviewDate}`] : []),
  ];
  return { authorString: r.reviewerName, time: r.reviewedAt, text: lines.join('\n') };
}

export const CHECKIN_SYSTEM = `${FHIR_BASE}/CodeSystem/checkin`;
// Identifiers name each resource for a transaction's conditional update (fhir/transaction.ts).
export const CHECKIN_ID_SYSTEM = `${FHIR_BASE}/sid/checkin`;
export const BOOKING_SYSTEM = `${FHIR_BASE}/sid/booking`;
export const PROGRAMME_SYSTEM = `${FHIR_BASE}/sid/programme`;
export const SESSION_RESULT_SYSTEM = `${FHIR_BASE}/sid/programme-result`;

const fullUrl = (r: Resource & { id: string }) => `${FHIR_BASE}/${r.resourceType}/${r.id}`;
const entry = (resource: Resource & { id: string }): BundleEntry => ({
  fullUrl: fullUrl(resource),
  resource,
});
const checkinCode = (code: string, text: string) => ({ coding: [{ system: CHECKIN_SYSTEM, code }], text });

export function checkinObservation(personId: string, c: CheckinRecord): Observation & { id: string } {
  return {
    resourceType: 'Observation',
    id: c.id,
    identifier: [{ system: CHECKIN_ID_SYSTEM, value: c.id }],
    status: 'final',
    category: [
      {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }],
      },
    ],
    code: {
      coding: [
        {
          system: 'http://loinc.org',
          code: PAIN_SCORE_LOINC,
          display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
        },
      ],
      text: 'Daily check-in: pain now (0–10)',
    },
    subject: { reference: `Patient/${personId}` },
    effectiveDateTime: c.date,
    valueInteger: c.painNow,
    component: [
      {
        code: checkinCode('minutes-walked', 'Minutes walked'),
        valueQuantity: {
          value: c.minutesWalked,
          unit: 'min',
          system: 'http://unitsofmeasure.org',
          code: 'min',
        },
      },
      {
        code: checkinCode('sitting-hours', 'Hours sitting'),
        valueQuantity: { value: c.sittingHours, unit: 'h', system: 'http://unitsofmeasure.org', code: 'h' },
      },
      { code: checkinCode('sitting-breaks', 'Sitting breaks taken'), valueInteger: c.sittingBreaks },
      { code: checkinCode('water-glasses', 'Glasses of water (250 ml)'), valueInteger: c.waterGlasses },
      { code: checkinCode('stress', 'Stress (0–10)'), valueInteger: c.stress },
      { code: checkinCode('class-attended', 'Class attended'), valueBoolean: c.classAttended },
    ],
    ...(c.note ? { note: [{ text: c.note }] } : {}),
  };
}

const APPOINTMENT_STATUS = {
  active: 'booked',
  cancelled: 'cancelled',
  no_show: 'noshow',
  completed: 'fulfilled',
} as const;

export function bookingAppointment(personId: string, b: BookingRecord): Appointment & { id: string } {
  return {
    resourceType: 'Appointment',
    id: b.id,
    identifier: [{ system: BOOKING_SYSTEM, value: b.id }],
    status: APPOINTMENT_STATUS[b.status],
    ...(b.serviceName ? { serviceType: [{ text: b.serviceName }] } : {}),
    start: b.start,
    end: b.end,
    participant: [{ actor: { reference: `Patient/${personId}` }, status: 'accepted' }],
  };
}

export function programmeCarePlan(personId: string, p: ProgrammeRecord): CarePlan & { id: string } {
  const dates = [...p.sessionDates].sort();
  return {
    resourceType: 'CarePlan',
    id: p.id,
    identifier: [{ system: PROGRAMME_SYSTEM, value: p.id }],
    status: 'active',
    intent: 'plan',
    title: 'Home exercise programme',
    description: `${dates.length} sessions; pattern: ${p.pattern}`,
    subject: { reference: `Patient/${personId}` },
    created: p.createdAt,
    ...(dates.length ? { period: { start: dates[0]!, end: dates[dates.length - 1]! } } : {}),
    ...(p.reviews?.length ? { note: p.reviews.map(reviewAnnotation) } : {}),
  };
}

export function sessionProcedure(
  personId: string,
  programmeId: string,
  r: ProgrammeRecord['results'][number],
): Procedure & { id: string } {
  return {
    resourceType: 'Procedure',
    id: r.id,
    identifier: [
      { system: SESSION_RESULT_SYSTEM, value: r.id },
      { system: `${FHIR_BASE}/sid/programme-session`, value: r.sessionId },
    ],
    basedOn: [{ reference: `CarePlan/${programmeId}` }],
    status: 'completed',
    code: { text: 'Home exercise session' },
    subject: { reference: `Patient/${personId}` },
    performedDateTime: r.completedAt,
    outcome: { text: `Effort ${r.effort}/10; pain afterwards ${r.painNow}/10` },
  };
}

/** Bundle entries for everything above, in a stable order. */
export function activityEntries(
  personId: string,
  record: { checkins: CheckinRecord[]; bookings: BookingRecord[]; programmes: ProgrammeRecord[] },
): BundleEntry[] {
  return [
    ...record.checkins.map((c) => entry(checkinObservation(personId, c))),
    ...record.bookings.map((b) => entry(bookingAppointment(personId, b))),
    ...record.programmes.flatMap((p) => [
      entry(programmeCarePlan(personId, p)),
      ...p.results.map((r) => entry(sessionProcedure(personId, p.id, r))),
    ]),
  ];
}
