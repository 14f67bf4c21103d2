import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, problem } from '../errors.js';
import { frameworkProblem } from './framework-errors.js';
import { sqlStateOf } from './log-serializers.js';

/** The challenge of every 401: the API's credentials are cookies (see the OpenAPI security schemes). */
export const WWW_AUTHENTICATE = 'Cookie realm="psoas"';

/** The one place where errors become HTTP statuses and problem+json bodies. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      const body = { ...problem(error.status, error.code, error.message, error.field), ...error.extra };
      // RFC 9110 wants a challenge on every 401; ours names the cookie scheme (docs/http.md).
      if (error.status === 401) reply.header('www-authenticate', WWW_AUTHENTICATE);
      return reply.code(error.status).type('application/problem+json').send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const where = error.validationContext ?? 'body';
      const pathParts = (first?.instancePath ?? '').split('/').filter(Boolean);
      const field = [where, ...pathParts].join('.');
      const message = `${field}: ${first?.message ?? 'is invalid'}`;
      return reply
        .code(400)
        .type('application/problem+json')
        .send({
          ...problem(400, 'validation_failed', message, field),
          errors: error.validation.map((v) => ({
            field: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
            message: v.message,
          })),
        });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, route: request.routeOptions.url }, 'response did not match its schema');
      return reply
        .code(500)
        .type('application/problem+json')
        .send(problem(500, 'internal', 'Something went wrong on our side.'));
    }
    const fe = error as FastifyError;
    const status = typeof fe.statusCode === 'number' && fe.statusCode >= 400 ? fe.statusCode : 500;
    if (status >= 500) {
      // The serializer keeps the SQL state and stack only: a database error quotes every parameter.
      request.log.error(
        { err: error, route: request.routeOptions.url, sqlState: sqlStateOf(error) },
        'unhandled error',
      );
      const retry = status === 503;
      if (retry) reply.header('retry-after', '5');
      return reply
        .code(status)
        .type('application/problem+json')
        .send(
          problem(
            status,
            retry ? 'unavailable' : 'internal',
            retry ? 'Please try again shortly.' : 'Something went wrong on our side.',
          ),
        );
    }
    // Fastify's own client errors (bad JSON, body too large, wrong content type, …) under the
    // project's problem codes, never the framework's.
    const body = frameworkProblem(fe);
    return reply.code(body.status).type('application/problem+json').send(body);
  });
}
