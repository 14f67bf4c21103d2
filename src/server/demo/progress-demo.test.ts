import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../auth/test-browser.js';
import { createTestApp, testServers } from '../testing/test-db.js';
import { accountsDemo, DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD } from './accounts-demo.js';
import { progressDemo } from './progress-demo.js';

describe.each(testServers())('demo check-ins on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('gives the demo patient three weeks of check-ins, once, with pain easing', async () => {
    await accountsDemo.load(t.database.db);
    await progressDemo.load(t.database.db);
    await progressDemo.load(t.database.db);
    const b = new TestBrowser(t.app);
    expect((await b.signIn(DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD)).statusCode).toBe(200);
    const { checkins } = (await b.get('/api/progress')).json() as { checkins: { painNow: number }[] };
    expect(checkins).toHaveLength(21);
    const mean = (xs: { painNow: number }[]) => xs.reduce((a, c) => a + c.painNow, 0) / xs.length;
    expect(mean(checkins.slice(0, 7)) - mean(checkins.slice(14))).toBeGreaterThanOrEqual(2);
  });
});
