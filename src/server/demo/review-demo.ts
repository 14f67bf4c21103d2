import { eq } from 'drizzle-orm';
import type { PractitionerEdits } from '../../domain/programme/index.js';
import { addDays } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { currentReview, saveReview } from '../db/repos/programme-reviews.js';
import { currentProgrammeOfPerson } from '../db/repos/programmes.js';
import { findUserByEmail } from '../db/repos/users.js';
import { clinicStaff } from '../db/schema.js';
import { regenerated } from '../programmes/generation.js';
import { DEMO_PATIENT_EMAIL } from './accounts-demo.js';
import { demoContext } from './demo-clock.js';
import type { DemoSeeder } from './index.js';

export const DEMO_REVIEWER_EMAIL = 'sofia.herrera@falsecreek.example';
export const DEMO_PLAN_NOTE =
  'Good progress. Keep the walks going, and stop any exercise that gives you sharp pain.';

/**
 * The demo patient's programme, reviewed by the demo clinic's physiotherapist: one more set of the
 * first exercise of the coming sessions, a note on it, a note for the plan and a review in two
 * weeks. Loaded only while the programme has no review, so a re-run changes nothing.
 */
export const reviewDemo: DemoSeeder = {
  name: 'review',
  async load(db: Db, ctx = demoContext()) {
    const personId = (await findUserByEmail(db, DEMO_PATIENT_EMAIL))?.personId;
    const reviewer = await findUserByEmail(db, DEMO_REVIEWER_EMAIL);
    if (!personId || !reviewer) return;
    const row = await currentProgrammeOfPerson(db, personId);
    if (!row?.assessmentId || (await currentReview(db, row.id))) return;
    const [membership] = await db
      .select({ clinicId: clinicStaff.clinicId })
      .from(clinicStaff)
      .where(eq(clinicStaff.userId, reviewer.id))
      .limit(1);
    if (!membership) return;
    const coming = row.programme.sessions.find((s) => s.date >= ctx.today);
    const first = coming?.blocks.find((b) => b.phase === 'stretch' || b.phase === 'strengthen');
    if (!first) return;
    const edits: PractitionerEdits = {
      exercises: [
        {
          kind: 'change',
          exerciseId: first.exerciseId,
          dose: { sets: Math.min(10, first.dose.sets + 1) },
          note: 'Breathe out as you go into it; never push into pain.',
        },
      ],
      planNote: DEMO_PLAN_NOTE,
      nextReviewDate: addDays(ctx.today, 14),
    };
    const out = await regenerated(db, personId, row, row.programme.preferences, edits);
    if (!out.ok) return;
    await saveReview(
      db,
      {
        programmeId: row.id,
        personId,
        clinicId: membership.clinicId,
        reviewerUserId: reviewer.id,
        reviewerName: reviewer.displayName,
        edits,
      },
      out.programme,
    );
  },
};
