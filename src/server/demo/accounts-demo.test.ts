import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../auth/test-browser.js';
import { createTestApp, testServers } from '../testing/test-db.js';
import { accountsDemo, DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD } from './accounts-demo.js';

describe.each(testServers())('demo patient on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('loads idempotently and signs in with the documented password', async () => {
    await accountsDemo.load(t.database.db);
    await accountsDemo.load(t.database.db);
    const { rows } = await t.database.pool.query('select count(*)::int as n from users where email = $1', [
      DEMO_PATIENT_EMAIL,
    ]);
    expect(rows[0].n).toBe(1);
    const b = new TestBrowser(t.app);
    const res = await b.signIn(DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'user', user: { role: 'patient', displayName: 'Dana Demo' } });
    expect(res.json().personId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
