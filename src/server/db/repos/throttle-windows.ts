import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import type { Tx } from './outbox.js';

/** How counters name an address: its SHA-256, so the table never lists addresses. */
export const emailHash = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
/** Every counter prefix that names an address (erasure deletes them all). */
export const emailKeyPrefixes = (email: string) =>
  ['account:', 'reset:', 'reset-ip:', 'signup-mail:'].map((p) => `${p}${emailHash(email)}`);

/**
 * Counts one event against `key` in the current fixed window of `windowSeconds` and returns the
 * count so far, in one statement (shared by every app instance). The window start is part of
 * the stored key, so a busy key starts again at zero each window instead of staying locked.
 */
export async function countInWindow(db: Db, key: string, windowSeconds: number): Promise<number> {
  const result = await db.execute<{ failures: number }>(sql`
    insert into login_throttle as t (key, failures, locked_until, updated_at)
    values (${key}::text || ':' || floor(extract(epoch from now()) / ${windowSeconds}::int)::bigint::text, 1,
            to_timestamp((floor(extract(epoch from now()) / ${windowSeconds}::int) + 1) * ${windowSeconds}::int), now())
    on conflict (key) do update set failures = t.failures + 1, updated_at = now()
    returning failures`);
  return Number(result.rows[0]?.failures ?? 0);
}

/** Seconds until the current window of that length ends (for Retry-After). */
export function secondsLeftInWindow(windowSeconds: number, now = Date.now()): number {
  const ms = windowSeconds * 1000;
  return Math.max(1, Math.ceil((ms - (now % ms)) / 1000));
}

/**
 * Deletes counters nobody needs any more: unlocked (or no longer locked) and untouched for
 * longer than the longest window of any policy. Keeps the table from holding addresses forever.
 */
export async function pruneThrottle(db: Db, olderThanSeconds: number): Promise<void> {
  await db.execute(sql`
    delete from login_throttle
     where updated_at < now() - make_interval(secs => ${olderThanSeconds})
       and (locked_until is null or locked_until < now())`);
}

/** Deletes every counter about the address (erasure). */
export async function deleteEmailCounters(tx: Tx, email: string): Promise<void> {
  for (const prefix of emailKeyPrefixes(email)) {
    await tx.execute(sql`delete from login_throttle where starts_with(key, ${prefix})`);
  }
}
