import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';

declare module '../config.js' {
  interface Config {
    /** Where log lines go instead of stdout (tests read what the app logs). */
    logStream?: { write(line: string): void };
  }
}

/**
 * What the log may hold about a request, a response and an error. Query strings can carry the
 * booking cancel token, paths can carry a calendar feed's secret, and database errors quote
 * every SQL parameter (names, emails, notes, password hashes), so none of that is ever written.
 */

// Path segments that are credentials themselves.
const SECRET_SEGMENTS: [RegExp, string][] = [
  [/^\/api\/calendar\/[^/]+$/, '/api/calendar/[secret]'],
  // A practitioner flag's id says what happened to the patient ("pain-up…"): health data.
  [/^(\/api\/staff\/clinics\/[^/]+\/patients\/[^/]+\/flags\/)[^/]+(\/handled)$/, '$1[flag]$2'],
  [/^\/api\/reminders\/unsubscribe\/[^/]+$/, '/api/reminders/unsubscribe/[secret]'],
];

/** The URL without its query string (only marked) and with secret path segments replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  let path = q === -1 ? url : url.slice(0, q);
  for (const [pattern, replacement] of SECRET_SEGMENTS) path = path.replace(pattern, replacement);
  return q === -1 ? path : `${path}?[redacted]`;
}

/** The PostgreSQL SQLSTATE behind a (possibly wrapped) error, e.g. 22021 for a NUL in text. */
export function sqlStateOf(e: unknown): string | undefined {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && (cur as { severity?: unknown }).severity)
      return code;
  }
  return undefined;
}

// Engine-made messages name properties and types, never values; every other message may quote
// input (a date from the query, JSON from the body, a row from the database).
const MESSAGE_IS_SAFE = (e: Error) => e.constructor === TypeError || e.constructor === ReferenceError;

/** The error's call stack without its message lines. */
function framesOf(e: Error): string | undefined {
  const lines = (e.stack ?? '').split('\n');
  const first = lines.findIndex((l) => /^\s+at /.test(l));
  return first === -1 ? undefined : lines.slice(first).join('\n');
}

export interface SafeError {
  type: string;
  code?: string;
  sqlState?: string;
  message?: string;
  stack?: string;
}

export function safeError(e: unknown): SafeError {
  if (!(e instanceof Error)) return { type: typeof e };
  const sqlState = sqlStateOf(e);
  const code = (e as { code?: unknown }).code;
  const out: SafeError = { type: e.name };
  if (typeof code === 'string' && code !== sqlState) out.code = code;
  if (sqlState) out.sqlState = sqlState;
  if (!sqlState && MESSAGE_IS_SAFE(e)) out.message = e.message;
  const stack = framesOf(e);
  if (stack) out.stack = stack;
  return out;
}

export const logSerializers = {
  req(request: FastifyRequest) {
    const url = typeof request?.url === 'string' ? redactUrl(request.url) : undefined;
    return { method: request?.method, url, route: request?.routeOptions?.url };
  },
  res(reply: FastifyReply) {
    return { statusCode: reply?.statusCode };
  },
  err: safeError,
};

const EMAIL = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+\.[a-z]{2,}/gi;

/** Replaces anything shaped like an email address in the string values of a log entry. */
export function scrubEmails<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return value.replace(EMAIL, '[email]') as T;
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubEmails(v, depth + 1)) as T;
  // Requests, replies and errors are left whole for their serializers above.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubEmails(v, depth + 1);
  return out as T;
}

/**
 * The logger options of the app: the serializers above, at the configured level. Addresses in
 * anything else that gets logged (an SMTP server's refusal quotes the recipient) are scrubbed.
 */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): FastifyServerOptions['logger'] {
  // Fastify hands its own request and reply objects to these serializers (its types say raw ones).
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: logSerializers,
    redact: ['req.headers', 'res.headers'],
    formatters: { log: (entry: Record<string, unknown>) => scrubEmails(entry) },
  } as unknown as FastifyServerOptions['logger'];
}
