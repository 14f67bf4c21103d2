import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearFailures, lockedUntil, recordFailure, type ThrottlePolicy } from '../db/repos/sessions.js';
import {
  countInWindow,
  emailHash,
  pruneThrottle,
  secondsLeftInWindow,
} from '../db/repos/throttle-windows.js';
import { AppError } from '../errors.js';
import { deviceTokenHash } from './device.js';

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
/** Counters untouched this long are deleted: longer than any window or lock above. */
const PRUNE_AFTER_SECONDS = 2 * 3600;

// The email is hashed so the table never lists addresses, known or not.
export const accountKey = (email: string) => `account:${emailHash(email)}`;
export const ipKey = (request: FastifyRequest) => `ip:${request.ip}`;
const deviceKey = (hash: string) => `device:${hash}`;

/**
 * Whose failures an attempt counts against. A browser holding a trusted device cookie of the
 * account is judged by its own counter, so the lock strangers cause on the account never
 * stops it; everyone else shares the account's counter.
 */
export interface Attempt {
  email: string;
  trustedDevice: boolean;
}
const attemptKey = (request: FastifyRequest, a: Attempt) => {
  const device = a.trustedDevice ? deviceTokenHash(request) : undefined;
  return device ? deviceKey(device) : accountKey(a.email);
};

function tooMany(reply: FastifyReply, seconds: number, what = 'failed attempts'): AppError {
  reply.header('retry-after', String(seconds));
  return new AppError(429, 'too_many_attempts', `Too many ${what}. Try again in ${seconds} s.`, undefined, {
    retryAfterSeconds: seconds,
  });
}

/**
 * 429 with Retry-After when the account (or the trusted device) or the address is locked.
 * Unknown emails lock exactly like known ones, so the lock reveals nothing about which
 * addresses have accounts.
 */
export async function refuseWhenLocked(
  request: FastifyRequest,
  reply: FastifyReply,
  attempt: Attempt,
): Promise<void> {
  const until = await lockedUntil(request.server.database.db, [attemptKey(request, attempt), ipKey(request)]);
  if (!until) return;
  throw tooMany(reply, Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)));
}

export async function countFailure(request: FastifyRequest, attempt: Attempt): Promise<void> {
  const db = request.server.database.db;
  await recordFailure(db, attemptKey(request, attempt), ACCOUNT_POLICY);
  await recordFailure(db, ipKey(request), IP_POLICY);
  // Failures are rare next to sign-ins, so pruning here keeps the table small at little cost.
  await pruneThrottle(db, PRUNE_AFTER_SECONDS);
}

export async function forgetFailures(request: FastifyRequest, attempt: Attempt): Promise<void> {
  await clearFailures(request.server.database.db, attemptKey(request, attempt));
}

/**
 * Reset mails per address: 3 per quarter hour from one IP address, and 10 per hour in all.
 * A stranger's requests therefore hold the owner's only for the rest of a window, and a
 * browser that signed in to the account before (trusted device) is never held by others.
 */
const RESET_WINDOW_SECONDS = 15 * 60;
const RESET_PER_IP = 3;
const RESET_WINDOW_ALL_SECONDS = 3600;
const RESET_ALL = 10;

/**
 * True when another reset mail may go to this address now, and counts this one. Callers answer
 * the same either way, so the limit reveals nothing; it only stops mail-bombing an inbox.
 */
export async function mayMailReset(request: FastifyRequest, attempt: Attempt): Promise<boolean> {
  const db = request.server.database.db;
  const hash = emailHash(attempt.email);
  const device = attempt.trustedDevice ? deviceTokenHash(request) : undefined;
  const fromHere = device ? `reset-device:${device}` : `reset-ip:${hash}:${request.ip}`;
  if ((await countInWindow(db, fromHere, RESET_WINDOW_SECONDS)) > RESET_PER_IP) return false;
  if (device) return true;
  return (await countInWindow(db, `reset:${hash}`, RESET_WINDOW_ALL_SECONDS)) <= RESET_ALL;
}

/** Sign-ups per IP address per hour, and from everywhere per hour (bots, enumeration). */
const SIGNUP_WINDOW_SECONDS = 3600;
export const SIGNUP_PER_IP = 10;
export const SIGNUP_ALL = 500;
/** Sign-up mails (verification or "someone tried") to one address per hour. */
const SIGNUP_MAILS_PER_ADDRESS = 3;

/** 429 when this IP or everyone together signed up too often this hour; counts this one. */
export async function refuseSignUpFlood(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const db = request.server.database.db;
  const here = await countInWindow(db, `signup-ip:${request.ip}`, SIGNUP_WINDOW_SECONDS);
  const all = here > SIGNUP_PER_IP ? 0 : await countInWindow(db, 'signup-all', SIGNUP_WINDOW_SECONDS);
  if (here > SIGNUP_PER_IP || all > SIGNUP_ALL)
    throw tooMany(reply, secondsLeftInWindow(SIGNUP_WINDOW_SECONDS), 'sign-ups');
}

/** True when another sign-up mail may go to the address this hour (no inbox flooding). */
export async function mayMailSignUp(request: FastifyRequest, email: string): Promise<boolean> {
  const n = await countInWindow(
    request.server.database.db,
    `signup-mail:${emailHash(email)}`,
    SIGNUP_WINDOW_SECONDS,
  );
  return n <= SIGNUP_MAILS_PER_ADDRESS;
}
