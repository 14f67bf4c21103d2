import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { ClinicContextCache } from './clinics/context-cache.js';
import { type Config, trustProxyOption } from './config.js';
import type { Database } from './db/database.js';
import { problem } from './errors.js';
import identityGuard from './guards/identity.js';
import { registerNoStoreDefault } from './http/cache-control.js';
import { registerCompression } from './http/compression.js';
import csrfGuard from './http/csrf-guard.js';
import { registerErrorHandling } from './http/error-handler.js';
import { frameworkErrorAsProblem } from './http/framework-errors.js';
import { indexPage } from './http/index-page.js';
import { loggerOptions } from './http/log-serializers.js';
import { trackRouteMethods } from './http/method-not-allowed.js';
import { swaggerOptions } from './http/openapi.js';
import { prerenderedPages } from './http/prerendered-pages.js';
import { responseSerializerCompiler } from './http/response-serializer.js';
import securityHeaders from './http/security-headers.js';
import { registerUnderPressure } from './http/under-pressure.js';
import reminderWorker from './notifications/reminder-worker-plugin.js';
import outboxWorker from './notifications/worker-plugin.js';
import { routeModules } from './routes/index.js';

export { API_VERSION } from './version.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    /** This instance's clinic contexts, checked against clinic_versions on use. */
    clinicContexts: ClinicContextCache;
  }
}

export type App = FastifyInstance;

/** Builds the HTTP app around an open database. Used by the CLI, the tests and the benches. */
export async function buildApp(config: Config, database: Database): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, config.logStream),
    trustProxy: trustProxyOption(config.trustedProxies),
    bodyLimit: 1024 * 1024,
    // Deeply nested or huge JSON is refused by the parser before it reaches a route.
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkErrorAsProblem,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Compiled serializers from the zod schemas; responses re-checked against them only in tests.
  app.setSerializerCompiler(responseSerializerCompiler(config.validateResponses));
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('clinicContexts', new ClinicContextCache(database.db, database.pool));

  // helmet's headers for the app's options, computed once at start (http/security-headers.ts).
  await app.register(securityHeaders, { behindTls: config.behindTls });
  await app.register(cookie);
  await app.register(csrfGuard);
  await app.register(identityGuard);
  registerErrorHandling(app);
  await registerUnderPressure(app, config.pressure);

  // HTTP that real clients expect (docs/http.md): JSON bodies only (anything else is a 415,
  // not a 400), br/gzip, no-store on personal answers, 405 with Allow for a known path.
  app.removeContentTypeParser('text/plain');
  await registerCompression(app);
  registerNoStoreDefault(app);
  const allowedMethods = trackRouteMethods(app);

  await app.register(swagger, swaggerOptions(config.publicUrl));
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  for (const routes of routeModules) await app.register(routes);
  await app.register(outboxWorker);
  await app.register(reminderWorker);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerWebApp(app, config.webDir, allowedMethods, config.devPages);
  return app;
}

/** Serves the built React app: hashed assets with long caching, index.html for client routes. */
async function registerWebApp(
  app: App,
  webDir: string,
  allowedMethods: (path: string) => string[],
  devPages: boolean,
): Promise<void> {
  const indexFile = path.join(webDir, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // The build writes x.br and x.gz beside each text asset (vite.config.ts, scripts/prerender.mjs),
      // sent as they are when the client accepts them.
      preCompressed: true,
      setHeaders(reply, filePath) {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const prerendered = prerenderedPages(webDir);
  // One compressed copy per page file: the app shell and the few dozen pre-rendered pages.
  const senders = new Map<string, ReturnType<typeof indexPage>>();
  const sendPage = (file: string) => {
    const known = senders.get(file);
    if (known) return known;
    const send = indexPage(path.join(webDir, file));
    senders.set(file, send);
    return send;
  };
  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const wantsPage = request.method === 'GET' && !url.startsWith('/api/') && !path.extname(url);
    // Developer pages (the figure gallery) exist only outside production (config.devPages).
    const hiddenDevPage = !devPages && (url === '/dev' || url.startsWith('/dev/'));
    if (hasWeb && wantsPage && !hiddenDevPage) {
      // Public pages arrive already drawn, in the reader's language; the rest get the app shell.
      const page = prerendered(request);
      if (page) reply.header('vary', 'accept-encoding, cookie, accept-language');
      return sendPage(page ?? 'index.html')(request, reply);
    }
    const allowed = allowedMethods(url);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      return reply
        .code(405)
        .header('allow', allowed.join(', '))
        .type('application/problem+json')
        .send(
          problem(405, 'method_not_allowed', `${url} accepts ${allowed.join(', ')}, not ${request.method}.`),
        );
    }
    return reply
      .code(404)
      .type('application/problem+json')
      .send(problem(404, 'not_found', `Nothing at ${request.method} ${url}.`));
  });
}
