import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { CONSENT_SCOPES } from '../../../contract/privacy.js';
import { guests } from './core.js';

export const consentScopes = CONSENT_SCOPES;
export type ConsentScope = (typeof consentScopes)[number];

/**
 * A patient's permission for one clinic's staff to see parts of their record. Withdrawal keeps
 * the row (with withdrawn_at) so the history of who could see what stays answerable.
 * clinic_id has no foreign key: clinics belong to another area and may be created later.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    personId: uuid('person_id')
      .notNull()
      .references(() => guests.id, { onDelete: 'cascade' }),
    clinicId: uuid('clinic_id').notNull(),
    scopes: text('scopes').array().notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('consents_person_idx').on(t.personId), index('consents_clinic_idx').on(t.clinicId)],
);
