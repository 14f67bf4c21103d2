import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../app.js';
import { TestBrowser } from '../auth/test-browser.js';
import { seedTwoClinics } from '../clinics/test-fixtures.js';
import { loadConfig } from '../config.js';
import { vancouverDemoClinic } from '../demo/clinic-demo.js';
import { verificationTokenFor } from '../testing/accounts.js';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';

const addDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 12, items 1 and 3: a run that sends health data, contact details, passwords and secret
 * tokens, some of them in requests the database refuses, leaves none of them in the log, at
 * `debug` (which includes everything `info` writes).
 */
describe.each(testServers())('what the log holds on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let app: App;
  const lines: string[] = [];
  const sent: string[] = [];
  const secret = <T extends string>(value: T): T => {
    sent.push(value);
    return value;
  };
  const log = () => lines.join('');
  /** Makes every insert into the table fail in PostgreSQL, as a full disk or a bug would. */
  const breakTable = (table: string) =>
    database.pool.query(`alter table ${table} add constraint log_test_refuse check (false) not valid`);
  const repairTable = (table: string) =>
    database.pool.query(`alter table ${table} drop constraint log_test_refuse`);

  beforeAll(async () => {
    database = await createTestDatabase(server);
    const config = loadConfig({
      LOG_LEVEL: 'debug',
      PSOAS_WEB_DIR: '/nonexistent',
      DATABASE_URL: database.url,
    });
    app = await buildApp({ ...config, logStream: { write: (line) => void lines.push(line) } }, database);
    await app.ready();
    await seedTwoClinics(database.db);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('logs a failed sign-up’s SQL state and route, never its email, name or password hash', async () => {
    const b = new TestBrowser(app);
    const email = secret('logged-person@example.org');
    await b.post('/api/account/signup', {
      email,
      password: secret('log secret password'),
      displayName: secret('Nadia Nulova'),
    });
    const { rows } = await database.pool.query('select password_hash from email_verifications');
    secret(rows[0].password_hash as string);
    const token = secret((await verificationTokenFor(app, email))!);
    await breakTable('users');
    try {
      expect((await b.post('/api/account/verify', { token })).statusCode).toBe(500);
    } finally {
      await repairTable('users');
    }
    expect(log()).toContain('"sqlState":"23514"');
    expect(log()).toContain('"route":"/api/account/verify"');
  });

  it('logs a failed check-in without its note or scores', async () => {
    const b = new TestBrowser(app);
    await breakTable('checkins');
    try {
      const res = await b.put(`/api/checkins/${addDays(-1)}`, {
        painNow: 7,
        minutesWalked: 43,
        sittingHours: 6,
        sittingBreaks: 2,
        waterGlasses: 5,
        stress: 3,
        classAttended: false,
        note: secret('flare-up after my divorce hearing'),
      });
      expect(res.statusCode).toBe(500);
    } finally {
      await repairTable('checkins');
    }
  });

  it('logs a NUL-laden sign-up and booking without the values they carried', async () => {
    const b = new TestBrowser(app);
    await b.post('/api/account/signup', {
      email: secret('nul-person@example.org'),
      password: 'nul password 123',
      displayName: secret('Null\u0000Person'),
    });
    const clinic = (await app.inject({ url: `/api/clinics/${vancouverDemoClinic.slug}` })).json();
    const serviceId = clinic.services[0].id as string;
    const q = new URLSearchParams({ serviceId, from: addDays(1), to: addDays(20) });
    const [slot] = (await app.inject({ url: `/api/clinics/${clinic.id}/availability?${q}` })).json().slots;
    await b.post(`/api/clinics/${clinic.id}/bookings`, {
      serviceId,
      practitionerId: slot.practitionerId,
      start: slot.start,
      idempotencyKey: secret('log-test-key-0123456789'),
      patient: {
        name: secret('Booker\u0000Name'),
        email: secret('booker@example.org'),
        phone: secret('+1 604 555 0199'),
      },
    });
  });

  it('logs request URLs without the booking cancel token or the calendar feed secret', async () => {
    const clinic = (await app.inject({ url: `/api/clinics/${vancouverDemoClinic.slug}` })).json();
    const serviceId = clinic.services[0].id as string;
    const q = new URLSearchParams({ serviceId, from: addDays(1), to: addDays(20) });
    const slot = (await app.inject({ url: `/api/clinics/${clinic.id}/availability?${q}` })).json().slots[2];
    const booked = await app.inject({
      method: 'POST',
      url: `/api/clinics/${clinic.id}/bookings`,
      payload: {
        serviceId,
        practitionerId: slot.practitionerId,
        start: slot.start,
        idempotencyKey: secret('log-test-key-booking-2'),
        patient: {
          name: secret('Tomasz Token'),
          email: secret('tomasz@example.org'),
          phone: '+1 604 555 0142',
        },
      },
    });
    expect(booked.statusCode).toBe(201);
    const { booking, cancelToken } = booked.json();
    secret(cancelToken);
    const read = await app.inject({
      url: `/api/bookings/${booking.id}?token=${encodeURIComponent(cancelToken)}`,
    });
    expect(read.statusCode).toBe(200);
    await app.inject({ url: `/api/calendar/${secret('feedsecretabcdefghijklmnopqrstuvwxyz012345')}.ics` });
    expect(log()).toContain(`/api/bookings/${booking.id}?[redacted]`);
    // A practitioner flag's id names what happened to the patient.
    const flagged = `/api/staff/clinics/${clinic.id}/patients/${booking.id}/flags/`;
    await app.inject({
      method: 'POST',
      url: `${flagged}${secret('pain-up.2026-12-03')}/handled`,
      payload: {},
    });
    expect(log()).toContain(`${flagged}[flag]/handled`);
  });

  it('holds none of the values sent, anywhere in the run', () => {
    expect(lines.length).toBeGreaterThan(20);
    const found = sent.filter((v) => log().includes(v) || log().includes(JSON.stringify(v).slice(1, -1)));
    expect(found).toEqual([]);
  });
});
