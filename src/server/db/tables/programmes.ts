import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SessionProgress } from '../../../domain/player/resume.js';
import type { Programme, SessionResult } from '../../../domain/programme/types.js';
import { assessments } from './assessments.js';
import { guests } from './core.js';

/**
 * A person's home programme as generated (the whole plan as JSON, so what they were told stays on
 * record). Regenerating after new preferences rewrites future sessions in place and keeps the
 * past ones; the person's current programme is their newest row.
 */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    personId: uuid('person_id')
      .notNull()
      .references(() => guests.id, { onDelete: 'cascade' }),
    assessmentId: uuid('assessment_id').references(() => assessments.id, { onDelete: 'set null' }),
    generatorVersion: integer('generator_version').notNull(),
    programme: jsonb('programme').$type<Programme>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Local time ('HH:MM', in the programme's zone) the sessions go into the calendar at. */
    calendarTime: text('calendar_time').notNull().default('18:00'),
    /** Minutes before each session the person's calendar reminds them; null: no reminder. */
    calendarReminderMinutes: integer('calendar_reminder_minutes'),
    /**
     * The calendar events' SEQUENCE and DTSTAMP/LAST-MODIFIED: bumped together whenever the plan
     * or the calendar time or reminder changes, so calendar apps replace what they hold.
     */
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    calendarChangedAt: timestamp('calendar_changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programmes_person_created_idx').on(t.personId, t.createdAt)],
);

/**
 * One played session. The browser picks `client_id` before sending, so a retry (e.g. after being
 * offline) finds the stored row instead of adding a second one.
 */
export const programmeResults = pgTable(
  'programme_results',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id').notNull(),
    sessionId: text('session_id').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
    result: jsonb('result').$type<SessionResult>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('programme_results_client_uq').on(t.programmeId, t.clientId),
    index('programme_results_programme_idx').on(t.programmeId, t.completedAt),
  ],
);

/**
 * A private calendar subscription. The URL carries a random token; only its SHA-256 is stored, so
 * a database leak exposes no live feed. Revoking sets `revoked_at`; the token then answers 404.
 */
export const programmeCalendarFeeds = pgTable(
  'programme_calendar_feeds',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    /**
     * The session time asked for when the link was made, kept for the record; the feed shows the
     * programme's current calendar_time.
     */
    sessionTime: text('session_time').notNull().default('18:00'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('programme_calendar_feeds_programme_idx').on(t.programmeId)],
);

/**
 * A session under way: what happened to each exercise so far and which comes next, sent after
 * every exercise while online, so a session started on one device can be carried on from another
 * (the device keeps its own copy for offline use). One row per session; deleted once the
 * session's result is recorded.
 */
export const programmeSessionProgress = pgTable(
  'programme_session_progress',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').notNull(),
    clientId: uuid('client_id').notNull(),
    progress: jsonb('progress').$type<SessionProgress>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('programme_session_progress_uq').on(t.programmeId, t.sessionId)],
);
