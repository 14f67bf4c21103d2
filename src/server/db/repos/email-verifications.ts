import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../database.js';
import { emailVerifications, guests, type OutboxEmail, type OutboxKind, outbox, users } from '../schema.js';
import { normaliseEmail } from './users.js';

export interface PendingSignUp {
  tokenHash: string;
  email: string;
  passwordHash: string;
  displayName: string;
  language: string;
  personId: string | null;
  expiresAt: Date;
}

/** Mail about accounts goes straight into the outbox (the clinic area's enqueue needs a booking). */
export async function queueAccountMail(db: Db, kind: string, email: OutboxEmail): Promise<void> {
  await db.insert(outbox).values({ kind: kind as OutboxKind, payload: email });
}

/** Stores a sign-up waiting for its link and queues the mail carrying the link, in one transaction. */
export async function createPendingSignUp(db: Db, pending: PendingSignUp, email: OutboxEmail): Promise<void> {
  await db.transaction(async (tx) => {
    // Links nobody opened go when their day is over, so the table never keeps them.
    await tx.delete(emailVerifications).where(lte(emailVerifications.expiresAt, new Date()));
    await tx.insert(emailVerifications).values({ ...pending, email: normaliseEmail(pending.email) });
    await tx.insert(outbox).values({ kind: 'email_verification' as OutboxKind, payload: email });
  });
}

export type Verified =
  | { ok: true; userId: string; personId: string }
  | { ok: false; reason: 'invalid' | 'taken' };

/**
 * Uses a verification link: the pending row is deleted (so the link works once) and becomes an
 * account, claiming the signing-up browser's guest person when nobody else claimed it meanwhile.
 * Every other pending sign-up for the address goes too. `newPerson` creates a person when needed.
 */
export async function verifyPendingSignUp(
  db: Db,
  tokenHash: string,
  newPerson: (language: string) => string,
): Promise<Verified> {
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .delete(emailVerifications)
      .where(and(eq(emailVerifications.tokenHash, tokenHash), gt(emailVerifications.expiresAt, new Date())))
      .returning();
    if (!pending) return { ok: false, reason: 'invalid' } as const;
    await tx.delete(emailVerifications).where(eq(emailVerifications.email, pending.email));
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, pending.email));
    if (taken) return { ok: false, reason: 'taken' } as const;
    let personId = pending.personId;
    if (personId) {
      const [claimed] = await tx.select({ id: users.id }).from(users).where(eq(users.personId, personId));
      if (claimed) personId = null;
    }
    if (!personId) {
      const [guest] = await tx
        .insert(guests)
        .values({ tokenHash: newPerson(pending.language), language: pending.language })
        .returning({ id: guests.id });
      personId = guest!.id;
    }
    const [user] = await tx
      .insert(users)
      .values({
        email: pending.email,
        passwordHash: pending.passwordHash,
        role: 'patient',
        displayName: pending.displayName,
        personId,
      })
      .returning({ id: users.id });
    return { ok: true, userId: user!.id, personId } as const;
  });
}
