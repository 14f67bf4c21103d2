import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilitySchema } from '../../contract/clinics.js';
import type { SetupBody } from '../../contract/onboarding.js';
import { TestBrowser } from '../auth/test-browser.js';
import { guest, newKey } from '../clinics/test-fixtures.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const weekdays = Object.fromEntries(
  ['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '09:00', end: '17:00' }]]),
);
const firstRun = (adminEmail = 'owner@anil.example'): SetupBody => ({
  clinic: {
    name: 'Clínica Añil',
    address: 'Calle Mayor 1, Madrid',
    phone: '+34 910 000 000',
    email: 'hola@anil.example',
    timeZone: 'Europe/Madrid',
    currency: 'EUR',
    languages: ['es', 'en'],
    openingHours: weekdays,
  },
  admin: { displayName: 'Marta Gil', email: adminEmail, password: 'a long first password' },
  services: [
    {
      name: 'Fisioterapia',
      durationMinutes: 45,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      priceMinor: 4500,
    },
  ],
  practitioners: [
    { displayName: 'Ana Ruiz', profession: 'Fisioterapeuta', workingHours: weekdays, services: [0] },
  ],
});

/** The token of the newest invite mailed to the address (read from the outbox). */
async function inviteTokenFor(t: Awaited<ReturnType<typeof createTestApp>>, email: string) {
  const { rows } = await t.database.pool.query<{ text: string }>(
    `select payload->>'text' as text from outbox where kind = 'staff_invite' and payload->>'to' = $1 order by id desc limit 1`,
    [email],
  );
  return rows[0] ? /#token=([\w-]+)/.exec(rows[0].text)?.[1] : undefined;
}

