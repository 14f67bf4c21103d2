import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearFailures, lockedUntil, recordFailure, type ThrottlePolicy } from '../db/repos/sessions.js';
import { normaliseEmail } from '../db/repos/users.js';
import { AppError } from '../errors.js';

/** Per account: the 5th failure locks for 30 s, the 6th for 60 s, then 120 s … up to 15 min. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  baseLockSeconds: 30,
  maxLockSeconds: 15 * 60,
  forgetAfterSeconds: 3600,
};
/** Per IP address (many accounts guessed from one place): the 30th failure locks for 1 min, doubling up to 1 h. */
export const IP_POLICY: ThrottlePolicy = {
  freeFailures: 30,
  baseLockSeconds: 60,
  maxLockSeconds: 3600,
  forgetAfterSeconds: 3600,
};

// The email is hashed so the table never lists addresses, known or not.
export const accountKey = (email: string) =>
  `account:${createHash('sha256').update(normaliseEmail(email)).digest('hex')}`;
export const ipKey = (request: FastifyRequest) => `ip:${request.ip}`;

/**
 * 429 with Retry-After when the account or the address is locked. Unknown emails lock exactly
 * like known ones, so the lock reveals nothing about which addresses have accounts.
 */
export async function refuseWhenLocked(
  request: FastifyRequest,
  reply: FastifyReply,
  email: string,
): Promise<void> {
  const until = await lockedUntil(request.server.database.db, [accountKey(email), ipKey(request)]);
  if (!until) return;
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  reply.header('retry-after', String(seconds));
  throw new AppError(
    429,
    'too_many_attempts',
    `Too many failed attempts. Try again in ${seconds} s.`,
    undefined,
    {
      retryAfterSeconds: seconds,
    },
  );
}

export async function countFailure(request: FastifyRequest, email: string): Promise<void> {
  const db = request.server.database.db;
  await recordFailure(db, accountKey(email), ACCOUNT_POLICY);
  await recordFailure(db, ipKey(request), IP_POLICY);
}

export async function forgetFailures(request: FastifyRequest, email: string): Promise<void> {
  await clearFailures(request.server.database.db, accountKey(email));
}

/** Reset mails per address: the 3rd request within the hour holds further ones for 15 min. */
export const RESET_POLICY: ThrottlePolicy = {
  freeFailures: 3,
  baseLockSeconds: 15 * 60,
  maxLockSeconds: 3600,
  forgetAfterSeconds: 3600,
};

/**
 * True when another reset mail may go to this address now, and counts this one. Callers answer
 * the same either way, so the limit reveals nothing; it only stops mail-bombing an inbox.
 */
export async function mayMailReset(request: FastifyRequest, email: string): Promise<boolean> {
  const db = request.server.database.db;
  const key = `reset:${createHash('sha256').update(normaliseEmail(email)).digest('hex')}`;
  if (await lockedUntil(db, [key])) return false;
  await recordFailure(db, key, RESET_POLICY);
  return true;
}
