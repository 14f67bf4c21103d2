import { and, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '../database.js';
import { sessions, users } from '../schema.js';

export async function createSession(db: Db, userId: string, tokenHash: string, expiresAt: Date) {
  const [row] = await db.insert(sessions).values({ userId, tokenHash, expiresAt }).returning();
  return row!;
}

/** The live session and its user for a token hash; expired sessions are not returned. */
export async function findSessionUser(db: Db, tokenHash: string, now = new Date()) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
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
