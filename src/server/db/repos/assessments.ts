import { and, desc, eq } from 'drizzle-orm';
import type { Answers, AssessmentResult } from '../../../domain/assessment/index.js';
import type { Language } from '../../../domain/i18n.js';
import type { Db } from '../database.js';
import { assessments } from '../schema.js';

export type AssessmentRow = typeof assessments.$inferSelect;

export interface NewAssessment {
  personId: string;
  language: Language;
  questionnaireVersion: string;
  answers: Answers;
  result: AssessmentResult;
}

export async function insertAssessment(db: Db, a: NewAssessment): Promise<AssessmentRow> {
  const [row] = await db
    .insert(assessments)
    .values({
      personId: a.personId,
      language: a.language,
      questionnaireVersion: a.questionnaireVersion,
      scoringVersion: a.result.scoringVersion,
      answers: a.answers,
      result: a.result,
      highestUrgency: a.result.highestUrgency,
      selfCareAllowed: a.result.selfCareAllowed,
    })
    .returning();
  return row!;
}

/** The assessment when it belongs to the person; undefined otherwise (never says which). */
export async function findAssessmentOfPerson(
  db: Db,
  personId: string,
  id: string,
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.personId, personId)))
    .limit(1);
  return row;
}

export async function listAssessmentsOfPerson(
  db: Db,
  personId: string,
  limit = 50,
): Promise<AssessmentRow[]> {
  return db
    .select()
    .from(assessments)
    .where(eq(assessments.personId, personId))
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
    .limit(limit);
}

/** The person's most recent assessment, e.g. for generating a programme. */
export async function latestAssessmentOfPerson(db: Db, personId: string): Promise<AssessmentRow | undefined> {
  const [row] = await listAssessmentsOfPerson(db, personId, 1);
  return row;
}
