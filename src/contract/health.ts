import { z } from 'zod';

/** Liveness and database status (routes/health.ts). */
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({
    status: z.enum(['up', 'down']),
    kind: z.enum(['embedded', 'external']),
    latencyMs: z.number().optional(),
    error: z.string().optional(),
  }),
});
