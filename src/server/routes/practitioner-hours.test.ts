import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilitySchema, clinicSchema } from '../../contract/clinics.js';
import { addDays, isoWeekday, localDate, todayIn, wallClock } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { seedTwoClinics } from '../clinics/test-fixtures.js';
import { BC_HOLIDAYS_2026_2027, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const ZONE = vancouverDemoClinic.timeZone;
/** The clinic's wall-clock time of an instant, through the app's own zone rules. */
const wallTime = (instant: string) => wallClock(instant, ZONE).toISOString().slice(11, 16);

/** A Tuesday 3 to 16 days ahead that is no holiday: inside notice and horizon, with Mei at work. */
function nextOpenTuesday(): string {
  const today = todayIn(ZONE, new Date());
  for (let d = 3; d < 17; d++) {
    const date = addDays(today, d);
    if (isoWeekday(date) === 2 && !BC_HOLIDAYS_2026_2027.some((h) => h.date === date)) return date;
  }
  throw new Error('no open Tuesday in two weeks');
}

describe.each(testServers())("a practitioner's working hours on $name PostgreSQL", (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let clinicX: string;
  let acupuncture: string;
  let mei: string;
  let admin: TestBrowser;
  const hoursOf = (body: unknown) =>
    admin.put(`/api/staff/clinics/${clinicX}/practitioners/${mei}/hours`, body);

  /** Mei's free acupuncture start times on a day, as the clinic's wall clock. */
  async function meiTimes(date: string): Promise<string[]> {
    const q = new URLSearchParams({ serviceId: acupuncture, from: date, to: date, practitionerId: mei });
    const res = await t.app.inject({ url: `/api/clinics/${clinicX}/availability?${q}` });
    expect(res.statusCode, res.body).toBe(200);
    return availabilitySchema
      .parse(res.json())
      .slots.filter((s) => localDate(s.start, ZONE) === date)
      .map((s) => wallTime(s.start));
  }

  beforeAll(async () => {
    t = await createTestApp(server);
    clinicX = (await seedTwoClinics(t.database.db)).x;
    const clinic = clinicSchema.parse((await t.app.inject({ url: `/api/clinics/${clinicX}` })).json());
    acupuncture = clinic.services.find((s) => s.slug === 'acupuncture')!.id;
    mei = clinic.practitioners.find((p) => p.displayName.startsWith('Mei'))!.id;
    admin = new TestBrowser(t.app);
    expect((await admin.signIn('admin@falsecreek.example', 'psoas-demo-admin')).statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it('changes what patients can book at once, and audits who changed it', async () => {
    const tuesday = nextOpenTuesday();
    // Read first, so the instance holds this clinic's context and answer in its caches.
    const before = await meiTimes(tuesday);
    expect(before).toContain('09:30');
    expect(before).toContain('11:00');
    expect(await meiTimes(tuesday)).toEqual(before);

    const res = await hoursOf({
      workingHours: {
        1: [{ start: '09:30', end: '19:00' }],
        2: [{ start: '15:00', end: '17:00' }],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const saved = clinicSchema.parse(res.json()).practitioners.find((p) => p.id === mei)!;
    expect(saved.workingHours).toEqual({
      '1': [{ start: '09:30', end: '19:00' }],
      '2': [{ start: '15:00', end: '17:00' }],
    });
    // Acupuncture takes 60 minutes: 15:00 to 16:00 on the clinic's 15-minute grid.
    expect(await meiTimes(tuesday)).toEqual(['15:00', '15:15', '15:30', '15:45', '16:00']);
    expect(await meiTimes(addDays(tuesday, 1))).toEqual([]);

    const { rows } = await t.database.pool.query(
      `select a.action, a.resource_id, u.email from audit_log a join users u on u.id = a.actor_user_id
        where a.action = 'practitioner.working_hours_changed'`,
    );
    expect(rows).toEqual([
      { action: 'practitioner.working_hours_changed', resource_id: mei, email: 'admin@falsecreek.example' },
    ]);
  });

  it('refuses hours outside the clinic’s opening hours, naming each field, and keeps the old ones', async () => {
    const before = clinicSchema
      .parse((await admin.get(`/api/staff/clinics/${clinicX}`)).json())
      .practitioners.find((p) => p.id === mei)!.workingHours;
    const res = await hoursOf({
      workingHours: {
        2: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '20:00' },
        ],
        6: [{ start: '10:00', end: '12:00' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'invalid_hours',
      field: 'body.workingHours.2.0.start',
      issues: [
        { field: 'body.workingHours.2.0.start', kind: 'outside_opening_hours' },
        { field: 'body.workingHours.2.1.end', kind: 'outside_opening_hours' },
        { field: 'body.workingHours.6.0.start', kind: 'outside_opening_hours' },
      ],
    });
    const after = clinicSchema
      .parse((await admin.get(`/api/staff/clinics/${clinicX}`)).json())
      .practitioners.find((p) => p.id === mei)!.workingHours;
    expect(after).toEqual(before);
  });

  it('refuses wrong and overlapping times with the same issues as the clinic’s hours', async () => {
    const res = await hoursOf({
      workingHours: {
        3: [
          { start: '12:00', end: '10:00' },
          { start: '14:00', end: '18:00' },
          { start: '15:00', end: '16:00' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([
      { field: 'body.workingHours.3.0.end', kind: 'end_before_start' },
      { field: 'body.workingHours.3.2.start', kind: 'overlap' },
    ]);
    // Not a time at all is the contract's 400, before the rules.
    expect((await hoursOf({ workingHours: { 3: [{ start: '9', end: '10:00' }] } })).statusCode).toBe(400);
    expect((await hoursOf({ workingHours: {}, extra: 1 })).statusCode).toBe(400);
  });

  it('answers a practitioner of another clinic, or none, as missing', async () => {
    const other = clinicSchema.parse((await t.app.inject({ url: `/api/clinics/${clinicX}` })).json());
    expect(other.id).toBe(clinicX);
    const res = await admin.put(`/api/staff/clinics/${clinicX}/practitioners/${crypto.randomUUID()}/hours`, {
      workingHours: {},
    });
    expect(res.statusCode).toBe(404);
  });
});
