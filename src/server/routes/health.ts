import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthSchema } from '../../contract/health.js';
import { API_VERSION } from '../version.js';

const health: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database status',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      const kind = app.database.kind;
      try {
        await app.database.pool.query('select 1');
        return {
          status: 'ok' as const,
          version: API_VERSION,
          uptimeSeconds: Math.round(process.uptime()),
          database: {
            status: 'up' as const,
            kind,
            latencyMs: Math.round((performance.now() - started) * 100) / 100,
          },
        };
      } catch (e) {
        reply.code(503).header('retry-after', '5');
        return {
          status: 'degraded' as const,
          version: API_VERSION,
          uptimeSeconds: Math.round(process.uptime()),
          database: { status: 'down' as const, kind, error: (e as Error).message },
        };
      }
    },
  );
};

export default health;
