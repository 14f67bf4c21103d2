import { toLanguage } from '../../domain/i18n.js';
import { dueReminders } from '../../domain/reminders/schedule.js';
import { isTimeZone, localDate } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { enqueueReminder, type ReminderCandidate, reminderCandidates } from '../db/repos/reminders.js';
import { reminderEmail } from './reminder-emails.js';
import { unsubscribeToken } from './reminder-token.js';

export interface ReminderWorker {
  /** One pass at `now` (default: the clock): enqueues every due reminder; returns how many. */
  runOnce(now?: Date): Promise<number>;
  stop(): Promise<void>;
}

/** The one-click unsubscribe URL (its last segment is the secret; see log-serializers.ts). */
export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/api/reminders/unsubscribe/${token}`;

/**
 * Every pollMs, asks the domain which reminders are due for each person with reminders on and
 * puts their mails in the outbox (which the outbox worker sends). Each reminder is recorded with
 * its key in the same transaction, so instances running side by side never mail one twice.
 */
export function startReminderWorker(
  db: Db,
  options: { publicUrl: string; pollMs: number; run: boolean },
  log: { warn(o: object, m: string): void },
): ReminderWorker {
  let stopped = false;
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const pass = async (now: Date): Promise<number> => {
    let queued = 0;
    for (const c of await reminderCandidates(db)) {
      try {
        queued += await forPerson(c, now);
      } catch (e) {
        // One person's failure (a zone the data no longer knows, a lost connection) must not
        // hold up everyone else's reminders; the next pass tries again. No personal data logged.
        log.warn({ err: e }, 'reminders for one person failed; will retry');
      }
    }
    return queued;
  };
  const forPerson = async (c: ReminderCandidate, now: Date): Promise<number> => {
    const s = c.settings;
    if (!isTimeZone(s.timeZone) || !s.enabledOn) return 0;
    const due = dueReminders(
      {
        enabled: s.enabled,
        timeZone: s.timeZone,
        sessionDays: s.sessionDays,
        sessionTime: s.sessionTime,
        checkinDays: s.checkinDays,
        checkinTime: s.checkinTime,
      },
      {
        now,
        sent: new Set(c.sent),
        enabledOn: s.enabledOn,
        lastCheckinDate: c.lastCheckinDate,
        lastSessionDate: c.lastSessionAt ? localDate(c.lastSessionAt, s.timeZone) : null,
      },
    );
    let queued = 0;
    for (const d of due) {
      const email = reminderEmail({
        kind: d.kind,
        to: c.email,
        language: toLanguage(c.language),
        publicUrl: options.publicUrl,
        unsubscribeUrl: unsubscribeUrl(options.publicUrl, unsubscribeToken(s.personId, s.unsubscribeSecret)),
      });
      if (await enqueueReminder(db, s.personId, d.key, email)) queued++;
    }
    return queued;
  };
  const runOnce = (now?: Date) => {
    running = (running ?? Promise.resolve(0)).catch(() => 0).then(() => pass(now ?? new Date()));
    return running;
  };
  const tick = () => {
    if (stopped) return;
    runOnce()
      .catch((e: unknown) => log.warn({ err: e }, 'reminder pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.pollMs);
      });
  };
  if (options.run) timer = setTimeout(tick, 0);
  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => 0);
    },
  };
}
