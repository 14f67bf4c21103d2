import { createHash } from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { COMPRESSION_THRESHOLD } from './compression.js';

interface Encoded {
  mtimeMs: number;
  etag: string;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** The encodings a client accepts (q > 0), from its Accept-Encoding header. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name === 'x-gzip' ? 'gzip' : name);
  }
  return accepted;
}

/**
 * index.html for every client route (/, /programme, …). The not-found path that serves it runs
 * no route hooks, so @fastify/compress never sees it: the page is compressed here, once per build
 * (the file's mtime says when it changed), and sent in the best encoding the client accepts.
 */
export function indexPage(file: string) {
  let cached: Encoded | undefined;
  const current = (): Encoded => {
    const { mtimeMs } = fs.statSync(file);
    if (cached?.mtimeMs === mtimeMs) return cached;
    const identity = fs.readFileSync(file);
    const big = identity.length >= COMPRESSION_THRESHOLD;
    cached = {
      mtimeMs,
      etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
      identity,
      ...(big
        ? {
            br: zlib.brotliCompressSync(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
            gzip: zlib.gzipSync(identity, { level: 9 }),
          }
        : {}),
    };
    return cached;
  };
  return (request: FastifyRequest, reply: FastifyReply) => {
    const page = current();
    const accepted = acceptedEncodings(request.headers['accept-encoding']);
    const encoding =
      page.br && accepted.has('br') ? 'br' : page.gzip && accepted.has('gzip') ? 'gzip' : undefined;
    reply.header('cache-control', 'no-cache');
    // A caller that varies on more (the pre-rendered pages: language) has said so already.
    if (!reply.hasHeader('vary')) reply.header('vary', 'accept-encoding');
    // no-cache means "ask again": the ETag lets an unchanged page answer 304 without a body.
    const tag = encoding ? `${page.etag.slice(0, -1)}-${encoding}"` : page.etag;
    reply.header('etag', tag);
    if (request.headers['if-none-match'] === tag) return reply.code(304).send();
    reply.type('text/html; charset=utf-8');
    if (encoding) reply.header('content-encoding', encoding);
    return reply.send(encoding ? page[encoding] : page.identity);
  };
}
