import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { RepeatRule } from '../../../domain/schedule/index.js';
import { bookings } from './bookings.js';
import { clinics } from './clinics.js';

/**
 * A course of appointments booked in one go (weekly or every second week). Its appointments are
 * ordinary bookings, linked through booking_series_members, so every booking rule (the exclusion
 * constraint, cut-off, reminders, staff moves) applies to each one unchanged.
 */
export const bookingSeries = pgTable(
  'booking_series',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    repeat: text('repeat').$type<RepeatRule>().notNull(),
    /** How many appointments were booked (2–12). */
    count: integer('count').notNull(),
    /** SHA-256 of the idempotency key of the request that booked it: a retry finds the series. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('booking_series_repeat', sql`${t.repeat} in ('weekly', 'fortnightly')`),
    check('booking_series_count', sql`${t.count} between 2 and 12`),
  ],
);

/** Which bookings make up a series, and each one's place in it (1 = the first). */
export const bookingSeriesMembers = pgTable(
  'booking_series_members',
  {
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => bookingSeries.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bookingId] }),
    // Also the index for a series' members.
    unique('booking_series_members_position').on(t.seriesId, t.position),
    check('booking_series_members_position_range', sql`${t.position} between 1 and 12`),
  ],
);
