import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { guests } from './core.js';
import { users } from './users.js';

/**
 * A sign-up waiting for its owner to open the mailed link. Nothing becomes an account until the
 * address is proven, so sign-up answers the same for new and registered addresses. Only the
 * link token's SHA-256 is kept; the row is deleted when the link is used or erased.
 */
export const emailVerifications = pgTable(
  'email_verifications',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** Lower-cased and trimmed, like users.email. */
    email: text('email').notNull(),
    /** argon2id PHC string of the password chosen at sign-up. */
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    language: text('language').notNull().default('en'),
    /** The guest person of the browser that signed up: the account claims it on verification. */
    personId: uuid('person_id').references(() => guests.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('email_verifications_email_idx').on(t.email)],
);

/**
 * A browser that once signed in with the right password (the `psoas_device` cookie holds a random
 * token; only its SHA-256 is kept). Such a browser is not held back by the account lock that
 * strangers' failed attempts cause, so nobody can lock the owner out.
 */
export const trustedDevices = pgTable(
  'trusted_devices',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('trusted_devices_user_idx').on(t.userId)],
);
