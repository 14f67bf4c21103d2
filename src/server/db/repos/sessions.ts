import { and, eq, gt, inArray, lte, ne, sql } from 'drizzle-orm';
import { type Db, preparedPerDatabase } from '../database.js';
import { loginThrottle, sessions, users } from '../schema.js';

export async function createSession(db: Db, userId: string, tokenHash: string, expiresAt: Date) {
  const [row] = await db.insert(sessions).values({ userId, tokenHash, expiresAt }).returning();
  return row!;
}

/** The live session and its user for a token hash; expired sessions are not returned. */
const sessionUserByTokenHash = preparedPerDatabase((db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql.placeholder('now')),
      ),
    )
    .limit(1)
    .prepare('session_user_by_token_hash'),
);

export async function findSessionUser(db: Db, tokenHash: string, now = new Date()) {
  const [row] = await sessionUserByTokenHash(db).execute({ tokenHash, now });
  return row;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Signs the user out everywhere except (optionally) the session with the given id. */
export async function deleteUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    );
}

export interface ThrottlePolicy {
  /** The failure count that first locks the key (5 = the 5th failure in a row locks). */
  freeFailures: number;
  /** Length of the first lock; each further failure doubles it, up to maxLockSeconds. */
  baseLockSeconds: number;
  maxLockSeconds: number;
  /** A key with no failure for this long starts again from zero. */
  forgetAfterSeconds: number;
}

/** The latest lock end among the keys, when any is still locked. */
export async function lockedUntil(db: Db, keys: string[], now = new Date()): Promise<Date | undefined> {
  const rows = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(and(inArray(loginThrottle.key, keys), gt(loginThrottle.lockedUntil, now)));
  const ends = rows.map((r) => r.lockedUntil!.getTime());
  return ends.length ? new Date(Math.max(...ends)) : undefined;
}

/**
 * Counts one failure against the key in a single statement, so concurrent attempts on several
 * app instances all count. From the last free failure on, the key is locked with a doubling delay.
 */
export async function recordFailure(db: Db, key: string, policy: ThrottlePolicy): Promise<void> {
  const { freeFailures, baseLockSeconds, maxLockSeconds, forgetAfterSeconds } = policy;
  await db.execute(sql`
    insert into login_throttle as t (key, failures, locked_until, updated_at)
    values (${key}, 1, case when ${freeFailures} <= 1 then now() + make_interval(secs => ${baseLockSeconds}) end, now())
    on conflict (key) do update set
      failures = case when t.updated_at < now() - make_interval(secs => ${forgetAfterSeconds}) then 1 else t.failures + 1 end,
      locked_until = case
        when (case when t.updated_at < now() - make_interval(secs => ${forgetAfterSeconds}) then 1 else t.failures + 1 end) >= ${freeFailures}
        then now() + make_interval(secs => least(${maxLockSeconds}::float8,
          ${baseLockSeconds}::float8 * power(2, (case when t.updated_at < now() - make_interval(secs => ${forgetAfterSeconds}) then 1 else t.failures + 1 end) - ${freeFailures})))
        else t.locked_until end,
      updated_at = now()`);
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/** Drops the user's expired sessions (done on each sign-in, so the table does not grow). */
export async function deleteExpiredSessions(db: Db, userId: string, now = new Date()): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, now)));
}
