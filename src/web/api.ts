import type { z } from 'zod';

/**
 * The one way the browser talks to the API: JSON in and out, problem+json errors turned into
 * ApiError with the server's readable message and the offending field. What a call answers is
 * typed by the route's response schema in src/contract (type-only: zod stays out of the bundle;
 * the server already validated the response against that very schema when it sent it).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly body?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Extra headers sent with every write (e.g. the CSRF token); set by the auth layer. */
export const writeHeaders: Record<string, string> = {};

/**
 * The CSRF token the server bound to this browser's session, read from the psoas_csrf cookie
 * (readable on purpose; another site cannot read it) and sent back in x-csrf-token on writes.
 */
function csrfHeader(): Record<string, string> {
  if (typeof document === 'undefined') return {};
  const match = /(?:^|;\s*)psoas_csrf=([^;]+)/.exec(document.cookie);
  return match?.[1] ? { 'x-csrf-token': decodeURIComponent(match[1]) } : {};
}

/**
 * `api<typeof bookingSchema>(…)` answers the output of that response schema; a second schema
 * types the body (`api<typeof bookingCreatedSchema, typeof newBookingBody>`). No schema: no body.
 */
export async function api<Answer extends z.ZodType = z.ZodVoid, Body extends z.ZodType = z.ZodType>(
  path: string,
  init: { method?: string; body?: z.input<Body>; signal?: AbortSignal } = {},
): Promise<z.output<Answer>> {
  type T = z.output<Answer>;
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') Object.assign(headers, writeHeaders, csrfHeader());
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      signal: init.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'offline', 'No connection to the server. Check your network and try again.');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!res.ok) {
    throw new ApiError(
      res.status,
      String(body.code ?? 'error'),
      String(body.detail ?? res.statusText),
      typeof body.field === 'string' ? body.field : undefined,
      body,
    );
  }
  return body as T;
}
