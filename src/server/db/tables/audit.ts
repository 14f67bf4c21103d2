import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who did what, when, about whom. No foreign keys on purpose: entries outlive the accounts and
 * persons they mention. On erasure the person's and user's ids are replaced by a pseudonym, so
 * the trail stays readable without pointing at anyone. Never store health values here.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    personId: uuid('person_id'),
    ip: text('ip'),
  },
  (t) => [index('audit_person_idx').on(t.personId), index('audit_actor_idx').on(t.actorUserId)],
);
