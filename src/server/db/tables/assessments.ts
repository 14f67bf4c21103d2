import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { StoredResult } from '../../../contract/assessments.js';
import type { Answers } from '../../../domain/assessment/index.js';
import { guests } from './core.js';

/**
 * A completed (or red-flag-stopped) self-assessment of one person: the answers as given and the
 * result the server computed from them with the named scoring version. The result is stored, not
 * recomputed on read, so what the person was told stays on record even after the rules change.
 * Deleting the person deletes their assessments.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    personId: uuid('person_id')
      .notNull()
      .references(() => guests.id, { onDelete: 'cascade' }),
    language: text('language').notNull().default('en'),
    questionnaireVersion: text('questionnaire_version').notNull(),
    scoringVersion: text('scoring_version').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    result: jsonb('result').$type<StoredResult>().notNull(),
    // Copied out of the result so lists and the programme guard need not read the JSON.
    highestUrgency: text('highest_urgency').notNull(),
    selfCareAllowed: boolean('self_care_allowed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessments_person_created_idx').on(t.personId, t.createdAt)],
);
