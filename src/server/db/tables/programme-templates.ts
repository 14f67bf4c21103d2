import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PractitionerEdits } from '../../../domain/programme/review.js';
import { clinics } from './clinics.js';
import { users } from './users.js';

/**
 * A clinic's saved programme templates (issue 15, prescribing): a practitioner saves the edit set
 * of a reviewed plan under a name, to start another patient's plan from it. No patient data: the
 * edits name exercises, doses, days and notes, never a person. Applying one to a patient goes
 * through applyPractitionerEdits, so contraindications are checked for that patient.
 */
export const programmeTemplates = pgTable(
  'programme_templates',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    edits: jsonb('edits').$type<PractitionerEdits>().notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('programme_templates_clinic_name_idx').on(t.clinicId, t.name)],
);
