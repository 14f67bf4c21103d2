import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFeedSchema } from '../../contract/calendar.js';
import { storedProgrammeSchema } from '../../contract/programmes.js';
import { QUESTIONNAIRE_VERSION, scoreAssessment } from '../../domain/assessment/index.js';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { exerciseById } from '../../domain/content/index.js';
import { parseIcsTwice } from '../../domain/programme/testing/parse-ics.js';
import type { Preferences } from '../../domain/programme/types.js';
import { localDate, localTime } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { insertAssessment } from '../db/repos/assessments.js';
import { createTestApp, testServers } from '../testing/test-db.js';

type T = Awaited<ReturnType<typeof createTestApp>>;

/** Local date and time of an instant in a zone, as 'YYYY-MM-DD HH:MM' (the domain's zone rules). */
const wallClock = (instant: Date, timeZone: string): string =>
  `${localDate(instant, timeZone)} ${localTime(instant, timeZone)}`;

/** A date-only value as node-ical gives it (midnight of that day, read in the process zone). */
const plainDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const events = (ics: string): VEvent[] =>
  Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');

async function programmeOf(t: T, preferences: Preferences) {
  const browser = new TestBrowser(t.app);
  const personId = (await browser.post('/api/me', {})).json().id as string;
  const answers = VIGNETTES.find((v) => v.id === 'plain-back-pain')!.answers;
  const { id: assessmentId } = await insertAssessment(t.database.db, {
    personId,
    language: 'en',
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    answers,
    result: scoreAssessment(answers),
  });
  const programme = storedProgrammeSchema.parse(
    (await browser.post('/api/programmes', { assessmentId, preferences })).json(),
  );
  return { browser, programme };
}

// New York moves its clocks forward on 8 March 2026, inside this programme's six weeks.
const newYork: Preferences = {
  minutesPerSession: 25,
  daysPerWeek: 3,
  equipment: ['mat'],
  startDate: '2026-03-02',
  timeZone: 'America/New_York',
  language: 'en',
};

