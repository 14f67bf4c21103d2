import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { guests } from './core.js';

/**
 * An account. A patient account points at a person (a row in `guests`) that holds all of the
 * person's health data, so signing up never copies anything. Staff accounts (practitioner,
 * clinic_admin, reception) have no person unless they also use Psoas as patients.
 */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  /** Stored lower-cased and trimmed; unique. */
  email: text('email').notNull().unique(),
  /** argon2id PHC string ($argon2id$...). */
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['patient', 'practitioner', 'clinic_admin', 'reception'] }).notNull(),
  displayName: text('display_name').notNull(),
  personId: uuid('person_id')
    .unique()
    .references(() => guests.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a
 * database leak does not hand out live sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** One-time password-reset links: only the token's hash is kept; single use, short-lived. */
export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/**
 * Failed sign-in counters, shared by every app instance. `key` is `account:<sha256 of email>` or
 * `ip:<address>`; hashing the email keeps unknown addresses (typos, probes) out of plain sight.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
