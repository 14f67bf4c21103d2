import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { accountsDemo } from './accounts-demo.js';
import { assessmentDemo } from './assessment-demo.js';
import { clinicDemo } from './clinic-demo.js';
import { progressDemo } from './progress-demo.js';

/**
 * Demo data loaders, one per area, run in order by `psoas demo` and `npm start`.
 * Each must be idempotent: loading twice leaves the same data as loading once.
 */
export type DemoSeeder = { name: string; load: (db: Db) => Promise<void> };

export const demoSeeders: DemoSeeder[] = [clinicDemo, accountsDemo, assessmentDemo, progressDemo];

export async function loadDemoData(db: Db, log: (m: string) => void = () => {}): Promise<void> {
  for (const seeder of demoSeeders) {
    log(`loading demo data: ${seeder.name}`);
    await seeder.load(db);
  }
  await db.execute(
    sql`insert into app_meta (key, value) values ('demo_loaded_at', ${new Date().toISOString()})
        on conflict (key) do update set value = excluded.value, updated_at = now()`,
  );
}
