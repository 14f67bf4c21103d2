import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { CSRF_HEADER, csrfTokenFor, currentUser, SESSION_COOKIE } from './session.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const refused = (why: string) => new AppError(403, 'csrf_refused', why);

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** This server's host as a browser would write it in Origin (default port left out). */
function ownHost(request: FastifyRequest): string | undefined {
  try {
    return new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return undefined;
  }
}

/**
 * Cross-site request forgery guard for every unsafe request (onRequest hook).
 *
 * 1. A browser that says the request comes from another site (Sec-Fetch-Site: cross-site, or an
 *    Origin naming another host) is refused, whatever cookie it carries.
 * 2. A request carrying a live session's cookie must also carry the session's CSRF token in the
 *    x-csrf-token header. The token is derived from the session token, which only our own page
 *    can read (from the psoas_csrf cookie), so another site cannot forge it.
 * Requests with neither a session cookie nor a browser's cross-site marks (server-to-server,
 * `app.inject` tests) pass: they carry no ambient authority worth stealing.
 */
export async function csrfGuard(request: FastifyRequest): Promise<void> {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers['sec-fetch-site'] === 'cross-site')
    throw refused('Requests from other sites are refused.');
  const origin = request.headers.origin;
  if (origin !== undefined) {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (!host || host !== ownHost(request)) throw refused('Requests from other sites are refused.');
  }
  const session = request.cookies[SESSION_COOKIE];
  // A cookie naming no live session (expired, signed out, planted) carries no authority; it
  // must not block signing in again.
  if (session && (await currentUser(request))) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameText(sent, csrfTokenFor(session))) {
      throw refused('The security token is missing or out of date. Reload the page and try again.');
    }
  }
}
