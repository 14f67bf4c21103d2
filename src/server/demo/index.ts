import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { accountsDemo } from './accounts-demo.js';
import { assessmentDemo } from './assessment-demo.js';
import { bookingsDemo } from './bookings-demo.js';
import { clinicDemo } from './clinic-demo.js';
import { type DemoContext, demoContext } from './demo-clock.js';
import { messagesDemo } from './messages-demo.js';
import { patientsDemo } from './patients-demo.js';
import { programmeDemo } from './programme-demo.js';
import { progressDemo } from './progress-demo.js';
import { reviewDemo } from './review-demo.js';
import { seriesDemo } from './series-demo.js';

/**
 * Demo data loaders, one per area, run in order by `psoas demo` and `npm start`.
 * Each must be idempotent: loading twice leaves the same data as loading once.
 */
export type DemoSeeder = {
  name: string;
  /** `ctx` names today in the clinic's zone; without it, today is taken from the clock. */
  load: (db: Db, ctx?: DemoContext) => Promise<void>;
};

export const demoSeeders: DemoSeeder[] = [
  clinicDemo,
  accountsDemo,
  assessmentDemo,
  progressDemo,
  programmeDemo,
  reviewDemo,
  bookingsDemo,
  seriesDemo,
  patientsDemo,
  messagesDemo,
];

export async function loadDemoData(
  db: Db,
  log: (m: string) => void = () => {},
  now: Date = new Date(),
): Promise<void> {
  const ctx = demoContext(now);
  for (const seeder of demoSeeders) {
    log(`loading demo data: ${seeder.name}`);
    await seeder.load(db, ctx);
  }
  await db.execute(
    sql`insert into app_meta (key, value) values ('demo_loaded_at', ${new Date().toISOString()})
        on conflict (key) do update set value = excluded.value, updated_at = now()`,
  );
}