describe.each(testServers())('programme calendar on $name PostgreSQL', (server) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('puts every session at the chosen local time across a DST change, and the reassessments on their days', async () => {
    const { browser, programme } = await programmeOf(t, newYork);
    const settings = await browser.put(`/api/programmes/${programme.id}/calendar-settings`, {
      time: '07:30',
      reminderMinutes: 15,
    });
    expect(settings.json()).toEqual({ time: '07:30', reminderMinutes: 15 });
    const res = await browser.get(`/api/programmes/${programme.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const all = events(res.body);
    const sessions = all.filter((e) => String(e.uid).includes('-s-'));
    expect(sessions).toHaveLength(programme.sessions.length);
    for (const [k, s] of programme.sessions.entries()) {
      expect(wallClock(sessions[k]!.start, 'America/New_York')).toBe(`${s.date} 07:30`);
      expect(sessions[k]!.end!.getTime() - sessions[k]!.start.getTime()).toBe(25 * 60_000);
    }
    // Same wall time, different UTC offset either side of the change.
    const before = sessions.find((e) => wallClock(e.start, 'UTC').startsWith('2026-03-06'))!;
    const after = sessions.find((e) => wallClock(e.start, 'UTC').startsWith('2026-03-09'))!;
    expect(wallClock(before.start, 'UTC')).toBe('2026-03-06 12:30');
    expect(wallClock(after.start, 'UTC')).toBe('2026-03-09 11:30');
    expect(res.body.match(/TRIGGER:-PT15M/g)).toHaveLength(programme.sessions.length);

    const reassess = all.filter((e) => String(e.uid).includes('reassess'));
    expect(reassess.map((e) => [e.datetype, plainDate(e.start)])).toEqual([
      ['date', '2026-03-29'],
      ['date', '2026-04-12'],
    ]);
    expect(String(reassess[0]!.summary)).toMatch(/reassess/);
  });

  it('defaults to 18:00 and writes the events in the programme’s language', async () => {
    const { browser, programme } = await programmeOf(t, {
      ...newYork,
      timeZone: 'Europe/Madrid',
      language: 'es',
    });
    const all = events((await browser.get(`/api/programmes/${programme.id}/calendar.ics`)).body);
    const sessions = all.filter((e) => String(e.uid).includes('-s-'));
    expect(sessions.every((e) => wallClock(e.start, 'Europe/Madrid').endsWith(' 18:00'))).toBe(true);
    expect(String(sessions[0]!.summary)).toMatch(/^Ejercicios/);
    const named = programme.sessions[0]!.blocks.map((b) => exerciseById(b.exerciseId)!.name.es);
    for (const name of named) expect(String(sessions[0]!.description)).toContain(name);
  });

  it('moves SEQUENCE and DTSTAMP on every change of time, reminder or plan, and only then; feed and download agree', async () => {
    const { browser, programme } = await programmeOf(t, newYork);
    const base = `/api/programmes/${programme.id}`;
    const download = async () => (await browser.get(`${base}/calendar.ics`)).body;
    const state = (ics: string) => {
      const { events } = parseIcsTwice(ics);
      const sequences = new Set(events.map((e) => e.sequence));
      const stamps = new Set(events.map((e) => e.dtstamp));
      expect(sequences.size).toBe(1);
      expect(stamps.size).toBe(1);
      for (const e of events) expect(e.lastModified).toBe(e.dtstamp);
      return { sequence: [...sequences][0]!, stamp: [...stamps][0]!, events };
    };
    expect((await browser.get(`${base}/calendar-settings`)).json()).toEqual({
      time: '18:00',
      reminderMinutes: null,
    });
    const first = state(await download());
    expect(first.events.every((e) => e.alarms.length === 0)).toBe(true);

    const feed = calendarFeedSchema.parse((await browser.post(`${base}/calendar-feed`, {})).json());
    const fromFeed = async () => (await new TestBrowser(t.app).get(new URL(feed.url).pathname)).body;
    expect(await fromFeed()).toBe(await download());
    expect(state(await download())).toEqual(first);

    const steps: [string, () => Promise<unknown>][] = [
      ['time', () => browser.put(`${base}/calendar-settings`, { time: '06:15' })],
      ['reminder', () => browser.put(`${base}/calendar-settings`, { reminderMinutes: 30 })],
      ['plan', () => browser.put(`${base}/preferences`, { ...newYork, minutesPerSession: 15 })],
      ['feed with a time', () => browser.post(`${base}/calendar-feed`, { time: '19:00' })],
    ];
    let previous = first;
    for (const [what, change] of steps) {
      await new Promise((r) => setTimeout(r, 5));
      expect(((await change()) as { statusCode: number }).statusCode, what).toBeLessThan(300);
      const now = state(await download());
      expect(now.sequence, what).toBeGreaterThan(previous.sequence);
      expect(Date.parse(now.stamp), what).toBeGreaterThanOrEqual(Date.parse(previous.stamp));
      previous = now;
    }
    const sessions = previous.events.filter((e) => e.uid.includes('-s-'));
    expect(sessions.every((e) => wallClock(new Date(e.start), 'America/New_York').endsWith(' 19:00'))).toBe(
      true,
    );
    expect(sessions.every((e) => e.alarms[0]?.triggerSeconds === -30 * 60)).toBe(true);

    // Saving what is already stored is no change for a calendar.
    await browser.put(`${base}/calendar-settings`, { time: '19:00', reminderMinutes: 30 });
    expect(state(await download())).toEqual(previous);
    const latest = calendarFeedSchema.parse((await browser.post(`${base}/calendar-feed`, {})).json());
    expect(await (await new TestBrowser(t.app).get(new URL(latest.url).pathname)).body).toBe(
      await download(),
    );
    expect((await browser.put(`${base}/calendar-settings`, { reminderMinutes: 10 })).statusCode).toBe(400);
  });

  it('builds the feed link from the configured public address, not from a forged Host header', async () => {
    const { browser, programme } = await programmeOf(t, newYork);
    const created = await browser.post(
      `/api/programmes/${programme.id}/calendar-feed`,
      { time: '07:00' },
      { headers: { host: 'attacker.example', 'x-forwarded-host': 'attacker.example' } },
    );
    expect(created.statusCode).toBe(201);
    const { url, webcalUrl } = calendarFeedSchema.parse(created.json());
    expect(new URL(url).origin).toBe(new URL(t.app.config.mail.publicUrl).origin);
    expect(`${url} ${webcalUrl}`).not.toContain('attacker.example');
  });

  it('serves a private feed by secret token that stops working once revoked or replaced', async () => {
    const { browser, programme } = await programmeOf(t, newYork);
    const created = await browser.post(`/api/programmes/${programme.id}/calendar-feed`, { time: '06:45' });
    expect(created.statusCode).toBe(201);
    const { url, webcalUrl } = calendarFeedSchema.parse(created.json());
    expect(webcalUrl.startsWith('webcal://')).toBe(true);
    const path = new URL(url).pathname;
    const token = path.split('/').at(-1)!.replace('.ics', '');

    const anonymous = new TestBrowser(t.app);
    const feed = await anonymous.get(path);
    expect(feed.statusCode).toBe(200);
    const sessions = events(feed.body).filter((e) => String(e.uid).includes('-s-'));
    expect(sessions.every((e) => wallClock(e.start, 'America/New_York').endsWith(' 06:45'))).toBe(true);

    const { rows } = await t.database.pool.query('select token_hash from programme_calendar_feeds');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);

    const stranger = new TestBrowser(t.app);
    await stranger.post('/api/me', {});
    expect((await stranger.post(`/api/programmes/${programme.id}/calendar-feed`, {})).statusCode).toBe(404);
    expect((await stranger.get(`/api/programmes/${programme.id}/calendar.ics`)).statusCode).toBe(404);
    expect((await stranger.delete(`/api/programmes/${programme.id}/calendar-feed`)).statusCode).toBe(404);

    const second = (await browser.post(`/api/programmes/${programme.id}/calendar-feed`, {})).json()
      .url as string;
    expect((await anonymous.get(path)).statusCode).toBe(404);
    const secondPath = new URL(second).pathname;
    expect((await anonymous.get(secondPath)).statusCode).toBe(200);
    expect((await browser.delete(`/api/programmes/${programme.id}/calendar-feed`)).statusCode).toBe(204);
    expect((await anonymous.get(secondPath)).statusCode).toBe(404);
    expect((await anonymous.get('/api/calendar/not-a-real-token-at-all-xxxxxx.ics')).statusCode).toBe(404);
  });
});
