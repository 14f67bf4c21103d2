import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '../errors.js';

/**
 * Load shedding: when the event loop is saturated, new requests get an immediate 503 with
 * Retry-After instead of queueing until every client times out. A shed request costs
 * microseconds, so the server keeps answering and recovers as soon as the burst passes.
 */
export interface PressureSettings {
  /** Mean event-loop delay (ms) over one sample above which requests are shed; 0 turns it off. */
  maxEventLoopDelayMs: number;
  /** Event-loop utilisation (0–1) above which requests are shed; 0 turns it off. */
  maxEventLoopUtilization: number;
  retryAfterSeconds: number;
  sampleIntervalMs: number;
}

export async function registerUnderPressure(app: FastifyInstance, settings: PressureSettings): Promise<void> {
  // The first samples after start measure the start itself (imports, migrations, JIT warm-up):
  // requests are not shed until two clean samples have been taken since the app became ready.
  let sheddingFrom = Number.POSITIVE_INFINITY;
  app.addHook('onReady', async () => {
    sheddingFrom = Date.now() + 2 * settings.sampleIntervalMs;
  });
  await app.register(underPressure, {
    maxEventLoopDelay: settings.maxEventLoopDelayMs,
    maxEventLoopUtilization: settings.maxEventLoopUtilization,
    sampleInterval: settings.sampleIntervalMs,
    retryAfter: settings.retryAfterSeconds,
    // Returning the body (not sending it) lets the plugin send it and stop the request there.
    pressureHandler: ((_request: FastifyRequest, reply: FastifyReply, type: string) => {
      if (Date.now() < sheddingFrom) return undefined;
      reply
        .code(503)
        .header('retry-after', String(settings.retryAfterSeconds))
        .type('application/problem+json');
      return {
        ...problem(503, 'overloaded', 'The server is busy. Please try again in a few seconds.'),
        reason: type,
      };
    }) as unknown as (request: FastifyRequest, reply: FastifyReply, type: string) => void,
  });
}
