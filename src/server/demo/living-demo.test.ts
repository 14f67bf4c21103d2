import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCounts } from '../../domain/outcomes/index.js';
import type { SessionResult, StoredProgramme } from '../../domain/programme/types.js';
import { addDays, localDate, weekStart } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { createTestApp, testServers } from '../testing/test-db.js';
import { DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD } from './accounts-demo.js';
import { demoContext } from './demo-clock.js';
import { loadDemoData } from './index.js';
import { FLAGGED_PAIN } from './patients-demo.js';

const COUNTS = `select
  (select count(*) from programmes)::int as programmes,
  (select count(*) from programme_results)::int as results,
  (select count(*) from checkins)::int as checkins,
  (select count(*) from assessments)::int as assessments,
  (select count(*) from bookings)::int as bookings`;

/** A Wednesday afternoon in Vancouver (a Thursday already in UTC), far from the BC holidays. */
const NOW = new Date('2026-12-03T01:30:00Z');

describe.each(testServers())('living demo data on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('places the programme, check-ins and bookings around the loading day, once', async () => {
    const { today } = demoContext(NOW);
    expect(today).toBe('2026-12-02'); // the clinic's day, not UTC's
    await loadDemoData(t.database.db, () => {}, NOW);
    const first = (await t.database.pool.query(COUNTS)).rows[0];
    await loadDemoData(t.database.db, () => {}, NOW);
    expect((await t.database.pool.query(COUNTS)).rows[0]).toEqual(first);
    // Dana's three weeks and one assessment, and Marco's (patients-demo.ts) rising pain.
    expect(first).toMatchObject({ programmes: 1, checkins: 21 + FLAGGED_PAIN.length, assessments: 2 });

    const b = new TestBrowser(t.app);
    expect((await b.signIn(DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD)).statusCode).toBe(200);
    const programme = (await b.get('/api/programmes/current')).json() as StoredProgramme;
    expect(programme.preferences.startDate).toBe(addDays(today, -21));
    const results = (await b.get(`/api/programmes/${programme.id}/results`)).json() as SessionResult[];
    expect(results.every((r) => r.completedAt < NOW.toISOString())).toBe(true);
    const counts = sessionCounts(programme.sessions, results, addDays(today, -1));
    // Done, skipped and missed sessions, and one where an exercise hurt, so a first visit shows each.
    expect(counts.done).toBeGreaterThanOrEqual(5);
    expect(counts.skipped).toBe(1);
    expect(results.filter((r) => r.blocks.some((b) => b.pain))).toHaveLength(1);
    expect(counts.missed).toBeGreaterThanOrEqual(1);
    expect(programme.sessions.some((s) => s.date >= today)).toBe(true);

    const { checkins } = (await b.get('/api/progress')).json() as { checkins: { date: string }[] };
    expect(checkins[0]!.date).toBe(addDays(today, -21));
    expect(checkins.at(-1)!.date).toBe(addDays(today, -1));

    // Bookings this week and next, in working hours, none overlapping (the database refuses that).
    // The local day by the domain's zone rules, not PostgreSQL's own copy of the time-zone data.
    const rows = (
      await t.database.pool.query<{ start_at: Date; status: string }>(
        // The weekly course (series-demo.ts) runs from last week on: checked below.
        'select start_at, status from bookings where id not in (select booking_id from booking_series_members)',
      )
    ).rows.map((r) => ({ day: localDate(r.start_at, 'America/Vancouver'), status: r.status }));
    const monday = weekStart(today);
    expect(rows.some((r) => r.day < addDays(monday, 7) && r.status === 'active')).toBe(true);
    expect(rows.some((r) => r.day >= addDays(monday, 7))).toBe(true);
    expect(rows.every((r) => r.day >= monday && r.day < addDays(monday, 14))).toBe(true);
    expect(rows.filter((r) => r.day < today).every((r) => r.status === 'completed')).toBe(true);
    const course = (
      await t.database.pool.query<{ start_at: Date; status: string; position: number }>(
        `select b.start_at, b.status, m.position from booking_series_members m
           join bookings b on b.id = m.booking_id order by m.position`,
      )
    ).rows;
    expect(course.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(course.map((r) => localDate(r.start_at, 'America/Vancouver'))[0]).toBe(addDays(monday, -4));
    expect(
      course
        .filter((r) => localDate(r.start_at, 'America/Vancouver') < today)
        .every((r) => r.status === 'completed'),
    ).toBe(true);
  });
});
