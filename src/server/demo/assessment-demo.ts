import { eq } from 'drizzle-orm';
import { QUESTIONNAIRE_VERSION, scoreAssessment } from '../../domain/assessment/index.js';
import { deskWorkerSupine } from '../../domain/assessment/vignettes/desk-worker-supine.js';
import { addDays } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { findUserByEmail } from '../db/repos/users.js';
import { assessments } from '../db/schema.js';
import { DEMO_PATIENT_EMAIL } from './accounts-demo.js';
import { demoContext, demoInstant } from './demo-clock.js';
import type { DemoSeeder } from './index.js';

/**
 * The demo patient's self-assessment: the desk-worker vignette (supine low back pain, tight
 * psoas, self-care allowed), dated 22 days before the loading day (clinic zone) so it precedes
 * the demo check-ins and the programme that starts three weeks ago.
 * Loaded only when the patient has no assessment.
 */
export const assessmentDemo: DemoSeeder = {
  name: 'assessment',
  async load(db: Db, ctx = demoContext()) {
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
      createdAt: demoInstant(addDays(ctx.today, -22), '09:00', ctx.zone),
    });
  },
};
