import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { type Db, preparedPerDatabase } from '../database.js';
import { guests, type OutboxEmail, type OutboxKind, outbox, passwordResets, users } from '../schema.js';
import type { Guest } from './guests.js';

export type Role = 'patient' | 'practitioner' | 'clinic_admin' | 'reception';
export type User = typeof users.$inferSelect;

// argon2id (algorithm 2 in @node-rs/argon2) with OWASP's second recommended profile:
// 19 MiB, 2 passes, 1 lane. Keeps a sign-in around 20-40 ms on this hardware.
const ARGON2ID = 2;
const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export const hashPassword = (password: string) => hash(password, HASH_OPTIONS);

/** False (never throws) for a malformed stored hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash verified when the email is unknown, so a miss costs the same time as a hit.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('psoas-timing-equaliser');
  await verifyPassword(await dummyHash, password);
  return false;
}

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  displayName: string;
  personId?: string | null;
}

/** Creates an account; throws the database's unique violation (23505) for a taken email. */
export async function createUser(db: Db, input: NewUser): Promise<{ id: string }> {
  const [row] = await db
    .insert(users)
    .values({
      email: normaliseEmail(input.email),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      displayName: input.displayName.trim(),
      personId: input.personId ?? null,
    })
    .returning({ id: users.id });
  return row!;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return row;
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** Sets a new password and voids every reset link still pending: none may undo the change. */
export async function setPassword(db: Db, id: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, id));
    await tx.delete(passwordResets).where(eq(passwordResets.userId, id));
  });
}

export async function setUserPerson(db: Db, id: string, personId: string): Promise<void> {
  await db.update(users).set({ personId }).where(eq(users.id, id));
}

/** A guest by cookie-token hash, unless an account has claimed its person. */
const unclaimedGuestByTokenHash = preparedPerDatabase((db) =>
  db
    .select({ guest: guests })
    .from(guests)
    .leftJoin(users, eq(users.personId, guests.id))
    .where(and(eq(guests.tokenHash, sql.placeholder('tokenHash')), isNull(users.id)))
    .limit(1)
    .prepare('unclaimed_guest_by_token_hash'),
);

export async function findUnclaimedGuestByTokenHash(db: Db, tokenHash: string): Promise<Guest | undefined> {
  const [row] = await unclaimedGuestByTokenHash(db).execute({ tokenHash });
  return row?.guest;
}

/** Records a reset link (hash only) and queues the mail carrying it, in one transaction. */
export async function createPasswordReset(
  db: Db,
  input: { userId: string; tokenHash: string; expiresAt: Date; email: OutboxEmail },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(passwordResets)
      .values({ userId: input.userId, tokenHash: input.tokenHash, expiresAt: input.expiresAt });
    // The clinic area's enqueue() is typed for booking mail (it requires a booking id), so the
    // row is written here, into the same outbox its sender drains.
    await tx.insert(outbox).values({ kind: 'password_reset' as OutboxKind, payload: input.email });
  });
}

/**
 * Uses a reset link: marks it used and returns its user, or undefined when the link is unknown,
 * expired or already used. The update is the check, so two concurrent uses cannot both win.
 */
export async function consumePasswordReset(db: Db, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date()),
      ),
    )
    .returning({ userId: passwordResets.userId });
  return row?.userId;
}

/** A person (row in `guests`) by id, whoever holds it. */
export async function findPerson(db: Db, id: string): Promise<Guest | undefined> {
  const [row] = await db.select().from(guests).where(eq(guests.id, id)).limit(1);
  return row;
}
