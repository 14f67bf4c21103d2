import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { guest, newKey, seedTwoClinics } from '../clinics/test-fixtures.js';
import { vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const desk = VIGNETTES.find((v) => v.id === 'desk-worker-supine')!;
const addDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
type Slot = { practitionerId: string; serviceId: string; start: string };

/** Issue 12, items 6, 9 and 11: consent through bookings, erasure traces, idempotency keys. */
describe.each(testServers())('booking trust on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let clinicId: string;
  let serviceId: string;
  let slots: Slot[];
  let next = 0;
  const slot = () => {
    next += 3;
    return slots[next]!;
  };
  let admin: TestBrowser;

  beforeAll(async () => {
    t = await createTestApp(server);
    await seedTwoClinics(t.database.db);
    const clinic = (await t.app.inject({ url: `/api/clinics/${vancouverDemoClinic.slug}` })).json();
    clinicId = clinic.id;
    serviceId = clinic.services[0].id;
    const q = new URLSearchParams({ serviceId, from: addDays(2), to: addDays(30) });
    slots = (await t.app.inject({ url: `/api/clinics/${clinicId}/availability?${q}` })).json().slots;
    admin = new TestBrowser(t.app);
    expect((await admin.signIn('admin@falsecreek.example', 'psoas-demo-admin')).statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  const bookAs = (who: TestBrowser, extra: Record<string, unknown> = {}, s = slot()) =>
    who.post(`/api/clinics/${clinicId}/bookings`, {
      serviceId,
      practitionerId: s.practitionerId,
      start: s.start,
      idempotencyKey: newKey(),
      patient: guest(3),
      ...extra,
    });
  const staffRead = (bookingId: string) =>
    admin.get(`/api/staff/clinics/${clinicId}/bookings/${bookingId}/assessment`);

  it('turns sharing through a booking into a consent the patient sees and can withdraw; withdrawing ends the staff read', async () => {
    const patient = new TestBrowser(t.app);
    const assessmentId = (
      await patient.post('/api/assessments', { language: 'en', answers: desk.answers })
    ).json().id;
    expect((await patient.get('/api/consents')).json()).toEqual([]);
    const made = await bookAs(patient, { assessmentId, shareAssessment: true });
    expect(made.statusCode).toBe(201);
    const consents = (await patient.get('/api/consents')).json();
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ clinicId, scopes: ['assessment'], withdrawnAt: null });
    expect((await staffRead(made.json().booking.id)).statusCode).toBe(200);
    await patient.delete(`/api/consents/${consents[0].id}`);
    expect((await staffRead(made.json().booking.id)).statusCode).toBe(404);
  });

  it('ends the share when the patient cancels the booking', async () => {
    const patient = new TestBrowser(t.app);
    const assessmentId = (
      await patient.post('/api/assessments', { language: 'en', answers: desk.answers })
    ).json().id;
    const made = (await bookAs(patient, { assessmentId, shareAssessment: true })).json();
    expect((await staffRead(made.booking.id)).statusCode).toBe(200);
    expect((await patient.post(`/api/bookings/${made.booking.id}/cancel`, {})).statusCode).toBe(200);
    expect((await staffRead(made.booking.id)).statusCode).toBe(404);
  });

  it('refuses the staff read when the consent is gone even if the booking still says shared', async () => {
    const patient = new TestBrowser(t.app);
    const assessmentId = (
      await patient.post('/api/assessments', { language: 'en', answers: desk.answers })
    ).json().id;
    const made = (await bookAs(patient, { assessmentId, shareAssessment: true })).json();
    await t.database.pool.query('update consents set withdrawn_at = now() where withdrawn_at is null');
    expect((await staffRead(made.booking.id)).statusCode).toBe(404);
  });

  it('hands a booking back for its idempotency key only to the caller who made it', async () => {
    const owner = new TestBrowser(t.app);
    await owner.post('/api/me');
    const s = slot();
    const key = newKey();
    const first = await bookAs(owner, { idempotencyKey: key }, s);
    expect(first.statusCode).toBe(201);
    const retry = await bookAs(owner, { idempotencyKey: key }, s);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().cancelToken).toBe(first.json().cancelToken);

    const stranger = new TestBrowser(t.app);
    await stranger.post('/api/me');
    const stolen = await bookAs(stranger, { idempotencyKey: key }, s);
    expect(stolen.statusCode).toBe(409);
    expect(stolen.json().code).toBe('idempotency_key_reused');
    expect(stolen.body).not.toContain(first.json().booking.id);
    expect(stolen.body).not.toContain(first.json().cancelToken);
    // Without any identity, the key alone is not enough either: the patient's details must match.
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/clinics/${clinicId}/bookings`,
      payload: {
        serviceId,
        practitionerId: s.practitionerId,
        start: s.start,
        idempotencyKey: key,
        patient: guest(9),
      },
    });
    expect(anonymous.statusCode).toBe(409);
    expect(anonymous.body).not.toContain(first.json().cancelToken);
  });

  it('erases the phone bookings the clinic made under the person’s address, and the address’s throttle rows', async () => {
    const email = 'phoned-in@example.org';
    const person = new TestBrowser(t.app);
    await person.signUp(email, 'erase me password 1');
    await new TestBrowser(t.app).signIn(email, 'wrong password here');
    const s = slot();
    const phoned = await admin.post(`/api/staff/clinics/${clinicId}/bookings`, {
      serviceId,
      practitionerId: s.practitionerId,
      start: s.start,
      idempotencyKey: newKey(),
      patient: { name: 'Phoebe Phoned', email, phone: '+1 604 555 0177' },
    });
    expect(phoned.statusCode).toBe(201);
    const before = await t.database.pool.query(
      `select count(*)::int as n from login_throttle where key like 'account:%'`,
    );
    expect(before.rows[0].n).toBeGreaterThan(0);
    expect((await person.delete('/api/account', { password: 'erase me password 1' })).statusCode).toBe(204);
    const { rows } = await t.database.pool.query('select * from bookings where id = $1', [phoned.json().id]);
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(JSON.stringify(rows)).not.toContain('Phoebe');
    expect(JSON.stringify(rows)).not.toContain('555 0177');
    const mail = await t.database.pool.query(
      `select count(*)::int as n from outbox where payload::text like $1`,
      [`%${email}%`],
    );
    expect(mail.rows[0].n).toBe(0);
    const after = await t.database.pool.query(
      `select count(*)::int as n from login_throttle where key like 'account:%'`,
    );
    expect(after.rows[0].n).toBe(0);
  });
});
