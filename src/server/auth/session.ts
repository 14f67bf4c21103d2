import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findSessionUser,
} from '../db/repos/sessions.js';
import type { Role } from '../db/repos/users.js';
import { forbidden, unauthorized } from '../errors.js';
import { hashToken } from './guest.js';

export type { Role } from '../db/repos/users.js';

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  /** The person (row in `guests`) whose health data this account owns; null for pure staff. */
  personId: string | null;
}

export const SESSION_COOKIE = 'psoas_session';
/** Readable by the page's script (not HttpOnly): echoed back in the x-csrf-token header. */
export const CSRF_COOKIE = 'psoas_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_SECONDS = 30 * 24 * 3600;

interface Resolved {
  user: SessionUser;
  sessionId: string;
  tokenHash: string;
}

// One lookup per request, however many times routes ask.
const resolved = new WeakMap<FastifyRequest, Promise<Resolved | undefined>>();

/** The CSRF token bound to a session token: only someone holding the session can know it. */
export const csrfTokenFor = (sessionToken: string) =>
  createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');

async function lookUp(request: FastifyRequest, tokenHash: string): Promise<Resolved | undefined> {
  const row = await findSessionUser(request.server.database.db, tokenHash);
  if (!row) return undefined;
  const { user, session } = row;
  return {
    user: {
      id: user.id,
      email: user.email,
      role: user.role,
      displayName: user.displayName,
      personId: user.personId,
    },
    sessionId: session.id,
    tokenHash,
  };
}

function resolve(request: FastifyRequest): Promise<Resolved | undefined> {
  let pending = resolved.get(request);
  if (!pending) {
    const token = request.cookies[SESSION_COOKIE];
    pending = !token || token.length > 200 ? Promise.resolve(undefined) : lookUp(request, hashToken(token));
    resolved.set(request, pending);
  }
  return pending;
}

/** The signed-in user behind the request's session cookie, if any. */
export async function currentUser(request: FastifyRequest): Promise<SessionUser | undefined> {
  return (await resolve(request))?.user;
}

/** The session's id (to keep it when signing out other sessions). */
export async function currentSessionId(request: FastifyRequest): Promise<string | undefined> {
  return (await resolve(request))?.sessionId;
}

/** The signed-in user; 401 when anonymous, 403 when the role is not among `roles`. */
export async function requireUser(request: FastifyRequest, roles?: Role[]): Promise<SessionUser> {
  const user = await currentUser(request);
  if (!user) throw unauthorized();
  if (roles && !roles.includes(user.role)) throw forbidden();
  return user;
}

/** Lets later lookups on this request see a change (e.g. a person attached to the user). */
export function forgetResolvedSession(request: FastifyRequest): void {
  resolved.delete(request);
}

/**
 * Starts a fresh session for the user. Any session the browser carried before is deleted, and
 * the token is always new, so a token planted before sign-in is worthless (no fixation).
 */
export async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<void> {
  const db = request.server.database.db;
  const old = request.cookies[SESSION_COOKIE];
  if (old && old.length <= 200) await deleteSession(db, hashToken(old));
  await deleteExpiredSessions(db, userId);
  const token = randomBytes(32).toString('base64url');
  await createSession(db, userId, hashToken(token), new Date(Date.now() + SESSION_SECONDS * 1000));
  const secure = request.server.config.behindTls;
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_SECONDS,
  });
  reply.setCookie(CSRF_COOKIE, csrfTokenFor(token), {
    path: '/',
    httpOnly: false,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_SECONDS,
  });
  // The rest of this request already acts as the new session.
  resolved.set(request, lookUp(request, hashToken(token)));
}

/** Deletes the request's session (if any) and clears both cookies. */
export async function endSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token && token.length <= 200) await deleteSession(request.server.database.db, hashToken(token));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
  resolved.set(request, Promise.resolve(undefined));
}
