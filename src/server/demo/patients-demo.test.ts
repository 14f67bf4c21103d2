import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientListSchema } from '../../contract/patients.js';
import { TestBrowser } from '../auth/test-browser.js';
import { createTestApp, testServers } from '../testing/test-db.js';
import { DEMO_STAFF_PASSWORD } from './clinic-demo.js';
import { demoContext } from './demo-clock.js';
import { loadDemoData } from './index.js';
import { FLAGGED_PATIENT_NAME } from './patients-demo.js';

describe.each(testServers())('demo "My patients" on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('lists a flagged demo patient first for the demo clinic, and loading twice adds nothing', async () => {
    await loadDemoData(t.database.db);
    await loadDemoData(t.database.db);
    const staff = new TestBrowser(t.app);
    expect((await staff.signIn('sofia.herrera@falsecreek.example', DEMO_STAFF_PASSWORD)).statusCode).toBe(
      200,
    );
    const clinicId = (await staff.get('/api/staff/clinics')).json()[0].clinicId as string;
    const list = patientListSchema.parse((await staff.get(`/api/staff/clinics/${clinicId}/patients`)).json());
    expect(list.today).toBe(demoContext().today);
    expect(list.patients.map((p) => p.name)).toEqual([FLAGGED_PATIENT_NAME, 'Dana Demo']);
    expect(list.patients[0]).toMatchObject({
      pain: { baseline: 4, now: 7, delta: 3, direction: 'worse', matters: true },
      flags: [{ code: 'pain-up', value: 3 }],
    });
    expect(list.patients[1]!.flags).toEqual([]);
    const rows = await t.database.pool.query(
      `select count(*)::int as n from checkins c join users u on u.person_id = c.person_id where u.display_name = $1`,
      [FLAGGED_PATIENT_NAME],
    );
    expect(rows.rows[0].n).toBe(11);
  });
});
