import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { guests } from './core.js';

/**
 * A practitioner flag (src/domain/clinician/flags.ts) marked handled by a clinic's staff. Flags
 * are computed from the patient's shared data on every read; a handled id stays hidden, and new
 * data raise a new id. Keyed by person_id (cascade), so erasure and export cover it; the audit
 * log keeps who handled it. clinic_id has no foreign key, as for consents.
 */
export const patientFlagsHandled = pgTable(
  'patient_flags_handled',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    clinicId: uuid('clinic_id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => guests.id, { onDelete: 'cascade' }),
    flagId: text('flag_id').notNull(),
    handledByUserId: uuid('handled_by_user_id').notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('patient_flags_handled_uq').on(t.clinicId, t.personId, t.flagId),
    index('patient_flags_handled_person_idx').on(t.personId),
  ],
);
