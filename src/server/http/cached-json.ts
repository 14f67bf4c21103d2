import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/** A response body built once, with its strong validator. */
export interface CachedJson {
  body: string;
  etag: string;
}

/**
 * Serialises a value through its response schema (unlisted keys dropped, the shape checked) and
 * tags it with an ETag from the bytes: for content that changes only with a release. The tag is
 * weak because compression (http/compression.ts) may send other bytes of the same content under it.
 */
export function cachedJson(schema: z.ZodType, value: unknown): CachedJson {
  const body = JSON.stringify(z.encode(schema, value));
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, etag };
}

/** True when an If-None-Match header names this ETag (or is `*`), weak or strong alike: If-None-Match compares weakly (RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === opaque;
  });
}

/**
 * Sends a cached body, or 304 when the browser already holds it. `no-cache` lets the browser keep
 * the body but makes it ask each time, so a new release is seen at once.
 */
export function sendCachedJson(request: FastifyRequest, reply: FastifyReply, cached: CachedJson) {
  reply.header('etag', cached.etag).header('cache-control', 'no-cache');
  if (matchesIfNoneMatch(request.headers['if-none-match'], cached.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(cached.body);
}

/** A per-key cache filled on first use: each body is built once per process. */
export function oncePerKey<K, V>(build: (key: K) => V): (key: K) => V {
  const built = new Map<K, V>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}
