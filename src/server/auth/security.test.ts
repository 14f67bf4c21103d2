import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createUser } from '../db/repos/users.js';
import { verificationTokenFor } from '../testing/accounts.js';
import { createTestApp, createTestDatabase, testServers } from '../testing/test-db.js';
import { TestBrowser } from './test-browser.js';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(testServers())('request forgery and headers on $name PostgreSQL', (server) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('refuses a signed-in write without the CSRF token, and accepts it with the token', async () => {
    const b = new TestBrowser(t.app);
    await b.signUp('csrf@example.org');
    const without = await b.post('/api/me', { language: 'es' }, { csrf: false });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_refused');
    const forged = await b.post('/api/me', {}, { csrf: false, headers: { 'x-csrf-token': 'guess' } });
    expect(forged.statusCode).toBe(403);
    const withToken = await b.put('/api/me/language', { language: 'es' });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.json()).toMatchObject({ kind: 'user', language: 'es' });
  });

  it('binds the token to the session: another session’s token does not work', async () => {
    const a = new TestBrowser(t.app);
    await a.signUp('csrf-a@example.org');
    const other = new TestBrowser(t.app);
    await other.signUp('csrf-b@example.org');
    const res = await a.post(
      '/api/account/signout',
      {},
      { csrf: false, headers: { 'x-csrf-token': other.cookies.get('psoas_csrf')! } },
    );
    expect(res.statusCode).toBe(403);
  });

  it('refuses writes that a browser marks as coming from another site, even for guests', async () => {
    const g = new TestBrowser(t.app);
    await g.post('/api/me');
    expect((await g.post('/api/me', {}, { headers: { origin: 'https://evil.example' } })).statusCode).toBe(
      403,
    );
    expect((await g.post('/api/me', {}, { headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(
      403,
    );
    expect((await g.post('/api/me', {}, { headers: { origin: 'null' } })).statusCode).toBe(403);
    // The page's own origin and plain server-side clients pass.
    expect(
      (
        await g.post(
          '/api/me',
          {},
          { headers: { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' } },
        )
      ).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/me', payload: {} })).statusCode).toBe(200);
  });

  it('sends the security headers: strict CSP for scripts, no framing, nosniff, no HSTS without TLS', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/account' });
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe.each(testServers())('behind TLS on $name PostgreSQL', (server) => {
  it('adds HSTS and marks the session and CSRF cookies Secure', async () => {
    const database = await createTestDatabase(server);
    const app = await buildApp(
      loadConfig({
        LOG_LEVEL: 'silent',
        PSOAS_WEB_DIR: '/nonexistent',
        DATABASE_URL: database.url,
        PSOAS_BEHIND_TLS: 'true',
      }),
      database,
    );
    try {
      await app.inject({
        method: 'POST',
        url: '/api/account/signup',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'tls@example.org', password: 'tls password 12', displayName: 'T' },
      });
      const res = await app.inject({
        method: 'POST',
        url: '/api/account/verify',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { token: await verificationTokenFor(app, 'tls@example.org') },
      });
      expect(res.statusCode).toBe(201);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      for (const name of ['psoas_session', 'psoas_csrf', 'psoas_device']) {
        expect(res.cookies.find((c) => c.name === name)?.secure).toBe(true);
      }
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

describe.each(testServers())('authorisation matrix on $name PostgreSQL', (server) => {
  let t: T;
  type Actor = 'anonymous' | 'patientA' | 'patientB' | 'staff';
  const actors = {} as Record<Actor, TestBrowser>;
  let consentOfA: string;
  beforeAll(async () => {
    t = await createTestApp(server);
    actors.anonymous = new TestBrowser(t.app);
    actors.patientA = new TestBrowser(t.app);
    actors.patientB = new TestBrowser(t.app);
    actors.staff = new TestBrowser(t.app);
    await actors.patientA.signUp('matrix-a@example.org');
    await actors.patientB.signUp('matrix-b@example.org');
    await createUser(t.database.db, {
      email: 'matrix-staff@example.org',
      password: 'staff password 1',
      role: 'clinic_admin',
      displayName: 'S',
    });
    await actors.staff.signIn('matrix-staff@example.org', 'staff password 1');
    const { rows } = await t.database.pool.query(
      `insert into clinics (slug, name, address, phone, email, time_zone, opening_hours)
       values ('m', 'M', 'a', 'p', 'm@clinic.example', 'Europe/Madrid', '{}') returning id`,
    );
    consentOfA = (
      await actors.patientA.post('/api/consents', { clinicId: rows[0].id, scopes: ['assessment'] })
    ).json().id;
  });
  afterAll(async () => t?.close());

  const cases: {
    route: string;
    call: (b: TestBrowser) => ReturnType<TestBrowser['get']>;
    expect: Record<Actor, number>;
  }[] = [
    {
      route: 'GET /api/account/export',
      call: (b) => b.get('/api/account/export'),
      expect: { anonymous: 401, patientA: 200, patientB: 200, staff: 200 },
    },
    {
      route: 'GET /api/account/export/fhir',
      call: (b) => b.get('/api/account/export/fhir'),
      expect: { anonymous: 401, patientA: 200, patientB: 200, staff: 404 },
    },
    {
      route: 'GET /api/consents',
      call: (b) => b.get('/api/consents'),
      expect: { anonymous: 401, patientA: 200, patientB: 200, staff: 401 },
    },
    {
      route: 'PUT /api/account/password',
      call: (b) =>
        b.put('/api/account/password', { currentPassword: 'x', newPassword: 'long enough new one' }),
      expect: { anonymous: 401, patientA: 403, patientB: 403, staff: 403 },
    },
    {
      route: 'DELETE /api/account (no password)',
      call: (b) => b.delete('/api/account', {}),
      expect: { anonymous: 401, patientA: 403, patientB: 403, staff: 403 },
    },
  ];

  for (const c of cases) {
    for (const actor of ['anonymous', 'patientA', 'patientB', 'staff'] as const) {
      it(`${c.route} as ${actor} → ${c.expect[actor]}`, async () => {
        expect((await c.call(actors[actor]!)).statusCode).toBe(c.expect[actor]);
      });
    }
  }

  it('never shows one patient’s data to another or to staff without consent', async () => {
    const a = (await actors.patientA.get('/api/account/export')).json();
    expect(a.consents).toHaveLength(1);
    for (const other of ['patientB', 'staff'] as const) {
      const body = (await actors[other]!.get('/api/account/export')).body;
      expect(body).not.toContain('matrix-a@example.org');
      expect(body).not.toContain(consentOfA);
      expect(body).not.toContain(a.person.id);
    }
  });

  it('answers another person’s consent exactly like a missing one (404, same body)', async () => {
    const theirs = await actors.patientB.delete(`/api/consents/${consentOfA}`);
    const missing = await actors.patientB.delete(`/api/consents/${crypto.randomUUID()}`);
    expect(theirs.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(theirs.body).toBe(missing.body);
    expect((await actors.anonymous.delete(`/api/consents/${consentOfA}`)).statusCode).toBe(401);
    expect((await actors.staff.delete(`/api/consents/${consentOfA}`)).statusCode).toBe(401);
    // Still in force: nobody but A touched it.
    expect((await actors.patientA.get('/api/consents')).json()[0].active).toBe(true);
    expect((await actors.patientA.delete(`/api/consents/${consentOfA}`)).statusCode).toBe(200);
  });
});