describe.each(testServers())('first run and staff invites on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: TestBrowser;
  let clinicId: string;

  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('refuses a first run it cannot use, next to the field, and changes nothing', async () => {
    const body = firstRun();
    body.practitioners[0]!.workingHours = { '6': [{ start: '10:00', end: '12:00' }] };
    const res = await new TestBrowser(t.app).post('/api/setup', body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_setup', field: 'body.practitioners.0.workingHours' });
    expect((await t.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: true });
  });

  it('lets exactly one of two simultaneous first runs create the clinic', async () => {
    const [one, two] = await Promise.all([
      new TestBrowser(t.app).post('/api/setup', firstRun('one@anil.example')),
      new TestBrowser(t.app).post('/api/setup', firstRun('two@anil.example')),
    ]);
    const statuses = [one.statusCode, two.statusCode].sort();
    expect(statuses, `${one.body} ${two.body}`).toEqual([201, 409]);
    const loser = one.statusCode === 409 ? one : two;
    expect(loser.json().code).toBe('already_set_up');
    const { rows } = await t.database.pool.query(
      `select (select count(*)::int from clinics) as clinics, (select count(*)::int from users where role = 'clinic_admin') as admins`,
    );
    expect(rows[0]).toEqual({ clinics: 1, admins: 1 });
    expect((await t.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: false });
  });

  it('then answers every further first run with 409, whoever asks', async () => {
    const res = await new TestBrowser(t.app).post('/api/setup', firstRun('three@anil.example'));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('already_set_up');
  });

  it('signs the first admin in, and the new clinic is bookable by a guest', async () => {
    const { rows } = await t.database.pool.query(`select email from users where role = 'clinic_admin'`);
    admin = new TestBrowser(t.app);
    expect((await admin.signIn(rows[0].email, 'a long first password')).statusCode).toBe(200);
    const clinics = (await admin.get('/api/staff/clinics')).json();
    expect(clinics).toMatchObject([{ clinicName: 'Clínica Añil', role: 'clinic_admin' }]);
    clinicId = clinics[0].clinicId;
    const view = (await t.app.inject({ url: `/api/clinics/${clinicId}` })).json();
    expect(view.services[0]).toMatchObject({ durationMinutes: 45, bufferAfterMinutes: 15 });
    const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10);
    const q = new URLSearchParams({ serviceId: view.services[0].id, from, to });
    const slots = availabilitySchema.parse(
      (await t.app.inject({ url: `/api/clinics/${clinicId}/availability?${q}` })).json(),
    ).slots;
    expect(slots.length).toBeGreaterThan(0);
  });

  it('invites by email through the outbox; the link works once and sets the password', async () => {
    const sent = await admin.post(`/api/staff/clinics/${clinicId}/invites`, {
      email: 'Desk@Anil.example',
      role: 'reception',
      language: 'es',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.body).not.toContain('token');
    const token = await inviteTokenFor(t, 'desk@anil.example');
    expect(token).toBeTruthy();
    const { rows } = await t.database.pool.query(`select token_hash from staff_invites`);
    expect(rows[0].token_hash).not.toBe(token);

    const desk = new TestBrowser(t.app);
    const preview = await desk.post('/api/staff-invites/preview', { token });
    expect(preview.json()).toEqual({
      clinicName: 'Clínica Añil',
      email: 'desk@anil.example',
      role: 'reception',
    });
    const short = await desk.post('/api/staff-invites/accept', {
      token,
      displayName: 'Luis',
      password: 'short',
    });
    expect(short.statusCode).toBe(400);
    const accepted = await desk.post('/api/staff-invites/accept', {
      token,
      displayName: 'Luis Pardo',
      password: 'reception desk password',
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().user).toMatchObject({ email: 'desk@anil.example', role: 'reception' });
    expect((await desk.get('/api/staff/clinics')).json()).toMatchObject([{ clinicId, role: 'reception' }]);

    const again = await new TestBrowser(t.app).post('/api/staff-invites/accept', {
      token,
      displayName: 'Someone else',
      password: 'another long password',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('invite_link_invalid');
    const fresh = new TestBrowser(t.app);
    expect((await fresh.signIn('desk@anil.example', 'reception desk password')).statusCode).toBe(200);
  });

  it('refuses an expired invite link, and an invite to an address that has an account', async () => {
    await admin.post(`/api/staff/clinics/${clinicId}/invites`, {
      email: 'late@anil.example',
      role: 'practitioner',
    });
    const token = await inviteTokenFor(t, 'late@anil.example');
    await t.database.pool.query(
      `update staff_invites set expires_at = now() - interval '1 second' where email = 'late@anil.example'`,
    );
    const b = new TestBrowser(t.app);
    expect((await b.post('/api/staff-invites/preview', { token })).json().code).toBe('invite_link_invalid');
    const res = await b.post('/api/staff-invites/accept', {
      token,
      displayName: 'Late',
      password: 'long enough password',
    });
    expect(res.json().code).toBe('invite_link_invalid');
    const taken = await admin.post(`/api/staff/clinics/${clinicId}/invites`, {
      email: 'desk@anil.example',
      role: 'practitioner',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('account_exists');
  });

  it('links a practitioner invite to the calendar it names, and refuses another clinic’s', async () => {
    const view = (await t.app.inject({ url: `/api/clinics/${clinicId}` })).json();
    const practitionerId = view.practitioners[0].id;
    const res = await admin.post(`/api/staff/clinics/${clinicId}/invites`, {
      email: 'ana@anil.example',
      role: 'practitioner',
      practitionerId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const token = await inviteTokenFor(t, 'ana@anil.example');
    const ana = new TestBrowser(t.app);
    await ana.post('/api/staff-invites/accept', {
      token,
      displayName: 'Ana Ruiz',
      password: 'ana long password',
    });
    expect((await ana.get('/api/staff/clinics')).json()).toMatchObject([
      { role: 'practitioner', practitionerId },
    ]);
    const wrong = await admin.post(`/api/staff/clinics/${clinicId}/invites`, {
      email: 'x@anil.example',
      role: 'practitioner',
      practitionerId: crypto.randomUUID(),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('invalid_invite');
  });

  it('lets reception book, move and cancel for callers, but never see a shared assessment', async () => {
    const desk = new TestBrowser(t.app);
    await desk.signIn('desk@anil.example', 'reception desk password');
    const view = (await t.app.inject({ url: `/api/clinics/${clinicId}` })).json();
    const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10);
    const q = new URLSearchParams({ serviceId: view.services[0].id, from, to });
    const slots = availabilitySchema.parse(
      (await t.app.inject({ url: `/api/clinics/${clinicId}/availability?${q}` })).json(),
    ).slots;
    const booked = await desk.post(`/api/staff/clinics/${clinicId}/bookings`, {
      serviceId: slots[0]!.serviceId,
      practitionerId: slots[0]!.practitionerId,
      start: slots[0]!.start,
      idempotencyKey: newKey(),
      patient: guest(1),
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const id = booked.json().id;
    const moved = await desk.post(`/api/staff/clinics/${clinicId}/bookings/${id}/move`, {
      start: slots[5]!.start,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await desk.get(`/api/staff/clinics/${clinicId}/bookings?from=${from}&to=${to}`)).statusCode).toBe(
      200,
    );
    const assessment = await desk.get(`/api/staff/clinics/${clinicId}/bookings/${id}/assessment`);
    expect(assessment.statusCode).toBe(404);
    const cancelled = await desk.post(`/api/staff/clinics/${clinicId}/bookings/${id}/cancel`, {});
    expect(cancelled.statusCode).toBe(200);
    const hours = await desk.put(`/api/staff/clinics/${clinicId}/hours`, { openingHours: weekdays });
    expect(hours.statusCode).toBe(403);
    const invite = await desk.post(`/api/staff/clinics/${clinicId}/invites`, {
      email: 'y@anil.example',
      role: 'reception',
    });
    expect(invite.statusCode).toBe(403);
  });
});
