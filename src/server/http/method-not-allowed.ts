import type { FastifyInstance } from 'fastify';

interface PathMethods {
  pattern: RegExp;
  methods: Set<string>;
}

/** A route pattern (`/api/clinics/:clinic/availability`, `/api/docs/*`) as a whole-path RegExp. */
export function patternToRegExp(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      if (segment.startsWith(':')) return '[^/]+';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*$/, '.*');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

/**
 * Remembers the methods of every declared path, so that a request for a path that exists, with a
 * method it does not have, is answered 405 with `Allow` instead of 404 (RFC 9110 §15.5.6). Call
 * before the routes are registered; `allowedMethods` is only consulted on the not-found path.
 */
export function trackRouteMethods(app: FastifyInstance): (path: string) => string[] {
  const byUrl = new Map<string, PathMethods>();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    let entry = byUrl.get(route.url);
    if (!entry) {
      entry = { pattern: patternToRegExp(route.url), methods: new Set() };
      byUrl.set(route.url, entry);
    }
    for (const method of methods) entry.methods.add(String(method).toUpperCase());
  });
  return (path) => {
    const allowed = new Set<string>();
    for (const { pattern, methods } of byUrl.values()) {
      if (pattern.test(path)) for (const method of methods) allowed.add(method);
    }
    if (allowed.has('GET')) allowed.add('HEAD');
    return [...allowed].sort();
  };
}
