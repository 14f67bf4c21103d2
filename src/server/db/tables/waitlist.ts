import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { clinicServices, clinics, practitioners } from './clinics.js';
import { guests } from './core.js';

export const WAITLIST_STATUSES = ['waiting', 'booked', 'left'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];
export const OFFER_STATUSES = ['open', 'booked', 'taken'] as const;
/** open: still bookable as far as we know; booked: this entry got it; taken: another entry did. */
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/**
 * A patient's wish to hear when a time frees up (docs/schedule.md § Waitlist): a service, one
 * practitioner or anyone, a range of local dates. Links in its mails are signed with `secret`
 * (per entry, never sent or logged itself). Deleting the person deletes their entries.
 */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => clinicServices.id, { onDelete: 'cascade' }),
    practitionerId: uuid('practitioner_id').references(() => practitioners.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => guests.id, { onDelete: 'cascade' }),
    patientName: text('patient_name').notNull(),
    patientEmail: text('patient_email').notNull(),
    patientPhone: text('patient_phone').notNull(),
    language: text('language').notNull().default('en'),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    status: text('status').$type<WaitlistStatus>().notNull().default('waiting'),
    secret: text('secret').notNull(),
    /** The booking this entry got through an offer. */
    bookingId: uuid('booking_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('waitlist_entries_status', sql`${t.status} in ('waiting', 'booked', 'left')`),
    check('waitlist_entries_range', sql`${t.toDate} >= ${t.fromDate}`),
    index('waitlist_entries_waiting').on(t.clinicId, t.serviceId, t.toDate).where(sql`status = 'waiting'`),
  ],
);

/** A freed time offered to one entry (one email). The same time is offered to an entry once at a time. */
export const waitlistOffers = pgTable(
  'waitlist_offers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => waitlistEntries.id, { onDelete: 'cascade' }),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').notNull(),
    practitionerId: uuid('practitioner_id').notNull(),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true }).notNull(),
    status: text('status').$type<OfferStatus>().notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('waitlist_offers_status', sql`${t.status} in ('open', 'booked', 'taken')`),
    unique('waitlist_offers_once').on(t.entryId, t.practitionerId, t.startAt),
    index('waitlist_offers_time').on(t.practitionerId, t.startAt),
  ],
);
