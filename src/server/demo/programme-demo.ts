import { desc, eq } from 'drizzle-orm';
import { assessmentResultSchema } from '../../domain/assessment/index.js';
import { generateProgramme } from '../../domain/programme/index.js';
import type { Session, SessionResult } from '../../domain/programme/types.js';
import { addDays, daysBetween } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { currentProgrammeOfPerson, insertProgramme, recordResult } from '../db/repos/programmes.js';
import { findUserByEmail } from '../db/repos/users.js';
import { assessments } from '../db/schema.js';
import { DEMO_PATIENT_EMAIL } from './accounts-demo.js';
import { demoContext, demoInstant } from './demo-clock.js';
import type { DemoSeeder } from './index.js';
import { DAYS, demoCheckin } from './progress-demo.js';

/** Sessions (counted from the first) the demo patient missed, skipped, or cut short because it hurt. */
const MISSED = new Set([4, 11, 12]);
const SKIPPED = new Set([8]);
const STOPPED_LAST_EXERCISE = new Set([2]);

/** What the demo patient recorded for the n-th session: most done, a few not. */
export function demoResult(session: Session, n: number, painNow: number, completedAt: Date): SessionResult {
  const blocks = session.blocks.map((b, i) => {
    if (SKIPPED.has(n)) return { exerciseId: b.exerciseId, completed: false, skipped: true };
    if (STOPPED_LAST_EXERCISE.has(n) && i === session.blocks.length - 1)
      return { exerciseId: b.exerciseId, completed: false, pain: { where: 'lower-back', level: 5 } };
    return { exerciseId: b.exerciseId, completed: true };
  });
  return {
    // Stable per session, so the demo's results are recognisable in exports and logs of tests.
    clientId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    sessionId: session.id,
    completedAt: completedAt.toISOString(),
    blocks,
    effort: SKIPPED.has(n) ? 0 : 4 + (n % 3),
    painNow,
  };
}

/**
 * The demo patient's home programme from their demo assessment, started three weeks before the
 * loading day (clinic zone), with the sessions before today recorded: most done, one skipped,
 * one stopped because it hurt, a few missed. Loaded only when the patient has no programme, so
 * loading again changes nothing and whatever the person did with the demo account stays.
 */
export const programmeDemo: DemoSeeder = {
  name: 'programme',
  async load(db: Db, ctx = demoContext()) {
    const personId = (await findUserByEmail(db, DEMO_PATIENT_EMAIL))?.personId;
    if (!personId || (await currentProgrammeOfPerson(db, personId))) return;
    const [assessment] = await db
      .select()
      .from(assessments)
      .where(eq(assessments.personId, personId))
      .orderBy(desc(assessments.createdAt))
      .limit(1);
    if (!assessment) return;
    const startDate = addDays(ctx.today, -DAYS);
    const programme = generateProgramme(
      assessmentResultSchema.parse(assessment.result),
      {
        minutesPerSession: 15,
        daysPerWeek: 3,
        equipment: ['mat', 'chair'],
        startDate,
        timeZone: ctx.zone,
        language: 'en',
      },
      { results: [], checkins: [] },
      assessment.id,
    );
    const row = await insertProgramme(db, personId, assessment.id, programme);
    const past = programme.sessions.filter((s) => s.date < ctx.today);
    for (const [n, session] of past.entries()) {
      if (MISSED.has(n)) continue;
      const k = daysBetween(startDate, session.date);
      const pain = Math.max(0, demoCheckin(Math.min(k, DAYS - 1)).painNow - 1);
      await recordResult(
        db,
        row.id,
        demoResult(session, n, pain, demoInstant(session.date, '18:30', ctx.zone)),
      );
    }
  },
};
