import { and, asc, desc, eq, getTableColumns, gte, lt, lte, sql } from 'drizzle-orm';
import type { Checkin, CheckinFields } from '../../../domain/outcomes/index.js';
import type { Db } from '../database.js';
import { checkins } from '../schema.js';

type Row = typeof checkins.$inferSelect;

const toCheckin = (r: Row): Checkin => ({
  date: r.date,
  painNow: r.painNow,
  minutesWalked: r.minutesWalked,
  sittingHours: r.sittingHours,
  sittingBreaks: r.sittingBreaks,
  waterGlasses: r.waterGlasses,
  stress: r.stress,
  classAttended: r.classAttended,
  note: r.note,
});

/** Creates or replaces the person's check-in of the date; `created` says which happened. */
export async function upsertCheckin(
  db: Db,
  personId: string,
  date: string,
  fields: CheckinFields,
): Promise<{ checkin: Checkin; created: boolean }> {
  const [row] = await db
    .insert(checkins)
    .values({ personId, date, ...fields })
    .onConflictDoUpdate({
      target: [checkins.personId, checkins.date],
      set: { ...fields, updatedAt: sql`now()` },
    })
    // xmax is 0 on a freshly inserted row version and set when the conflict updated one.
    .returning({ ...getTableColumns(checkins), created: sql<boolean>`(xmax = 0)` });
  const { created, ...stored } = row!;
  return { checkin: toCheckin(stored), created };
}

export async function findCheckin(db: Db, personId: string, date: string): Promise<Checkin | undefined> {
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.personId, personId), eq(checkins.date, date)))
    .limit(1);
  return row && toCheckin(row);
}

/** The person's check-ins in date order, optionally within [from, to]. */
export async function listCheckins(
  db: Db,
  personId: string,
  range: { from?: string; to?: string } = {},
): Promise<Checkin[]> {
  const rows = await db
    .select()
    .from(checkins)
    .where(
      and(
        eq(checkins.personId, personId),
        range.from ? gte(checkins.date, range.from) : undefined,
        range.to ? lte(checkins.date, range.to) : undefined,
      ),
    )
    .orderBy(asc(checkins.date));
  return rows.map(toCheckin);
}

/** The latest check-in before the date: what a new day's form starts from. */
export async function latestCheckinBefore(
  db: Db,
  personId: string,
  date: string,
): Promise<Checkin | undefined> {
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.personId, personId), lt(checkins.date, date)))
    .orderBy(desc(checkins.date))
    .limit(1);
  return row && toCheckin(row);
}
