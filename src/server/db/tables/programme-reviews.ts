import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PractitionerEdits } from '../../../domain/programme/review.js';
import { guests } from './core.js';
import { programmes } from './programmes.js';
import { users } from './users.js';

/**
 * A practitioner's review of a patient's programme: the whole set of edits as the practitioner
 * saved them (who, when, what). Each save adds a row; the newest row of a programme is the review
 * in force, applied again whenever the programme is regenerated. Rows go with the person.
 * clinic_id has no foreign key, as for consents.
 */
export const programmeReviews = pgTable(
  'programme_reviews',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => guests.id, { onDelete: 'cascade' }),
    clinicId: uuid('clinic_id').notNull(),
    reviewerUserId: uuid('reviewer_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The practitioner's name as shown to the patient, kept as it was on the day. */
    reviewerName: text('reviewer_name').notNull(),
    edits: jsonb('edits').$type<PractitionerEdits>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programme_reviews_programme_idx').on(t.programmeId, t.createdAt)],
);
