import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthSchema } from '../../contract/health.js';
import { databaseHealth } from '../db/database-health.js';
import { API_VERSION } from '../version.js';

const health: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const databaseState = databaseHealth(app.database.pool);
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database status',
        description:
          'The database state comes from a check run at most once a second, so a database that goes down shows here within about two seconds.',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const kind = app.database.kind;
      const state = await databaseState();
      if (state.status === 'up')
        return {
          status: 'ok' as const,
          version: API_VERSION,
          uptimeSeconds: Math.round(process.uptime()),
          database: { status: 'up' as const, kind, latencyMs: state.latencyMs },
        };
      reply.code(503).header('retry-after', '5');
      return {
        status: 'degraded' as const,
        version: API_VERSION,
        uptimeSeconds: Math.round(process.uptime()),
        database: { status: 'down' as const, kind, error: state.error },
      };
    },
  );
};

export default health;
