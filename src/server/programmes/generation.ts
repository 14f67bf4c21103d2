import { type AssessmentResult, assessmentResultSchema } from '../../domain/assessment/index.js';
import {
  applyPractitionerEdits,
  type EditRefusal,
  generateProgramme,
  mergeRegenerated,
  type PatientContext,
  type PractitionerEdits,
  type Preferences,
  type Programme,
  ProgrammeInputError,
  ProgrammeNotAllowedError,
  painLog,
  preferencesUnderReview,
  reapplyPractitionerEdits,
  type SessionResult,
} from '../../domain/programme/index.js';
import { todayIn } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { findAssessmentOfPerson } from '../db/repos/assessments.js';
import { currentReview } from '../db/repos/programme-reviews.js';
import {
  listResults,
  type ProgrammeRow,
  painCheckinsOfPerson,
  replaceProgramme,
} from '../db/repos/programmes.js';
import { badRequest, conflict } from '../errors.js';

/**
 * Generating and regenerating a person's programme, shared by the patient's routes
 * (routes/programmes.ts) and the practitioner's review (routes/programme-review.ts): the review in
 * force is applied again to every programme generated after it.
 */

export function generate(
  result: AssessmentResult,
  prefs: Preferences,
  history: { results: SessionResult[]; checkins: { date: string; painNow: number }[] },
  assessmentId: string | null,
  assessedAt: Date,
): Programme {
  try {
    // A pregnancy's weeks are counted from the day of the assessment, where the person lives.
    return generateProgramme(result, prefs, history, assessmentId, todayIn(prefs.timeZone, assessedAt));
  } catch (e) {
    if (e instanceof ProgrammeNotAllowedError)
      throw conflict('self_care_not_allowed', e.message, { reasons: e.reasons });
    if (e instanceof ProgrammeInputError) throw badRequest(e.code, e.message, e.field);
    throw e;
  }
}

export async function assessmentResultOf(
  db: Db,
  personId: string,
  assessmentId: string | null,
): Promise<{ result: AssessmentResult; assessedAt: Date }> {
  const row = assessmentId ? await findAssessmentOfPerson(db, personId, assessmentId) : undefined;
  if (!row)
    throw conflict(
      'assessment_missing',
      'The assessment this programme came from is gone; start from a new one.',
    );
  return { result: assessmentResultSchema.parse(row.result), assessedAt: row.createdAt };
}

/**
 * The programme's future generated again from the stored assessment, the preferences and
 * everything recorded so far (past sessions and sessions with a result stay as they were), with
 * the practitioner's edits on top: `edits` when given (a new review, refused as a whole when any
 * edit does not fit), else the review in force (edits that no longer fit are left out).
 */
export async function regenerated(
  db: Db,
  personId: string,
  row: ProgrammeRow,
  prefs: Preferences,
  edits?: PractitionerEdits,
): Promise<{ ok: true; programme: Programme } | { ok: false; refusals: EditRefusal[] }> {
  const { result, assessedAt } = await assessmentResultOf(db, personId, row.assessmentId);
  const results = (await listResults(db, row.id)).map((r) => r.result);
  const checkins = await painCheckinsOfPerson(db, personId);
  const kept = edits ? undefined : await currentReview(db, row.id);
  const review = edits ?? kept?.edits;
  const next = generate(
    result,
    preferencesUnderReview(prefs, review),
    { results, checkins },
    row.assessmentId,
    assessedAt,
  );
  // Today where the person lives: sessions before it are history and never rewritten.
  const today = todayIn(prefs.timeZone, new Date());
  const done = results.map((r) => r.sessionId);
  const merged = mergeRegenerated(row.programme, next, today, new Set(done));
  if (!review) return { ok: true, programme: merged };
  const ctx: PatientContext = {
    result,
    assessedOn: todayIn(prefs.timeZone, assessedAt),
    fromDate: today,
    doneSessionIds: done,
    // A new review is made today; a kept one on the day it was saved. Pain reported since then
    // lowers the practitioner's dose while it lasts (practitioner-dose-ceiling).
    pain: {
      log: painLog({ results, checkins }, result.painNow),
      reviewedOn: kept ? todayIn(prefs.timeZone, kept.createdAt) : today,
    },
  };
  if (edits) return applyPractitionerEdits(merged, edits, ctx);
  return { ok: true, programme: reapplyPractitionerEdits(merged, review, ctx).programme };
}

/** Regenerates and stores the programme, keeping the review in force. */
export async function regenerate(
  db: Db,
  personId: string,
  row: ProgrammeRow,
  prefs: Preferences,
): Promise<ProgrammeRow> {
  const out = await regenerated(db, personId, row, prefs);
  // Without new edits nothing is refused: edits that no longer fit were left out.
  if (!out.ok) throw new Error('unreachable: a kept review is never refused');
  return replaceProgramme(db, row.id, out.programme);
}
