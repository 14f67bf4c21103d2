import { eq } from 'drizzle-orm';
import { QUESTIONNAIRE_VERSION, scoreAssessment } from '../../domain/assessment/index.js';
import { deskWorkerSupine } from '../../domain/assessment/vignettes/desk-worker-supine.js';
import type { CheckinFields } from '../../domain/outcomes/index.js';
import { addDays } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { grantConsent, listConsents } from '../db/repos/consent.js';
import { createGuest } from '../db/repos/guests.js';
import { createUser, findUserByEmail } from '../db/repos/users.js';
import { assessments, checkins } from '../db/schema.js';
import { DEMO_PATIENT_PASSWORD } from './accounts-demo.js';
import { vancouverDemoClinic } from './clinic-demo.js';
import { demoContext, demoInstant } from './demo-clock.js';
import type { DemoSeeder } from './index.js';

/** A second demo patient, whose pain is rising: "My patients" shows them flagged. */
export const FLAGGED_PATIENT_EMAIL = 'demo.flagged@psoas.example';
export const FLAGGED_PATIENT_NAME = 'Marco Flores';

/** Baseline pain 4 (assessment 12 days ago), then check-ins that climb to 7 over the last four. */
export const FLAGGED_PAIN = [4, 4, 3, 4, 4, 5, 4, 6, 7, 6, 7] as const;

const day = (painNow: number): CheckinFields => ({
  painNow,
  minutesWalked: 15,
  sittingHours: 8,
  sittingBreaks: 2,
  waterGlasses: 5,
  stress: 6,
  classAttended: false,
  note: '',
});

/**
 * Marco shares his progress with the demo clinic and his pain is 3 points above his baseline, so
 * the practitioners' list opens with an open "pain up" flag. Loaded once: nothing is added when
 * the account already has check-ins; the consent is restored only when none is active.
 */
export const patientsDemo: DemoSeeder = {
  name: 'patients',
  async load(db: Db, ctx = demoContext()) {
    let user = await findUserByEmail(db, FLAGGED_PATIENT_EMAIL);
    if (!user) {
      const person = await createGuest(db, `account:${crypto.randomUUID()}`, 'es');
      await createUser(db, {
        email: FLAGGED_PATIENT_EMAIL,
        password: DEMO_PATIENT_PASSWORD,
        role: 'patient',
        displayName: FLAGGED_PATIENT_NAME,
        personId: person.id,
      });
      user = await findUserByEmail(db, FLAGGED_PATIENT_EMAIL);
    }
    const personId = user?.personId;
    if (!personId) return;
    const clinic = await db.query.clinics.findFirst({
      where: (c, { eq: is }) => is(c.slug, vancouverDemoClinic.slug),
    });
    if (clinic && !(await listConsents(db, personId)).some((c) => c.clinicId === clinic.id && !c.withdrawnAt))
      await grantConsent(db, personId, clinic.id, ['assessment', 'progress']);

    const had = await db
      .select({ id: checkins.id })
      .from(checkins)
      .where(eq(checkins.personId, personId))
      .limit(1);
    if (had.length) return;
    const answers = { ...deskWorkerSupine.answers, 'pain-now': FLAGGED_PAIN[0] };
    const result = scoreAssessment(answers);
    await db.insert(assessments).values({
      personId,
      language: 'es',
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      scoringVersion: result.scoringVersion,
      answers,
      result,
      highestUrgency: result.highestUrgency,
      selfCareAllowed: result.selfCareAllowed,
      createdAt: demoInstant(addDays(ctx.today, -FLAGGED_PAIN.length - 1), '10:00', ctx.zone),
    });
    // Check-ins up to yesterday, so the list shows the pain rise and no quiet week.
    await db.insert(checkins).values(
      FLAGGED_PAIN.map((pain, i) => ({
        personId,
        date: addDays(ctx.today, i - FLAGGED_PAIN.length),
        ...day(pain),
      })),
    );
  },
};
