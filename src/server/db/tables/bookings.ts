import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clinicServices, clinics, practitioners } from './clinics.js';

export const BOOKING_STATUSES = ['active', 'cancelled', 'no_show', 'completed'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/**
 * One appointment. Two active bookings of a practitioner never overlap, buffers included: the
 * exclusion constraint `bookings_no_overlap` (hand-written migration) enforces it in PostgreSQL,
 * so it holds under any concurrency and across app instances.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => clinicServices.id),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id),
    /** The person (guest or account) who booked, when known; staff bookings for a caller have none. */
    personId: uuid('person_id'),
    patientName: text('patient_name').notNull(),
    patientEmail: text('patient_email').notNull(),
    patientPhone: text('patient_phone').notNull(),
    language: text('language').notNull().default('en'),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true }).notNull(),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    status: text('status').$type<BookingStatus>().notNull().default('active'),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    /** The patient's own assessment, shown to the clinic only when shareAssessment is true. */
    assessmentId: uuid('assessment_id'),
    shareAssessment: boolean('share_assessment').notNull().default(false),
    /** SHA-256 of the guest's cancel token (the token itself is only in the confirmation). */
    cancelTokenHash: text('cancel_token_hash').notNull(),
    /**
     * The invite's SEQUENCE (RFC 5545): 0 when booked, one more on each move or cancellation, so
     * calendar apps take the newest, and the .ics download and the emails agree for one state.
     */
    inviteSequence: integer('invite_sequence').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('bookings_status', sql`${t.status} in ('active', 'cancelled', 'no_show', 'completed')`),
    check('bookings_order', sql`${t.endAt} > ${t.startAt}`),
    check('bookings_buffers', sql`${t.bufferBeforeMinutes} >= 0 and ${t.bufferAfterMinutes} >= 0`),
    index('bookings_practitioner_start').on(t.practitionerId, t.startAt),
    index('bookings_clinic_start').on(t.clinicId, t.startAt),
  ],
);
