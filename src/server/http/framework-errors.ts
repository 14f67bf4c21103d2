import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '../errors.js';

/**
 * Errors Fastify's router raises before any hook or error handler runs (a URL that is not valid
 * percent-encoding, a path parameter over maxParamLength): answered as problem+json like every
 * other refusal, instead of Fastify's own JSON shape. Found by tests/reliability/bad-input.test.ts.
 */
export function frameworkErrorAsProblem(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 400;
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A part of the address is too long.'
      : error.code === 'FST_ERR_BAD_URL'
        ? 'The address is not valid (bad percent-encoding).'
        : error.message;
  const code = (error.code ?? 'bad_request').toLowerCase().replace(/^fst_err_/, '');
  return reply
    .code(status)
    .type('application/problem+json')
    .send(problem(status, code, detail));
}
