import { sql } from 'drizzle-orm';
import { boolean, date, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Weekday } from '../../../domain/reminders/schedule.js';
import { guests } from './core.js';

/**
 * The email reminders a person with an account chose (docs/reminders.md). Off until they switch
 * them on; the one-click unsubscribe link in each mail is signed with `unsubscribe_secret`
 * (per person, never exported; replacing it voids every link already mailed).
 */
export const reminderSettings = pgTable('reminder_settings', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => guests.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull().default(false),
  timeZone: text('time_zone').notNull(),
  sessionDays: jsonb('session_days').$type<Weekday[]>().notNull().default([]),
  sessionTime: text('session_time').notNull().default('18:00'),
  checkinDays: jsonb('checkin_days').$type<Weekday[]>().notNull().default([]),
  checkinTime: text('checkin_time').notNull().default('18:00'),
  /** Local date (in time_zone) the reminders were last switched on: the nudge counts from it. */
  enabledOn: date('enabled_on', { mode: 'string' }),
  unsubscribeSecret: text('unsubscribe_secret').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Reminders already enqueued, one row per person and key (kind:local date): inserted in the same
 * transaction as the outbox row, so a reminder is mailed once even with several app instances.
 */
export const reminderSends = pgTable(
  'reminder_sends',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => guests.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.personId, t.key] })],
);
