import zlib from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Bodies below this many bytes go out as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * br or gzip for every compressible answer (JSON, problem+json, CSV, iCalendar, HTML, JS) of at
 * least COMPRESSION_THRESHOLD bytes, when the client's Accept-Encoding asks for it. Without that
 * header the hook stops at its first checks, so plain clients pay nothing measurable. Static files
 * with a precompressed sibling (x.js.br, x.js.gz from the build) are sent as they are by
 * @fastify/static, which sets Content-Encoding, and this hook leaves them alone.
 * Must be registered before the routes: it attaches itself to each route as it is declared.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD,
    // Quality 4: close to gzip's speed with brotli's size; 11 (zlib's default) costs tens of ms.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    // Compressed request bodies are not accepted: no client of ours sends them, and inflating
    // them would be one more way to make the server work hard for a small request.
    globalDecompression: false,
  });
}
