import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { ReminderSettings } from '../../../domain/reminders/schedule.js';
import type { Db } from '../database.js';
import { type OutboxEmail, type OutboxKind, outbox, reminderSends, reminderSettings } from '../schema.js';

export type ReminderSettingsRow = typeof reminderSettings.$inferSelect;

export async function findReminderSettings(
  db: Db,
  personId: string,
): Promise<ReminderSettingsRow | undefined> {
  const [row] = await db.select().from(reminderSettings).where(eq(reminderSettings.personId, personId));
  return row;
}

/**
 * Stores the person's choice. `today` is their local date now: switching on (from off) starts the
 * nudge's count there, so nobody is nudged for days before they asked for reminders.
 */
export async function saveReminderSettings(
  db: Db,
  personId: string,
  input: ReminderSettings,
  today: string,
): Promise<ReminderSettingsRow> {
  const values = {
    enabled: input.enabled,
    timeZone: input.timeZone,
    sessionDays: [...input.sessionDays],
    sessionTime: input.sessionTime,
    checkinDays: [...input.checkinDays],
    checkinTime: input.checkinTime,
  };
  const [row] = await db
    .insert(reminderSettings)
    .values({
      personId,
      ...values,
      enabledOn: input.enabled ? today : null,
      unsubscribeSecret: randomBytes(32).toString('base64url'),
    })
    .onConflictDoUpdate({
      target: reminderSettings.personId,
      set: {
        ...values,
        enabledOn: input.enabled
          ? sql`case when ${reminderSettings.enabled} then ${reminderSettings.enabledOn} else ${today}::date end`
          : sql`${reminderSettings.enabledOn}`,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  return row!;
}

/** Switches the person's reminders off (the unsubscribe link); false if they have none. */
export async function switchRemindersOff(db: Db, personId: string): Promise<boolean> {
  const rows = await db
    .update(reminderSettings)
    .set({ enabled: false, updatedAt: sql`now()` })
    .where(eq(reminderSettings.personId, personId))
    .returning({ personId: reminderSettings.personId });
  return rows.length > 0;
}

/** What the reminder worker needs about one person with reminders on. */
export interface ReminderCandidate {
  settings: ReminderSettingsRow;
  email: string;
  language: string;
  lastCheckinDate: string | null;
  lastSessionAt: Date | null;
  /** Keys sent in the last 14 days. */
  sent: string[];
}

/** Everyone with reminders on and an account to mail, with their latest activity: one query. */
export async function reminderCandidates(db: Db): Promise<ReminderCandidate[]> {
  const result = await db.execute<{
    person_id: string;
    email: string;
    language: string;
    last_checkin: string | null;
    last_session: string | null;
    sent: string[] | null;
  }>(sql`
    select s.person_id, u.email, g.language,
      (select to_char(max(c.date), 'YYYY-MM-DD') from checkins c where c.person_id = s.person_id) as last_checkin,
      (select max(r.completed_at) from programme_results r join programmes p on p.id = r.programme_id
        where p.person_id = s.person_id) as last_session,
      (select array_agg(k.key) from reminder_sends k
        where k.person_id = s.person_id and k.created_at > now() - interval '14 days') as sent
    from reminder_settings s
    join users u on u.person_id = s.person_id
    join guests g on g.id = s.person_id
    where s.enabled`);
  if (!result.rows.length) return [];
  const ids = result.rows.map((r) => r.person_id);
  const settings = await db
    .select()
    .from(reminderSettings)
    .where(
      sql`${reminderSettings.personId} in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  const byId = new Map(settings.map((s) => [s.personId, s]));
  return result.rows.flatMap((r) => {
    const s = byId.get(r.person_id);
    return s
      ? [
          {
            settings: s,
            email: r.email,
            language: r.language,
            lastCheckinDate: r.last_checkin,
            lastSessionAt: r.last_session ? new Date(r.last_session) : null,
            sent: r.sent ?? [],
          },
        ]
      : [];
  });
}

/**
 * Records the reminder and puts its mail in the outbox, in one transaction; false (and no mail)
 * when the key was already recorded, e.g. by another app instance.
 */
export async function enqueueReminder(
  db: Db,
  personId: string,
  key: string,
  email: OutboxEmail,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(reminderSends)
      .values({ personId, key })
      .onConflictDoNothing()
      .returning({ key: reminderSends.key });
    if (!claimed.length) return false;
    // Still on? A switch-off committed since the candidates were read wins.
    const [on] = await tx
      .select({ enabled: reminderSettings.enabled })
      .from(reminderSettings)
      .where(and(eq(reminderSettings.personId, personId), eq(reminderSettings.enabled, true)))
      .for('update');
    if (!on) {
      await tx
        .delete(reminderSends)
        .where(and(eq(reminderSends.personId, personId), eq(reminderSends.key, key)));
      return false;
    }
    await tx.insert(outbox).values({ kind: 'reminder' as OutboxKind, payload: email });
    return true;
  });
}
