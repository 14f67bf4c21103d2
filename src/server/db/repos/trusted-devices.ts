import { and, eq, gt, lte, ne } from 'drizzle-orm';
import type { Db } from '../database.js';
import { trustedDevices } from '../schema.js';

export async function addTrustedDevice(db: Db, userId: string, tokenHash: string, expiresAt: Date) {
  await db
    .delete(trustedDevices)
    .where(and(eq(trustedDevices.userId, userId), lte(trustedDevices.expiresAt, new Date())));
  await db.insert(trustedDevices).values({ userId, tokenHash, expiresAt }).onConflictDoNothing();
}

/** True when the token hash names a live trusted device of this user. */
export async function isTrustedDevice(db: Db, userId: string, tokenHash: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: trustedDevices.userId })
    .from(trustedDevices)
    .where(
      and(
        eq(trustedDevices.tokenHash, tokenHash),
        eq(trustedDevices.userId, userId),
        gt(trustedDevices.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return !!row;
}

/** Forgets the user's devices (all, or all but one), e.g. after a reset that may follow a theft. */
export async function forgetTrustedDevices(db: Db, userId: string, exceptTokenHash?: string): Promise<void> {
  await db
    .delete(trustedDevices)
    .where(
      exceptTokenHash
        ? and(eq(trustedDevices.userId, userId), ne(trustedDevices.tokenHash, exceptTokenHash))
        : eq(trustedDevices.userId, userId),
    );
}
