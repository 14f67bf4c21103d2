import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { addTrustedDevice, isTrustedDevice } from '../db/repos/trusted-devices.js';
import { hashToken } from './guest.js';

/**
 * A browser that proved the password once keeps a random token in this cookie. The account lock
 * that failed attempts cause does not hold it back, so strangers cannot lock the owner out.
 */
export const DEVICE_COOKIE = 'psoas_device';
const DEVICE_SECONDS = 365 * 24 * 3600;

export function deviceTokenHash(request: FastifyRequest): string | undefined {
  const token = request.cookies[DEVICE_COOKIE];
  return token && token.length <= 200 ? hashToken(token) : undefined;
}

/** True when the request carries a live device cookie of this user. */
export async function isDeviceTrusted(request: FastifyRequest, userId: string): Promise<boolean> {
  const hash = deviceTokenHash(request);
  return !!hash && isTrustedDevice(request.server.database.db, userId, hash);
}

/** Marks the browser as one the user signed in from (keeps a cookie that is trusted already). */
export async function trustDevice(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<void> {
  if (await isDeviceTrusted(request, userId)) return;
  const token = randomBytes(32).toString('base64url');
  await addTrustedDevice(
    request.server.database.db,
    userId,
    hashToken(token),
    new Date(Date.now() + DEVICE_SECONDS * 1000),
  );
  reply.setCookie(DEVICE_COOKIE, token, {
    path: '/api/account',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.server.config.behindTls,
    maxAge: DEVICE_SECONDS,
  });
}
