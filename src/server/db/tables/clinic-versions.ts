import { bigint, pgTable, uuid } from 'drizzle-orm/pg-core';

/**
 * One counter per clinic, raised by triggers (hand-written migration) on every change to what
 * the schedule engine reads about the clinic: its row (hours, rules), date overrides, services,
 * practitioners, who gives which service, and time off. App instances cache a clinic's context
 * and compare this number on every availability read and inside the booking statement, so a
 * change made through any instance is seen by all at once. No foreign key: the triggers also
 * fire while a clinic is being deleted, and an orphan counter is harmless.
 */
export const clinicVersions = pgTable('clinic_versions', {
  clinicId: uuid('clinic_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(1),
});
