import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type Problem, problem } from '../errors.js';

interface Refusal {
  status: number;
  code: string;
  detail: string;
}

/**
 * Fastify's and its plugins' own error codes (FST_ERR_…) are internals: clients get the project's
 * problem codes instead (all listed in docs/http.md), with a detail of our own, never the
 * framework's message.
 */
const byFrameworkCode: Record<string, Refusal> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', detail: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    detail: 'The body is empty but says it is JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'bad_content_length',
    detail: 'The Content-Length header does not match the body.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body_too_large',
    detail: 'The body is larger than 1 MiB.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    detail: 'Send the body as application/json.',
  },
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'bad_url',
    detail: 'The address is not valid (bad percent-encoding).',
  },
  FST_ERR_INVALID_URL: { status: 400, code: 'bad_url', detail: 'The address is not valid.' },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'address_too_long',
    detail: 'A part of the address is too long.',
  },
};

/** Any other client error of the framework: a code and detail by status alone. */
const byStatus: Record<number, Omit<Refusal, 'status'>> = {
  400: { code: 'bad_request', detail: 'The request is not valid.' },
  404: { code: 'not_found', detail: 'Nothing here.' },
  405: { code: 'method_not_allowed', detail: 'This address does not accept that method.' },
  406: { code: 'not_acceptable', detail: 'No answer in a media type the request accepts.' },
  408: { code: 'request_timeout', detail: 'The request took too long to arrive.' },
  413: { code: 'body_too_large', detail: 'The body is larger than 1 MiB.' },
  414: { code: 'address_too_long', detail: 'The address is too long.' },
  415: { code: 'unsupported_media_type', detail: 'Send the body as application/json.' },
  416: { code: 'range_not_satisfiable', detail: 'The requested range is not in the file.' },
  429: { code: 'too_many_requests', detail: 'Too many requests; try again later.' },
};

/** The project's problem for a framework or plugin client error (status 4xx). */
export function frameworkProblem(error: Pick<FastifyError, 'code' | 'statusCode'>): Problem {
  const known = error.code ? byFrameworkCode[error.code] : undefined;
  if (known) return problem(known.status, known.code, known.detail);
  const status =
    typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
      ? error.statusCode
      : 400;
  const generic = byStatus[status] ?? byStatus[400]!;
  return problem(status, generic.code, generic.detail);
}

/** Every code the mapping above can answer with (docs/http.md lists them; a test compares). */
export const FRAMEWORK_PROBLEM_CODES = [
  ...new Set([...Object.values(byFrameworkCode), ...Object.values(byStatus)].map((r) => r.code)),
];

/**
 * Errors Fastify's router raises before any hook or error handler runs (a URL that is not valid
 * percent-encoding, a path parameter over maxParamLength): answered as problem+json like every
 * other refusal, instead of Fastify's own JSON shape. Found by tests/reliability/bad-input.test.ts.
 */
export function frameworkErrorAsProblem(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const body = frameworkProblem(error);
  return reply.code(body.status).type('application/problem+json').send(body);
}
