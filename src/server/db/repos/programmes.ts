import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { SessionProgress } from '../../../domain/player/index.js';
import type { Programme, SessionResult } from '../../../domain/programme/types.js';
import type { Db } from '../database.js';
import {
  checkins,
  programmeCalendarFeeds,
  programmeResults,
  programmeSessionProgress,
  programmes,
} from '../schema.js';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type ProgrammeResultRow = typeof programmeResults.$inferSelect;

export async function insertProgramme(
  db: Db,
  personId: string,
  assessmentId: string | null,
  programme: Programme,
): Promise<ProgrammeRow> {
  const [row] = await db
    .insert(programmes)
    .values({ personId, assessmentId, generatorVersion: programme.version, programme })
    .returning();
  return row!;
}

/** The programme when it belongs to the person; undefined otherwise (never says which). */
export async function findProgrammeOfPerson(
  db: Db,
  personId: string,
  id: string,
): Promise<ProgrammeRow | undefined> {
  const [row] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.id, id), eq(programmes.personId, personId)))
    .limit(1);
  return row;
}

export async function currentProgrammeOfPerson(db: Db, personId: string): Promise<ProgrammeRow | undefined> {
  const [row] = await db
    .select()
    .from(programmes)
    .where(eq(programmes.personId, personId))
    .orderBy(desc(programmes.createdAt), desc(programmes.id))
    .limit(1);
  return row;
}

export async function replaceProgramme(db: Db, id: string, programme: Programme): Promise<ProgrammeRow> {
  const [row] = await db
    .update(programmes)
    .set({ programme, generatorVersion: programme.version, updatedAt: new Date(), ...calendarChanged() })
    .where(eq(programmes.id, id))
    .returning();
  return row!;
}

/**
 * Stores a session result once per client id: a retry returns the row stored the first time
 * (`created: false`) and never adds a second one, even when two retries race.
 */
export async function recordResult(
  db: Db,
  programmeId: string,
  result: SessionResult,
): Promise<{ row: ProgrammeResultRow; created: boolean }> {
  const [inserted] = await db
    .insert(programmeResults)
    .values({
      programmeId,
      clientId: result.clientId,
      sessionId: result.sessionId,
      completedAt: new Date(result.completedAt),
      result,
    })
    .onConflictDoNothing({ target: [programmeResults.programmeId, programmeResults.clientId] })
    .returning();
  if (inserted) return { row: inserted, created: true };
  const [existing] = await db
    .select()
    .from(programmeResults)
    .where(and(eq(programmeResults.programmeId, programmeId), eq(programmeResults.clientId, result.clientId)))
    .limit(1);
  return { row: existing!, created: false };
}

export async function listResults(db: Db, programmeId: string): Promise<ProgrammeResultRow[]> {
  return db
    .select()
    .from(programmeResults)
    .where(eq(programmeResults.programmeId, programmeId))
    .orderBy(asc(programmeResults.completedAt), asc(programmeResults.id));
}

/** A change calendar apps must see: one more SEQUENCE, and a new DTSTAMP/LAST-MODIFIED. */
const calendarChanged = () => ({
  calendarSequence: sql`${programmes.calendarSequence} + 1`,
  calendarChangedAt: new Date(),
});

export interface CalendarSettings {
  time: string;
  reminderMinutes: number | null;
}

/**
 * Sets the programme's calendar time and reminder; the sequence moves only when one of them
 * really changes (saving the same settings twice is not news to a calendar app).
 */
