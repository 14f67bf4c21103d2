import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { type ReminderWorker, startReminderWorker } from './reminder-worker.js';

declare module 'fastify' {
  interface FastifyInstance {
    reminderWorker: ReminderWorker;
  }
}

/** A minute is the finest grain of a reminder's time. */
const REMINDER_POLL_MS = 60_000;

/**
 * Runs the reminder worker for the app's lifetime on the instances that send mail
 * (PSOAS_OUTBOX_WORKER); app.reminderWorker.runOnce(now) lets tests drive it at any instant.
 */
const worker: FastifyPluginAsync = async (app) => {
  const settings = app.config.mail;
  let running: ReminderWorker | undefined;
  const handle: ReminderWorker = {
    runOnce: (now) => (running ? running.runOnce(now) : Promise.resolve(0)),
    stop: async () => running?.stop(),
  };
  app.decorate('reminderWorker', handle);
  app.addHook('onReady', async () => {
    running = startReminderWorker(
      app.database.db,
      { publicUrl: settings.publicUrl, pollMs: REMINDER_POLL_MS, run: settings.worker && !!settings.smtpUrl },
      { warn: (o, m) => app.log.warn(o, m) },
    );
  });
  app.addHook('onClose', async () => {
    await running?.stop();
  });
};
export default fp(worker, { name: 'psoas-reminder-worker', fastify: '5.x' });
