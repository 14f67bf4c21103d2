import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createGuest, type Guest } from '../db/repos/guests.js';
import { findUnclaimedGuestByTokenHash } from '../db/repos/users.js';

export const GUEST_COOKIE = 'psoas_guest';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The guest behind the request's cookie, if any. A guest whose person has been claimed by an
 * account (sign-up) no longer counts: from then on only that account's session reaches the data.
 */
export async function currentGuest(request: FastifyRequest): Promise<Guest | undefined> {
  const token = request.cookies[GUEST_COOKIE];
  if (!token || token.length > 200) return undefined;
  return findUnclaimedGuestByTokenHash(request.server.database.db, hashToken(token));
}

/** The request's guest, creating one (and its cookie) when the browser has none. */
export async function ensureGuest(
  request: FastifyRequest,
  reply: FastifyReply,
  language = 'en',
): Promise<Guest> {
  const existing = await currentGuest(request);
  if (existing) return existing;
  const token = randomBytes(32).toString('base64url');
  const guest = await createGuest(request.server.database.db, hashToken(token), language);
  reply.setCookie(GUEST_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.server.config.behindTls,
    maxAge: ONE_YEAR_SECONDS,
  });
  return guest;
}
