import { eq } from 'drizzle-orm';
import { QUESTIONNAIRE_VERSION, scoreAssessment } from '../../domain/assessment/index.js';
import { deskWorkerSupine } from '../../domain/assessment/vignettes/desk-worker-supine.js';
import type { Db } from '../db/database.js';
import { findUserByEmail } from '../db/repos/users.js';
import { assessments } from '../db/schema.js';
import { DEMO_PATIENT_EMAIL } from './accounts-demo.js';
import type { DemoSeeder } from './index.js';

/**
 * The demo patient's self-assessment: the desk-worker vignette (supine low back pain, tight
 * psoas, self-care allowed), dated three weeks and a day ago so it precedes the demo check-ins.
 * Loaded only when the patient has no assessment.
 */
export const assessmentDemo: DemoSeeder = {
  name: 'assessment',
  async load(db: Db) {
    const personId = (await findUserByEmail(db, DEMO_PATIENT_EMAIL))?.personId;
    if (!personId) return;
    const existing = await db
      .select({ id: assessments.id })
      .from(assessments)
      .where(eq(assessments.personId, personId))
      .limit(1);
    if (existing.length) return;
    const result = scoreAssessment(deskWorkerSupine.answers);
    await db.insert(assessments).values({
      personId,
      language: 'en',
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      scoringVersion: result.scoringVersion,
      answers: deskWorkerSupine.answers,
      result,
      highestUrgency: result.highestUrgency,
      selfCareAllowed: result.selfCareAllowed,
      createdAt: new Date(Date.now() - 22 * 24 * 3600 * 1000),
    });
  },
};
