import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { type OutboxWorker, startOutboxWorker } from './outbox-worker.js';

declare module 'fastify' {
  interface FastifyInstance {
    outboxWorker: OutboxWorker;
  }
}

/** Runs the outbox worker for the app's lifetime (started when ready, stopped on close). */
const worker: FastifyPluginAsync = async (app) => {
  const settings = app.config.mail;
  let running: OutboxWorker | undefined;
  const handle: OutboxWorker = {
    runOnce: () => (running ? running.runOnce() : Promise.resolve(0)),
    stop: async () => running?.stop(),
  };
  app.decorate('outboxWorker', handle);
  app.addHook('onReady', async () => {
    running = startOutboxWorker(app.database.db, settings, {
      info: (m) => app.log.info(m),
      warn: (o, m) => app.log.warn(o, m),
    });
  });
  app.addHook('onClose', async () => {
    await running?.stop();
  });
};
// fastify-plugin: app.outboxWorker is visible to the whole app (tests drive it), not only inside.
export default fp(worker, { name: 'psoas-outbox-worker', fastify: '5.x' });
