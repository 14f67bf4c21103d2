import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { ClinicContextCache } from './clinics/context-cache.js';
import { type Config, trustProxyOption } from './config.js';
import type { Database } from './db/database.js';
import identityGuard from './guards/identity.js';
import csrfGuard from './http/csrf-guard.js';
import { registerErrorHandling } from './http/error-handler.js';
import { frameworkErrorAsProblem } from './http/framework-errors.js';
import { loggerOptions } from './http/log-serializers.js';
import { registerUnderPressure } from './http/under-pressure.js';
import outboxWorker from './notifications/worker-plugin.js';
import { routeModules } from './routes/index.js';
import { API_VERSION } from './version.js';

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
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('clinicContexts', new ClinicContextCache(database.db, database.pool));

  await app.register(helmet, {
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
        upgradeInsecureRequests: config.behindTls ? [] : null,
      },
    },
    hsts: config.behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(csrfGuard);
  await app.register(identityGuard);
  registerErrorHandling(app);
  await registerUnderPressure(app, config.pressure);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Psoas API',
        version: API_VERSION,
        description: 'Self-care and clinic API for psoas-related low back pain.',
      },
      servers: [],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  for (const routes of routeModules) await app.register(routes);
  await app.register(outboxWorker);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerWebApp(app, config.webDir);
  return app;
}

/** Serves the built React app: hashed assets with long caching, index.html for client routes. */
async function registerWebApp(app: App, webDir: string): Promise<void> {
  const indexFile = path.join(webDir, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders(reply, filePath) {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const wantsPage = request.method === 'GET' && !url.startsWith('/api/') && !path.extname(url);
    if (hasWeb && wantsPage) {
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    }
    return reply
      .code(404)
      .type('application/problem+json')
      .send({
        type: 'https://psoas.app/problems/not_found',
        title: 'Not found',
        status: 404,
        code: 'not_found',
        detail: `Nothing at ${request.method} ${url}.`,
      });
  });
}
