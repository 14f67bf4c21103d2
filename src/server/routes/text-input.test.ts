import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkinSchema } from '../../contract/checkins.js';
import { problemSchema } from '../../contract/common.js';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { guest, newKey, seedTwoClinics } from '../clinics/test-fixtures.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const day = {
  painNow: 5,
  minutesWalked: 20,
  sittingHours: 7.5,
  sittingBreaks: 3,
  waterGlasses: 6,
  stress: 4,
  classAttended: false,
  note: '',
};

const refusal = problemSchema.extend({ field: z.string() });

/** The problem a refused request answers with: 400 validation_failed naming the field. */
function refused(res: { statusCode: number; json: () => unknown }) {
  expect(res.statusCode).toBe(400);
  return refusal.parse(res.json());
}

// Text typed by a person reaches PostgreSQL only as text: a NUL (which PostgreSQL refuses with a
// 500) or a line break in a name is answered with 400 naming the field.
describe.each(testServers())('text and date input on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let clinicId: string;
  let serviceId: string;
  beforeAll(async () => {
    t = await createTestApp(server);
    clinicId = (await seedTwoClinics(t.database.db)).x;
    serviceId = (await t.app.inject({ url: `/api/clinics/${clinicId}` })).json().services[0].id;
  });
  afterAll(async () => t?.close());

  const booking = (patient: Record<string, string>, start = '2030-03-04T10:00:00-08:00') =>
    t.app.inject({
      method: 'POST',
      url: `/api/clinics/${clinicId}/bookings`,
      payload: { serviceId, start, idempotencyKey: newKey(), patient },
    });

  it('refuses a NUL in a check-in note, naming the note, and keeps a note over several lines', async () => {
    const me = new TestBrowser(t.app);
    const bad = refused(await me.put('/api/checkins/2026-11-02', { ...day, note: 'sore\u0000back' }));
    expect(bad).toMatchObject({ code: 'validation_failed', field: 'body.note' });
    expect((await me.get('/api/checkins/2026-11-02')).statusCode).not.toBe(200);

    const good = await me.put('/api/checkins/2026-11-02', { ...day, note: ' walked\n\tthen sat ' });
    expect(good.statusCode).toBe(201);
    expect(checkinSchema.parse(good.json()).note).toBe('walked\n\tthen sat');
  });

  it('refuses a NUL or a line break in a booking name, and control characters in email or phone', async () => {
    expect(refused(await booking({ ...guest(), name: 'Ana\u0000' })).field).toBe('body.patient.name');
    expect(refused(await booking({ ...guest(), name: 'Ana\nBcc: x' })).field).toBe('body.patient.name');
    expect(refused(await booking({ ...guest(), email: 'a\u0000@example.com' })).field).toBe(
      'body.patient.email',
    );
    expect(refused(await booking({ ...guest(), phone: '+1 604 555\u0007 0100' })).field).toBe(
      'body.patient.phone',
    );
  });

  it('refuses a NUL in the PSFS activity of an assessment and in a sign-up display name', async () => {
    const withActivities = VIGNETTES.find((v) => Array.isArray(v.answers.activities))!;
    const me = new TestBrowser(t.app);
    const answers = { ...withActivities.answers, activities: [{ activity: 'stairs\u0000', score: 4 }] };
    expect(refused(await me.post('/api/assessments', { language: 'en', answers })).field).toBe(
      'body.answers.activities.0.activity',
    );
    const signup = await me.post('/api/account/signup', {
      email: 'nul@example.com',
      password: 'a long enough password',
      displayName: 'Ana\u0000',
    });
    expect(refused(signup).field).toBe('body.displayName');
  });

  it('refuses dates and instants that do not exist, naming the field', async () => {
    const q = (from: string, to: string) =>
      `/api/clinics/${clinicId}/availability?serviceId=${serviceId}&from=${from}&to=${to}`;
    expect(refused(await t.app.inject({ url: q('2026-02-30', '2026-03-02') })).field).toBe(
      'querystring.from',
    );
    expect(refused(await t.app.inject({ url: q('2026-03-01', '1850-03-02') })).field).toBe('querystring.to');
    expect(refused(await booking(guest(), '2030-03-04T25:00:00Z')).field).toBe('body.start');
    expect(refused(await booking(guest(), '2030-03-04T10:00:00-99:99')).field).toBe('body.start');
    const me = new TestBrowser(t.app);
    expect(refused(await me.put('/api/checkins/2026-02-30', day)).field).toBe('params.date');
  });
});
