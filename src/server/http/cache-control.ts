import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * API routes that hold no personal data: the same for every caller, so caches may keep them (the
 * routes choose their own caching, e.g. ETags). Route patterns, as declared.
 */
const PUBLIC_ROUTES = new Set([
  '/api/health',
  '/api/openapi.json',
  '/api/exercises',
  '/api/exercises/:id',
  '/api/clinics',
  '/api/clinics/:clinic',
  '/api/clinics/:clinic/availability',
]);
const PUBLIC_PREFIXES = ['/api/content/', '/api/docs'];

export function isPublicRoute(pattern: string | undefined): boolean {
  if (!pattern) return false;
  return PUBLIC_ROUTES.has(pattern) || PUBLIC_PREFIXES.some((prefix) => pattern.startsWith(prefix));
}

/**
 * Every other answer under /api/ (anything a person's data may be in, and every error) gets
 * `Cache-Control: no-store` unless the route set its own caching: no browser, proxy or shared
 * cache keeps a copy. Decided once here instead of in each route.
 */
export function noStoreByDefault(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (err: null, payload: unknown) => void,
) {
  if (
    !reply.hasHeader('cache-control') &&
    request.url.startsWith('/api/') &&
    !isPublicRoute(request.routeOptions.url)
  ) {
    reply.header('cache-control', 'no-store');
  }
  done(null, payload);
}

export function registerNoStoreDefault(app: FastifyInstance): void {
  app.addHook('onSend', noStoreByDefault);
}
