import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clinics, practitioners } from './clinics.js';
import { users } from './users.js';

/**
 * A one-time link inviting someone to a clinic's staff. Only the token's SHA-256 is stored; the
 * link works once (used_at) and until expires_at. Accepting it creates the account and the
 * membership in one transaction.
 */
export const staffInvites = pgTable(
  'staff_invites',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tokenHash: text('token_hash').notNull().unique(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    /** Stored lower-cased and trimmed. */
    email: text('email').notNull(),
    role: text('role').$type<'practitioner' | 'clinic_admin' | 'reception'>().notNull(),
    /** The practitioner (calendar) the new account works as, for a practitioner invite. */
    practitionerId: uuid('practitioner_id').references(() => practitioners.id, { onDelete: 'set null' }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    language: text('language').notNull().default('en'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    check('staff_invites_role', sql`${t.role} in ('practitioner', 'clinic_admin', 'reception')`),
    index('staff_invites_clinic_idx').on(t.clinicId),
  ],
);
