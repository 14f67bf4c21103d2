import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { PractitionerEdits } from '../../../domain/programme/review.js';
import type { Programme } from '../../../domain/programme/types.js';
import type { Db } from '../database.js';
import { clinics, consents, programmeReviews, programmes } from '../schema.js';
import type { ConsentScope } from '../tables/consent.js';

export type ProgrammeReviewRow = typeof programmeReviews.$inferSelect;

/**
 * True while the person lets this one clinic see the given part of their record (an active
 * consent naming the scope). Staff routes under /api/staff/clinics/:clinicId/patients/:patientId
 * check it after the staff guard has checked membership of the clinic.
 */
export async function clinicMaySee(
  db: Db,
  clinicId: string,
  personId: string,
  scope: ConsentScope,
): Promise<boolean> {
  const [row] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.clinicId, clinicId),
        eq(consents.personId, personId),
        isNull(consents.withdrawnAt),
        sql`${scope}::text = any(${consents.scopes})`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The review in force for a programme: its newest. */
export async function currentReview(db: Db, programmeId: string): Promise<ProgrammeReviewRow | undefined> {
  const [row] = await db
    .select()
    .from(programmeReviews)
    .where(eq(programmeReviews.programmeId, programmeId))
    .orderBy(desc(programmeReviews.createdAt), desc(programmeReviews.id))
    .limit(1);
  return row;
}

/** The review in force with the name of its clinic, for the patient's own page. */
export async function currentReviewWithClinic(
  db: Db,
  programmeId: string,
): Promise<{ review: ProgrammeReviewRow; clinicName: string | null } | undefined> {
  const [row] = await db
    .select({ review: programmeReviews, clinicName: clinics.name })
    .from(programmeReviews)
    .leftJoin(clinics, eq(clinics.id, programmeReviews.clinicId))
    .where(eq(programmeReviews.programmeId, programmeId))
    .orderBy(desc(programmeReviews.createdAt), desc(programmeReviews.id))
    .limit(1);
  return row;
}

/**
 * Stores a new review and the programme it produced, together: the programme never shows edits
 * that are not on record, nor the other way round.
 */
export async function saveReview(
  db: Db,
  review: {
    programmeId: string;
    personId: string;
    clinicId: string;
    reviewerUserId: string;
    reviewerName: string;
    edits: PractitionerEdits;
  },
  programme: Programme,
): Promise<ProgrammeReviewRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(programmeReviews).values(review).returning();
    await tx
      .update(programmes)
      .set({
        programme,
        generatorVersion: programme.version,
        updatedAt: new Date(),
        calendarSequence: sql`${programmes.calendarSequence} + 1`,
        calendarChangedAt: new Date(),
      })
      .where(eq(programmes.id, review.programmeId));
    return row!;
  });
}
