import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../auth/test-browser.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const day = {
  painNow: 5,
  minutesWalked: 20,
  sittingHours: 7.5,
  sittingBreaks: 3,
  waterGlasses: 6,
  stress: 4,
  classAttended: false,
  note: 'long drive',
};

describe.each(testServers())('check-ins API on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('keeps one check-in per day: a second PUT of the same date replaces it', async () => {
    const me = new TestBrowser(t.app);
    const first = await me.put('/api/checkins/2026-11-02', day);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ date: '2026-11-02', ...day });

    const edited = await me.put('/api/checkins/2026-11-02', { ...day, painNow: 3, note: '' });
    expect(edited.statusCode).toBe(200);
    expect((await me.get('/api/checkins/2026-11-02')).json()).toMatchObject({ painNow: 3, note: '' });

    await me.put('/api/checkins/2026-11-03', { ...day, painNow: 2 });
    const list = await me.get('/api/checkins?from=2026-11-01&to=2026-11-30');
    expect(list.json().map((c: { date: string; painNow: number }) => [c.date, c.painNow])).toEqual([
      ['2026-11-02', 3],
      ['2026-11-03', 2],
    ]);
    const rows = await t.database.pool.query('select count(*)::int as n from checkins where date = $1', [
      '2026-11-02',
    ]);
    expect(rows.rows[0].n).toBe(1);
  });

  it('starts a new day from the latest earlier check-in, without its note', async () => {
    const me = new TestBrowser(t.app);
    await me.put('/api/checkins/2026-11-05', { ...day, stress: 8 });
    const form = await me.get('/api/checkins/2026-11-06/form');
    expect(form.json()).toEqual({
      existing: false,
      previousDate: '2026-11-05',
      values: { ...day, stress: 8, note: '' },
    });
    const same = await me.get('/api/checkins/2026-11-05/form');
    expect(same.json()).toMatchObject({ existing: true, values: { stress: 8, note: 'long drive' } });
  });

  it.each([
    ['pain above 10', { ...day, painNow: 11 }, 'body.painNow'],
    ['negative minutes', { ...day, minutesWalked: -5 }, 'body.minutesWalked'],
    ['stress as text', { ...day, stress: 'high' }, 'body.stress'],
    ['a note too long', { ...day, note: 'x'.repeat(501) }, 'body.note'],
    ['an unknown field', { ...day, mood: 3 }, 'body'],
    ['a missing field', { ...day, waterGlasses: undefined }, 'body.waterGlasses'],
  ])('refuses %s with 400 naming the field', async (_name, body, field) => {
    const res = await new TestBrowser(t.app).put('/api/checkins/2026-11-02', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe(field);
  });

  it('refuses a date that is not a real day, or one still to come', async () => {
    const me = new TestBrowser(t.app);
    const bad = await me.put('/api/checkins/2026-02-30', day);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toMatch(/date/);
    const future = await me.put('/api/checkins/2099-01-01', day);
    expect(future.statusCode).toBe(400);
    expect(future.json().field).toBe('date');
    // A refused check-in starts no guest identity: nothing is left behind.
    expect(future.headers['set-cookie']).toBeUndefined();
  });

  it("never shows one person's check-ins to another, nor to no one", async () => {
    const owner = new TestBrowser(t.app);
    await owner.put('/api/checkins/2026-11-10', day);
    const other = new TestBrowser(t.app);
    await other.post('/api/me', { language: 'en' });
    const peek = await other.get('/api/checkins/2026-11-10');
    expect(peek.statusCode).toBe(404);
    expect(peek.json()).toEqual((await other.get('/api/checkins/2026-11-11')).json());
    expect((await other.get('/api/checkins?from=2026-11-01&to=2026-11-30')).json()).toEqual([]);
    expect((await other.get('/api/checkins.csv')).body).not.toContain('2026-11-10');
    expect((await other.get('/api/checkins/2026-11-11/form')).json().existing).toBe(false);

    expect((await t.app.inject({ method: 'GET', url: '/api/checkins/2026-11-10' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/checkins.csv' })).statusCode).toBe(401);
    // The owner's own entry was not touched by the other person's writes either.
    await other.put('/api/checkins/2026-11-10', { ...day, painNow: 9 });
    expect((await owner.get('/api/checkins/2026-11-10')).json().painNow).toBe(5);
  });

  it('exports check-ins as RFC 4180 CSV that no spreadsheet runs as a formula', async () => {
    const me = new TestBrowser(t.app);
    await me.put('/api/checkins/2026-11-12', {
      ...day,
      note: '=HYPERLINK("http://evil","click"), then "rest"',
    });
    await me.put('/api/checkins/2026-11-13', { ...day, note: 'line one\nline two' });
    await me.put('/api/checkins/2026-11-14', { ...day, note: '@SUM(A1)' });
    const res = await me.get('/api/checkins.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="psoas-checkins.csv"/);
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe(
      'date,pain_now_0_10,minutes_walked,sitting_hours,sitting_breaks,water_glasses_250ml,stress_0_10,class_attended,note',
    );
    expect(lines[1]).toBe(
      `2026-11-12,5,20,7.5,3,6,4,false,"'=HYPERLINK(""http://evil"",""click""), then ""rest"""`,
    );
    expect(lines[2]).toBe('2026-11-13,5,20,7.5,3,6,4,false,"line one\nline two"');
    expect(lines[3]).toBe("2026-11-14,5,20,7.5,3,6,4,false,'@SUM(A1)");
    expect(res.body.endsWith('\r\n')).toBe(true);
  });
});
