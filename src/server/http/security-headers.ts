import { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { Socket } from 'node:net';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/** The helmet options of the app: the same CSP for the API and the web app. */
export function helmetOptions(behindTls: boolean) {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'data:'],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: behindTls ? [] : null,
      },
    },
    hsts: behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : (false as const),
    crossOriginEmbedderPolicy: false as const,
  };
}

type Helmet = (
  options: ReturnType<typeof helmetOptions>,
) => (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * The headers helmet sets for these options, computed once. @fastify/helmet runs helmet (and
 * re-parses the CSP) on every request, which cost 10–16 % of the CPU of a small route; the
 * options are static, so the answer is too. Helmet is loaded from where @fastify/helmet finds
 * it, so the output is exactly what the plugin sent (security-headers.test.ts compares them).
 */
export function securityHeaders(options: ReturnType<typeof helmetOptions>): [string, string][] {
  const requireFromPlugin = createRequire(createRequire(import.meta.url).resolve('@fastify/helmet'));
  const helmet = requireFromPlugin('helmet') as Helmet;
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  helmet(options)(req, res, (err) => {
    if (err) throw err;
  });
  return Object.entries(res.getHeaders()).map(([name, value]) => [
    name,
    Array.isArray(value) ? value.join(', ') : String(value),
  ]);
}

/** Sends helmet's headers on every response (registered once in app.ts). */
const securityHeadersPlugin: FastifyPluginAsync<{ behindTls: boolean }> = async (app, { behindTls }) => {
  const headers = Object.fromEntries(securityHeaders(helmetOptions(behindTls)));
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
};

export default fp(securityHeadersPlugin, { name: 'psoas-security-headers', fastify: '5.x' });
