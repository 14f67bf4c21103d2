import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderSettingsAnswer } from '../../contract/reminders.js';
import { TestBrowser } from '../auth/test-browser.js';
import { listeningApp } from '../clinics/test-fixtures.js';
import { redactUrl } from '../http/log-serializers.js';
import { startTestSmtp, type TestSmtp } from '../notifications/test-smtp.js';
import { signUpVerified } from '../testing/accounts.js';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';

const MINUTE = 60_000;
const every = (fromIso: string, toIso: string, minutes: number) => {
  const out: Date[] = [];
  for (let t = Date.parse(fromIso); t < Date.parse(toIso); t += minutes * MINUTE) out.push(new Date(t));
  return out;
};

describe.each(testServers())('email reminders on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  let app: Awaited<ReturnType<typeof listeningApp>>;

  beforeAll(async () => {
    database = await createTestDatabase(server);
    smtp = await startTestSmtp();
    // The timers stay off (worker: false): the test drives both workers at chosen instants.
    app = await listeningApp(database, { smtpUrl: smtp.url, worker: false, pollMs: 50 });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await database?.drop();
  });

  async function patient(email: string, language: 'en' | 'es' = 'en') {
    const browser = new TestBrowser(app.app);
    expect((await signUpVerified(browser, { email, language })).statusCode).toBe(201);
    return browser;
  }
  const remindersTo = (email: string) =>
    smtp.messages.filter(
      (m) => m.to.includes(email) && /X-Psoas-Outbox-Id/i.test(m.raw) && /List-Unsubscribe/.test(m.raw),
    );
  const keysOf = async (personEmail: string) =>
    (
      await database.pool.query<{ key: string }>(
        `select k.key from reminder_sends k join users u on u.person_id = k.person_id where u.email = $1`,
        [personEmail],
      )
    ).rows.map((r) => r.key);
  /** One worker pass at `now`; returns the keys it enqueued for the person. */
  async function passAt(now: Date, personEmail: string): Promise<string[]> {
    const before = await database.pool.query<{ key: string }>(
      `select k.key from reminder_sends k join users u on u.person_id = k.person_id where u.email = $1`,
      [personEmail],
    );
    await app.app.reminderWorker.runOnce(now);
    const after = await database.pool.query<{ key: string }>(
      `select k.key from reminder_sends k join users u on u.person_id = k.person_id where u.email = $1`,
      [personEmail],
    );
    const had = new Set(before.rows.map((r) => r.key));
    return after.rows.map((r) => r.key).filter((k) => !had.has(k));
  }

  it('is off by default, and takes only real days, times outside quiet hours and known zones', async () => {
    const b = await patient('defaults@example.com');
    const res = await b.get('/api/me/reminders');
    expect(res.statusCode).toBe(200);
    expect(reminderSettingsAnswer.parse(res.json())).toMatchObject({ enabled: false, timeZone: null });
    const good = {
      enabled: true,
      timeZone: 'Europe/Madrid',
      sessionDays: [1, 3, 5],
      sessionTime: '09:00',
      checkinDays: [],
      checkinTime: '18:00',
    };
    for (const bad of [
      { sessionTime: '22:00' },
      { sessionTime: '7:00' },
      { timeZone: 'Mars/Olympus' },
      { sessionDays: [0] },
      { sessionDays: [1, 1] },
      { extra: true },
    ])
      expect((await b.put('/api/me/reminders', { ...good, ...bad })).statusCode).toBe(400);
    expect((await b.put('/api/me/reminders', good)).json()).toMatchObject(good);
    expect((await new TestBrowser(app.app).get('/api/me/reminders')).statusCode).toBe(401);
  });

  it('mails a session reminder at 09:00 Madrid time each day across the DST change, once, until one-click unsubscribe', async () => {
    const email = 'madrid@example.com';
    const b = await patient(email, 'es');
    const put = await b.put('/api/me/reminders', {
      enabled: true,
      timeZone: 'Europe/Madrid',
      sessionDays: [1, 2, 3, 4, 5, 6, 7],
      sessionTime: '09:00',
      checkinDays: [],
      checkinTime: '18:00',
    });
    expect(put.statusCode).toBe(200);
    // As if switched on the day before the simulated days, with a check-in that day: no nudge.
    await database.pool.query(
      `update reminder_settings set enabled_on = '2027-03-26'
        where person_id = (select person_id from users where email = $1)`,
      [email],
    );

    const second = await listeningApp(database, { smtpUrl: smtp.url, worker: false, pollMs: 50 });
    // Madrid moves from UTC+1 to UTC+2 at 01:00 UTC on Sunday 28 March 2027.
    const enqueued: { key: string; at: string }[] = [];
    for (const now of every('2027-03-27T06:00:00Z', '2027-03-30T06:00:00Z', 15)) {
      // Two instances pass at the same instant, side by side; a later pass adds nothing.
      const before = new Set(await keysOf(email));
      await Promise.all([app.app.reminderWorker.runOnce(now), second.app.reminderWorker.runOnce(now)]);
      for (const key of await keysOf(email))
        if (!before.has(key)) enqueued.push({ key, at: now.toISOString() });
      expect(await passAt(now, email)).toEqual([]);
    }
    expect(enqueued.filter((e) => e.key.startsWith('session:'))).toEqual([
      { key: 'session:2027-03-27', at: '2027-03-27T08:00:00.000Z' },
      { key: 'session:2027-03-28', at: '2027-03-28T07:00:00.000Z' },
      { key: 'session:2027-03-29', at: '2027-03-29T07:00:00.000Z' },
    ]);
    // Switched on the 26th, nothing logged on the 27th and 28th: one nudge on the 29th.
    expect(enqueued.filter((e) => e.key.startsWith('nudge:'))).toEqual([
      { key: 'nudge:2027-03-29', at: '2027-03-29T07:00:00.000Z' },
    ]);

    await second.close();
    const rows = await database.pool.query(
      `select count(*)::int as n from outbox where kind = 'reminder' and payload->>'to' = $1`,
      [email],
    );
    expect(rows.rows[0].n).toBe(4);
    await app.app.outboxWorker.runOnce();
    const mails = await smtp.waitFor(4, (m) => remindersTo(email).includes(m));
    expect(mails).toHaveLength(4);
    expect(mails.filter((m) => m.subject.includes('Psoas: es hora de tus ejercicios'))).toHaveLength(3);
    expect(mails.filter((m) => m.decoded.includes('Llevas dos días sin registrar nada'))).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const headers = mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
    const link = /^List-Unsubscribe: <([^>]+)>/m.exec(headers)?.[1];
    expect(link).toMatch(/^http:\/\/localhost:\d+\/api\/reminders\/unsubscribe\/[\w.-]+$/);
    const path = new URL(link!).pathname;
    expect(redactUrl(path)).toBe('/api/reminders/unsubscribe/[secret]');

    // A forged or altered token does nothing.
    const forged = `${path.slice(0, -4)}AAAA`;
    const refused = await fetch(`${app.url}${forged}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(refused.status).toBe(404);
    expect(await passAt(new Date('2027-03-30T07:05:00Z'), email)).toContain('session:2027-03-30');

    // The mail provider's one-click POST: no cookie, a form body.
    const off = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(off.status).toBe(200);
    expect((await b.get('/api/me/reminders')).json()).toMatchObject({ enabled: false });
    for (const now of every('2027-03-31T06:00:00Z', '2027-04-02T06:00:00Z', 30))
      expect(await passAt(now, email)).toEqual([]);
  });

  it('never mails inside quiet hours: a reminder the worker reaches only after 21:00 is dropped', async () => {
    const email = 'santiago@example.com';
    const b = await patient(email);
    await b.put('/api/me/reminders', {
      enabled: true,
      timeZone: 'America/Santiago',
      sessionDays: [],
      sessionTime: '18:00',
      checkinDays: [1, 2, 3, 4, 5, 6, 7],
      checkinTime: '20:50',
    });
    await database.pool.query(
      `update reminder_settings set enabled_on = '2026-09-05'
        where person_id = (select person_id from users where email = $1)`,
      [email],
    );
    // Santiago (UTC−4, UTC−3 from 00:00 on 6 September 2026): 20:40 local, then 21:10 local.
    expect(await passAt(new Date('2026-09-06T23:40:00Z'), email)).toEqual([]);
    expect(await passAt(new Date('2026-09-07T00:10:00Z'), email)).toEqual([]);
    // The next evening a pass at 20:55 local sends it; later passes that night do not again.
    expect(await passAt(new Date('2026-09-07T23:55:00Z'), email)).toEqual(['checkin:2026-09-07']);
    expect(await passAt(new Date('2026-09-07T23:59:00Z'), email)).toEqual([]);
  });
});
