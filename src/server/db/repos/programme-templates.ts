import { and, asc, eq } from 'drizzle-orm';
import type { PractitionerEdits } from '../../../domain/programme/review.js';
import type { Db } from '../database.js';
import { programmeTemplates } from '../schema.js';

export type ProgrammeTemplateRow = typeof programmeTemplates.$inferSelect;

/** A clinic's templates by name. */
export async function listTemplates(db: Db, clinicId: string): Promise<ProgrammeTemplateRow[]> {
  return db
    .select()
    .from(programmeTemplates)
    .where(eq(programmeTemplates.clinicId, clinicId))
    .orderBy(asc(programmeTemplates.name), asc(programmeTemplates.id));
}

/** Saves a template; undefined when the clinic already has one of that name. */
export async function saveTemplate(
  db: Db,
  t: { clinicId: string; name: string; edits: PractitionerEdits; createdByUserId: string },
): Promise<ProgrammeTemplateRow | undefined> {
  const [row] = await db
    .insert(programmeTemplates)
    .values(t)
    .onConflictDoNothing({ target: [programmeTemplates.clinicId, programmeTemplates.name] })
    .returning();
  return row;
}

/** Deletes one of the clinic's templates; false when the clinic has no such template. */
export async function deleteTemplate(db: Db, clinicId: string, templateId: string): Promise<boolean> {
  const rows = await db
    .delete(programmeTemplates)
    .where(and(eq(programmeTemplates.clinicId, clinicId), eq(programmeTemplates.id, templateId)))
    .returning({ id: programmeTemplates.id });
  return rows.length > 0;
}