export async function updateCalendarSettings(
  db: Db,
  programmeId: string,
  settings: Partial<CalendarSettings>,
): Promise<ProgrammeRow | undefined> {
  const time = settings.time ?? null;
  const reminder = settings.reminderMinutes;
  const changed = or(
    time === null ? undefined : sql`${programmes.calendarTime} is distinct from ${time}`,
    reminder === undefined
      ? undefined
      : sql`${programmes.calendarReminderMinutes} is distinct from ${reminder}`,
  );
  if (!changed) return (await db.select().from(programmes).where(eq(programmes.id, programmeId)))[0];
  const [row] = await db
    .update(programmes)
    .set({
      ...(time === null ? {} : { calendarTime: time }),
      ...(reminder === undefined ? {} : { calendarReminderMinutes: reminder }),
      ...calendarChanged(),
    })
    .where(and(eq(programmes.id, programmeId), changed))
    .returning();
  return row ?? (await db.select().from(programmes).where(eq(programmes.id, programmeId)))[0];
}

export type SessionProgressRow = typeof programmeSessionProgress.$inferSelect;

/** Keeps the latest progress of a session under way (one row per session, replaced each time). */
export async function saveSessionProgress(
  db: Db,
  programmeId: string,
  sessionId: string,
  clientId: string,
  progress: SessionProgress,
): Promise<SessionProgressRow> {
  const [row] = await db
    .insert(programmeSessionProgress)
    .values({ programmeId, sessionId, clientId, progress })
    .onConflictDoUpdate({
      target: [programmeSessionProgress.programmeId, programmeSessionProgress.sessionId],
      set: { clientId, progress, updatedAt: new Date() },
    })
    .returning();
  return row!;
}

export async function findSessionProgress(
  db: Db,
  programmeId: string,
  sessionId: string,
): Promise<SessionProgressRow | undefined> {
  const [row] = await db
    .select()
    .from(programmeSessionProgress)
    .where(
      and(
        eq(programmeSessionProgress.programmeId, programmeId),
        eq(programmeSessionProgress.sessionId, sessionId),
      ),
    )
    .limit(1);
  return row;
}

/** Once a session's result is recorded, its progress has done its job. */
export async function clearSessionProgress(db: Db, programmeId: string, sessionId: string): Promise<void> {
  await db
    .delete(programmeSessionProgress)
    .where(
      and(
        eq(programmeSessionProgress.programmeId, programmeId),
        eq(programmeSessionProgress.sessionId, sessionId),
      ),
    );
}

/** A new feed for the programme; earlier feeds of it are revoked so one URL is live at a time. */
export async function replaceCalendarFeed(
  db: Db,
  programmeId: string,
  tokenHash: string,
  sessionTime: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(programmeCalendarFeeds)
      .set({ revokedAt: new Date() })
      .where(
        and(eq(programmeCalendarFeeds.programmeId, programmeId), isNull(programmeCalendarFeeds.revokedAt)),
      );
    await tx.insert(programmeCalendarFeeds).values({ programmeId, tokenHash, sessionTime });
  });
}

export async function revokeCalendarFeeds(db: Db, programmeId: string): Promise<number> {
  const rows = await db
    .update(programmeCalendarFeeds)
    .set({ revokedAt: new Date() })
    .where(and(eq(programmeCalendarFeeds.programmeId, programmeId), isNull(programmeCalendarFeeds.revokedAt)))
    .returning({ id: programmeCalendarFeeds.id });
  return rows.length;
}

/** The programme behind a live (not revoked) feed token hash. */
export async function programmeByFeedHash(
  db: Db,
  tokenHash: string,
): Promise<{ programme: ProgrammeRow } | undefined> {
  const [row] = await db
    .select({ programme: programmes })
    .from(programmeCalendarFeeds)
    .innerJoin(programmes, eq(programmes.id, programmeCalendarFeeds.programmeId))
    .where(and(eq(programmeCalendarFeeds.tokenHash, tokenHash), isNull(programmeCalendarFeeds.revokedAt)))
    .limit(1);
  return row;
}

/** The person's daily pain scores from check-ins, for easing the programme after a worse day. */
export async function painCheckinsOfPerson(
  db: Db,
  personId: string,
): Promise<{ date: string; painNow: number }[]> {
  return db
    .select({ date: checkins.date, painNow: checkins.painNow })
    .from(checkins)
    .where(eq(checkins.personId, personId))
    .orderBy(asc(checkins.date));
}
