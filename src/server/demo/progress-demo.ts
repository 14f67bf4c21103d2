import { addDays, todayIn } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { listCheckins, upsertCheckin } from '../db/repos/checkins.js';
import { findUserByEmail } from '../db/repos/users.js';
import { DEMO_PATIENT_EMAIL } from './accounts-demo.js';
import type { DemoSeeder } from './index.js';

const DAYS = 21;

/**
 * Three weeks of check-ins for the demo patient, ending yesterday, with pain easing from about 6
 * to about 3 as walking goes up and sitting comes down, so the charts have a story. Loaded only
 * when the patient has no check-ins (a re-run adds nothing; the person's own entries are kept).
 */
export const progressDemo: DemoSeeder = {
  name: 'progress',
  async load(db: Db) {
    const personId = (await findUserByEmail(db, DEMO_PATIENT_EMAIL))?.personId;
    if (!personId || (await listCheckins(db, personId)).length) return;
    const today = new Date();
    for (let i = DAYS; i >= 1; i--) {
      const date = addDays(todayIn('UTC', today), -i);
      const k = DAYS - i; // 0 … 20
      const wobble = [0, 1, 0, -1, 0, 1, -1][k % 7]!;
      await upsertCheckin(db, personId, date, {
        painNow: Math.max(0, Math.min(10, Math.round(6 - (3 * k) / 20) + wobble)),
        minutesWalked: Math.max(0, 10 + Math.round(k * 1.5) - (k % 7 === 6 ? 10 : 0)),
        sittingHours: 9 - Math.floor(k / 7),
        sittingBreaks: 2 + Math.floor(k / 5),
        waterGlasses: 4 + Math.floor(k / 6),
        stress: 6 - Math.floor(k / 7) + (wobble > 0 ? 1 : 0),
        classAttended: k % 7 === 3,
        note: k === 0 ? 'Started the programme.' : '',
      });
    }
  },
};
