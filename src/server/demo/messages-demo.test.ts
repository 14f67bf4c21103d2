import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadListSchema, threadSchema } from '../../contract/messages.js';
import { patientListSchema } from '../../contract/patients.js';
import { TestBrowser } from '../auth/test-browser.js';
import { createTestApp, testServers } from '../testing/test-db.js';
import { DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD } from './accounts-demo.js';
import { DEMO_STAFF_PASSWORD } from './clinic-demo.js';
import { loadDemoData } from './index.js';
import { DEMO_MESSAGES } from './messages-demo.js';

describe.each(testServers())('demo messages on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('gives the demo patient a read answer and the clinic one unread message, once', async () => {
    await loadDemoData(t.database.db);
    await loadDemoData(t.database.db);
    expect((await t.database.pool.query('select count(*)::int as n from messages')).rows[0].n).toBe(3);
    const patient = new TestBrowser(t.app);
    expect((await patient.signIn(DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD)).statusCode).toBe(200);
    const [summary] = threadListSchema.parse((await patient.get('/api/messages')).json());
    expect(summary).toMatchObject({ open: true, unread: 0 });
    const sofia = new TestBrowser(t.app);
    expect((await sofia.signIn('sofia.herrera@falsecreek.example', DEMO_STAFF_PASSWORD)).statusCode).toBe(
      200,
    );
    const list = patientListSchema.parse(
      (await sofia.get(`/api/staff/clinics/${summary!.clinicId}/patients`)).json(),
    );
    expect(list.patients.map((p) => p.unreadMessages)).toContain(1);
    const thread = threadSchema.parse((await patient.get(`/api/messages/${summary!.clinicId}`)).json());
    expect(thread.messages.map((m) => [m.from, m.author, m.text])).toEqual([
      ['patient', null, DEMO_MESSAGES.question],
      ['clinic', 'Sofia Herrera', DEMO_MESSAGES.answer],
      ['patient', null, DEMO_MESSAGES.followUp],
    ]);
  });
});
