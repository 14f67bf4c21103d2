import type { Db } from '../db/database.js';
import { type ClinicContext, loadClinicContext } from '../db/repos/clinics.js';
import { processDue } from '../db/repos/outbox.js';
import { messageDomainOf, type SendMail, smtpMailer } from './mailer.js';
import { type RenderDeps, renderOutboxRow } from './render.js';
import type { MailSettings } from './settings.js';

export interface OutboxWorker {
  /** Sends every due message now (one pass); returns how many were sent. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Polls the outbox, renders due messages and sends them. Several app instances may run it against one
 * database: rows are claimed with SKIP LOCKED. Without an SMTP URL it logs once and sends
 * nothing, so messages wait (pending) until mail is configured.
 */
export function startOutboxWorker(
  db: Db,
  settings: MailSettings,
  log: { info(m: string): void; warn(o: object, m: string): void },
  sendOverride?: SendMail,
): OutboxWorker {
  const mailer = sendOverride
    ? { send: sendOverride, close() {} }
    : settings.smtpUrl
      ? smtpMailer(settings.smtpUrl, settings.from, messageDomainOf(settings.publicUrl))
      : undefined;
  if (!mailer) log.info('mail is disabled (no SMTP_URL): outbox messages stay pending');
  let stopped = false;
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const pass = async (): Promise<number> => {
    if (!mailer) return 0;
    let sent = 0;
    // One load per clinic per pass: a burst of booking mails renders from one context.
    const clinics = new Map<string, Promise<ClinicContext | undefined>>();
    const deps: RenderDeps = {
      publicUrl: settings.publicUrl,
      clinic(id) {
        const known = clinics.get(id);
        if (known) return known;
        const loading = loadClinicContext(db, id);
        clinics.set(id, loading);
        return loading;
      },
    };
    for (;;) {
      const outcomes = await processDue(
        db,
        { limit: 10, maxAttempts: settings.maxAttempts, retryBaseMs: settings.retryBaseMs },
        async (row) =>
          mailer.send({
            outboxId: row.id,
            messageKey: row.messageKey,
            email: await renderOutboxRow(row, deps),
          }),
      );
      for (const o of outcomes)
        if (!o.ok) log.warn({ outboxId: o.id, error: o.error }, 'sending mail failed; will retry');
      sent += outcomes.filter((o) => o.ok).length;
      if (outcomes.length < 10 || stopped) return sent;
    }
  };
  const runOnce = () => {
    running = (running ?? Promise.resolve(0)).catch(() => 0).then(pass);
    return running;
  };
  const tick = () => {
    if (stopped) return;
    runOnce()
      .catch((e: unknown) => log.warn({ err: e }, 'outbox pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, settings.pollMs);
      });
  };
  if (settings.worker && mailer) timer = setTimeout(tick, 0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => 0);
      mailer?.close();
    },
  };
}
