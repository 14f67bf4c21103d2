import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Programme, SessionResult } from '../../../domain/programme/types.js';
import type { Db } from '../database.js';
import {
  assessments,
  auditLog,
  bookings,
  checkins,
  consents,
  patientFlagsHandled,
  programmeResults,
  programmes,
  users,
} from '../schema.js';

/** What "My patients" reads of one patient who shares progress with the clinic. */
export interface SharedPatientData {
  personId: string;
  name: string | null;
  sharingSince: Date;
  assessments: { id: string; createdAt: Date; painNow: number | null; highestUrgency: string }[];
  checkins: { date: string; painNow: number }[];
  programme: Programme | null;
  /** Results of the current programme (sessions done this week). */
  results: SessionResult[];
  /**
   * Results of every programme of the person: a "this hurts" report or a session stays on
   * record when the patient starts a new programme.
   */
  allResults: SessionResult[];
  handled: Set<string>;
}

/**
 * The patients with an active consent giving this clinic the `progress` scope (optionally only
 * one of them), with everything the list shows, in six queries whatever the number of patients.
 */
export async function sharedPatients(
  db: Db,
  clinicId: string,
  onlyPersonId?: string,
): Promise<SharedPatientData[]> {
  const sharing = await db
    .selectDistinctOn([consents.personId], {
      personId: consents.personId,
      grantedAt: consents.grantedAt,
      displayName: users.displayName,
    })
    .from(consents)
    .leftJoin(users, eq(users.personId, consents.personId))
    .where(
      and(
        eq(consents.clinicId, clinicId),
        isNull(consents.withdrawnAt),
        sql`'progress' = any(${consents.scopes})`,
        onlyPersonId ? eq(consents.personId, onlyPersonId) : undefined,
      ),
    )
    .orderBy(consents.personId, desc(consents.grantedAt));
  if (sharing.length === 0) return [];
  const ids = sharing.map((s) => s.personId);

  const [assessed, checked, current, handled, booked] = await Promise.all([
    db
      .select({
        id: assessments.id,
        personId: assessments.personId,
        createdAt: assessments.createdAt,
        painNow: sql<number | null>`(${assessments.result}->>'painNow')::int`,
        highestUrgency: assessments.highestUrgency,
      })
      .from(assessments)
      .where(inArray(assessments.personId, ids))
      .orderBy(asc(assessments.createdAt), asc(assessments.id)),
    db
      .select({ personId: checkins.personId, date: checkins.date, painNow: checkins.painNow })
      .from(checkins)
      .where(inArray(checkins.personId, ids))
      .orderBy(asc(checkins.date)),
    db
      .selectDistinctOn([programmes.personId], {
        id: programmes.id,
        personId: programmes.personId,
        programme: programmes.programme,
      })
      .from(programmes)
      .where(inArray(programmes.personId, ids))
      .orderBy(programmes.personId, desc(programmes.createdAt), desc(programmes.id)),
    db
      .select({ personId: patientFlagsHandled.personId, flagId: patientFlagsHandled.flagId })
      .from(patientFlagsHandled)
      .where(and(eq(patientFlagsHandled.clinicId, clinicId), inArray(patientFlagsHandled.personId, ids))),
    db
      .selectDistinctOn([bookings.personId], { personId: bookings.personId, name: bookings.patientName })
      .from(bookings)
      .where(and(eq(bookings.clinicId, clinicId), inArray(bookings.personId, ids)))
      .orderBy(bookings.personId, desc(bookings.createdAt)),
  ]);
  const results = await db
    .select({
      programmeId: programmeResults.programmeId,
      personId: programmes.personId,
      result: programmeResults.result,
    })
    .from(programmeResults)
    .innerJoin(programmes, eq(programmes.id, programmeResults.programmeId))
    .where(inArray(programmes.personId, ids));

  return sharing.map((s) => {
    const programme = current.find((p) => p.personId === s.personId);
    return {
      personId: s.personId,
      name: s.displayName ?? booked.find((b) => b.personId === s.personId)?.name ?? null,
      sharingSince: s.grantedAt,
      assessments: assessed
        .filter((a) => a.personId === s.personId)
        .map(({ personId: _, ...a }) => ({ ...a, painNow: a.painNow ?? null })),
      checkins: checked.filter((c) => c.personId === s.personId).map(({ personId: _, ...c }) => c),
      programme: programme?.programme ?? null,
      results: programme ? results.filter((r) => r.programmeId === programme.id).map((r) => r.result) : [],
      allResults: results.filter((r) => r.personId === s.personId).map((r) => r.result),
      handled: new Set(handled.filter((h) => h.personId === s.personId).map((h) => h.flagId)),
    };
  });
}

/**
 * Marks a flag handled for the clinic, with its audit entry in the same transaction (the entry
 * names the handled row, never the flag's code: no health values in the audit log). Handling it
 * again changes nothing and adds no entry.
 */
export async function markFlagHandled(
  db: Db,
  h: { clinicId: string; personId: string; flagId: string; userId: string; ip: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(patientFlagsHandled)
      .values({ clinicId: h.clinicId, personId: h.personId, flagId: h.flagId, handledByUserId: h.userId })
      .onConflictDoNothing()
      .returning({ id: patientFlagsHandled.id });
    if (!row) return;
    await tx.insert(auditLog).values({
      actorUserId: h.userId,
      action: 'patient_flag.handled_by_staff',
      resourceType: 'patient_flag',
      resourceId: row.id,
      personId: h.personId,
      ip: h.ip,
    });
  });
}

/** One audit entry per patient shown on a staff member's list (no health values). */
export async function auditPatientsListed(
  db: Db,
  userId: string,
  personIds: string[],
  ip: string,
): Promise<void> {
  if (personIds.length === 0) return;
  await db.insert(auditLog).values(
    personIds.map((personId) => ({
      actorUserId: userId,
      action: 'patients.listed_for_staff',
      resourceType: 'progress',
      resourceId: personId,
      personId,
      ip,
    })),
  );
}
