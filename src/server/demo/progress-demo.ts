import type { CheckinFields } from '../../domain/outcomes/index.js';
import { addDays } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { listCheckins, upsertCheckin } from '../db/repos/checkins.js';
import { findUserByEmail } from '../db/repos/users.js';
import { DEMO_PATIENT_EMAIL } from './accounts-demo.js';
import { demoContext } from './demo-clock.js';
import type { DemoSeeder } from './index.js';

export const DAYS = 21;

/** Day k (0 … 20) of the three demo weeks: pain easing from about 6 to about 3, with daily wobble. */
export function demoCheckin(k: number): CheckinFields {
  const wobble = [0, 1, 0, -1, 0, 1, -1][k % 7]!;
  return {
    painNow: Math.max(0, Math.min(10, Math.round(6 - (3 * k) / 20) + wobble)),
    minutesWalked: Math.max(0, 10 + Math.round(k * 1.5) - (k % 7 === 6 ? 10 : 0)),
    sittingHours: 9 - Math.floor(k / 7),
    sittingBreaks: 2 + Math.floor(k / 5),
    waterGlasses: 4 + Math.floor(k / 6),
    stress: 6 - Math.floor(k / 7) + (wobble > 0 ? 1 : 0),
    classAttended: k % 7 === 3,
    note: k === 0 ? 'Started the programme.' : '',
  };
}

/**
 * Three weeks of check-ins for the demo patient, ending yesterday (in the clinic's zone), with pain easing from about 6
 * to about 3 as walking goes up and sitting comes down, so the charts have a story. Loaded only
 * when the patient has no check-ins (a re-run adds nothing; the person's own entries are kept).
 */
export const progressDemo: DemoSeeder = {
  name: 'progress',
  async load(db: Db, ctx = demoContext()) {
    const personId = (await findUserByEmail(db, DEMO_PATIENT_EMAIL))?.personId;
    if (!personId || (await listCheckins(db, personId)).length) return;
    for (let i = DAYS; i >= 1; i--) {
      const date = addDays(ctx.today, -i);
      await upsertCheckin(db, personId, date, demoCheckin(DAYS - i));
    }
  },
};
