import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientReviewSchema } from '../../contract/programme-review.js';
import { TestBrowser } from '../auth/test-browser.js';
import { createTestApp, testServers } from '../testing/test-db.js';
import { DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD } from './accounts-demo.js';
import { loadDemoData } from './index.js';
import { DEMO_PLAN_NOTE } from './review-demo.js';

describe.each(testServers())('demo review on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('gives the demo patient a programme reviewed by the demo physiotherapist, once', async () => {
    await loadDemoData(t.database.db);
    await loadDemoData(t.database.db);
    const rows = await t.database.pool.query('select count(*)::int as n from programme_reviews');
    expect(rows.rows[0].n).toBe(1);
    const b = new TestBrowser(t.app);
    expect((await b.signIn(DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD)).statusCode).toBe(200);
    const programme = (await b.get('/api/programmes/current')).json();
    const { review } = patientReviewSchema.parse(
      (await b.get(`/api/programmes/${programme.id}/review`)).json(),
    );
    expect(review).toMatchObject({ reviewerName: 'Sofia Herrera', planNote: DEMO_PLAN_NOTE });
    expect(review?.exerciseNotes).toHaveLength(1);
  });
});
