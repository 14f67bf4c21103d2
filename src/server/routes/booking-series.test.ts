import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookingSeriesSchema,
  seriesCancelledSchema,
  seriesClashSchema,
  seriesCreatedSchema,
  seriesPreviewSchema,
} from '../../contract/booking-series.js';
import { availabilitySchema, clinicSchema } from '../../contract/clinics.js';
import {
  addDays,
  localDate,
  localTime,
  rulesOf,
  todayIn,
  transitionsBetween,
  weekStart,
  zonedInstant,
} from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { guest, newKey, seedTwoClinics } from '../clinics/test-fixtures.js';
import { countOverlaps } from '../db/repos/bookings.js';
import { DEMO_STAFF_PASSWORD, seedClinic, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestApp, testServers } from '../testing/test-db.js';

type Created = ReturnType<typeof seriesCreatedSchema.parse>;

describe.each(testServers())('booking a series on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let ids: { x: string; y: string };
  let serviceId: string;

  const preview = async (clinicId: string, q: Record<string, string>) => {
    const res = await t.app.inject({
      url: `/api/clinics/${clinicId}/series-preview?${new URLSearchParams(q)}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return seriesPreviewSchema.parse(res.json());
  };
  const bookSeries = (
    clinicId: string,
    body: { start: string; practitionerId: string; count: number; repeat?: string; serviceId?: string },
    who = guest(),
    browser?: TestBrowser,
  ) => {
    const payload = {
      serviceId: body.serviceId ?? serviceId,
      practitionerId: body.practitionerId,
      start: body.start,
      repeat: body.repeat ?? 'weekly',
      count: body.count,
      idempotencyKey: newKey(),
      patient: who,
    };
    return browser
      ? browser.post(`/api/clinics/${clinicId}/series`, payload)
      : t.app.inject({ method: 'POST', url: `/api/clinics/${clinicId}/series`, payload });
  };

  /** A first slot whose series of `count` is free every week (skips holidays and taken weeks). */
  async function freeSeriesStart(clinicId: string, count: number, fromDay = 1) {
    const q = new URLSearchParams({
      serviceId,
      from: addDays(todayIn('America/Vancouver', new Date()), fromDay),
      to: addDays(todayIn('America/Vancouver', new Date()), fromDay + 6),
    });
    const slots = availabilitySchema.parse(
      (await t.app.inject({ url: `/api/clinics/${clinicId}/availability?${q}` })).json(),
    ).slots;
    for (const slot of slots.filter((_, i) => i % 7 === 0)) {
      const p = await preview(clinicId, {
        serviceId,
        practitionerId: slot.practitionerId,
        start: slot.start,
        repeat: 'weekly',
        count: String(count),
      });
      if (p.occurrences.every((o) => o.free))
        return { start: slot.start, practitionerId: slot.practitionerId };
    }
    throw new Error('no free series found');
  }

  const activeOf = async (email: string) =>
    (
      await t.database.pool.query(
        "select count(*)::int as n from bookings where patient_email = $1 and status = 'active'",
        [email],
      )
    ).rows[0].n as number;

  beforeAll(async () => {
    t = await createTestApp(server);
    ids = await seedTwoClinics(t.database.db);
    const clinic = clinicSchema.parse((await t.app.inject({ url: `/api/clinics/${ids.x}` })).json());
    const service = clinic.services.find((s) => s.slug === 'acupuncture')!;
    serviceId = service.id;
  });
  afterAll(async () => t?.close());

  it('all free: books N appointments linked by one series, one mail with every date in one .ics', async () => {
    const first = await freeSeriesStart(ids.x, 4);
    const who = guest(41);
    const res = await bookSeries(ids.x, { ...first, count: 4 }, who);
    expect(res.statusCode, res.body).toBe(201);
    const { series, cancelToken } = seriesCreatedSchema.parse(res.json());
    expect(series.bookings.map((b) => b.position)).toEqual([1, 2, 3, 4]);
    const zone = 'America/Vancouver';
    const dates = series.bookings.map((b) => localDate(b.start, zone));
    expect(dates).toEqual([0, 7, 14, 21].map((n) => addDays(dates[0]!, n)));
    expect(new Set(series.bookings.map((b) => localTime(b.start, zone))).size).toBe(1);
    expect(new Set(series.bookings.map((b) => b.practitionerId))).toEqual(new Set([first.practitionerId]));
    const links = await t.database.pool.query(
      'select count(*)::int as n from booking_series_members where series_id = $1',
      [series.id],
    );
    expect(links.rows[0].n).toBe(4);

    const mails = await t.database.pool.query(
      "select kind, payload from outbox where booking_id = any($1::uuid[]) and kind <> 'booking_reminder'",
      [series.bookings.map((b) => b.id)],
    );
    expect(mails.rows.map((r) => r.kind)).toEqual(['series_confirmation']);
    const mail = mails.rows[0].payload as {
      to: string;
      text: string;
      ics: { content: string; method: string };
    };
    expect(mail.to).toBe(who.email);
    expect(mail.ics.method).toBe('REQUEST');
    expect(mail.ics.content.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    for (const b of series.bookings) expect(mail.ics.content).toContain(`UID:booking-${b.id}@psoas`);
    expect(mail.text).toContain(`token=${encodeURIComponent(cancelToken)}`);
    // Each appointment keeps its own reminder.
    const reminders = await t.database.pool.query(
      "select count(*)::int as n from outbox where booking_id = any($1::uuid[]) and kind = 'booking_reminder'",
      [series.bookings.map((b) => b.id)],
    );
    expect(reminders.rows[0].n).toBeGreaterThanOrEqual(3);

    // The cancel token opens every appointment of the series, and each shows the series.
    for (const b of series.bookings) {
      const seen = await t.app.inject({
        url: `/api/bookings/${b.id}/series?token=${encodeURIComponent(cancelToken)}`,
      });
      expect(seen.statusCode).toBe(200);
      expect(bookingSeriesSchema.parse(seen.json()).series?.id).toBe(series.id);
    }
  });

  it('one date taken: the whole request is refused naming that date, nothing booked', async () => {
    const first = await freeSeriesStart(ids.x, 5);
    const p = await preview(ids.x, { serviceId, ...first, repeat: 'weekly', count: '5' });
    const third = p.occurrences[2]!;
    const single = await t.app.inject({
      method: 'POST',
      url: `/api/clinics/${ids.x}/bookings`,
      payload: {
        serviceId,
        practitionerId: first.practitionerId,
        start: third.start,
        idempotencyKey: newKey(),
        patient: guest(50),
      },
    });
    expect(single.statusCode, single.body).toBe(201);

    const after = await preview(ids.x, { serviceId, ...first, repeat: 'weekly', count: '5' });
    expect(after.occurrences.map((o) => o.reason)).toEqual([null, null, 'taken', null, null]);
    expect(after.occurrences[2]!.alternatives.length).toBeGreaterThan(0);

    const who = guest(51);
    const res = await bookSeries(ids.x, { ...first, count: 5 }, who);
    expect(res.statusCode).toBe(409);
    const problem = seriesClashSchema.parse(res.json());
    expect(problem.code).toBe('series_clash');
    expect(problem.occurrences?.filter((o) => !o.free).map((o) => o.date)).toEqual([third.date]);
    expect(await activeOf(who.email)).toBe(0);
    const series = await t.database.pool.query('select count(*)::int as n from booking_series');
    const members = await t.database.pool.query('select count(*)::int as n from booking_series_members');
    expect(members.rows[0].n).toBe(series.rows[0].n * 4);
  });

  it('a race on one date: either the series or the single booking wins, never half a series', async () => {
    for (let round = 0; round < 3; round++) {
      const first = await freeSeriesStart(ids.x, 3, 8 + round);
      const p = await preview(ids.x, { serviceId, ...first, repeat: 'weekly', count: '3' });
      const who = guest(60 + round);
      const [seriesRes, singleRes] = await Promise.all([
        bookSeries(ids.x, { ...first, count: 3 }, who),
        t.app.inject({
          method: 'POST',
          url: `/api/clinics/${ids.x}/bookings`,
          payload: {
            serviceId,
            practitionerId: first.practitionerId,
            start: p.occurrences[1]!.start,
            idempotencyKey: newKey(),
            patient: guest(70 + round),
          },
        }),
      ]);
      expect([seriesRes.statusCode, singleRes.statusCode].sort()).toEqual([201, 409]);
      expect(await activeOf(who.email)).toBe(seriesRes.statusCode === 201 ? 3 : 0);
      if (seriesRes.statusCode === 409) expect(seriesRes.json().code).toBe('series_clash');
    }
    expect(await countOverlaps(t.database.db)).toBe(0);
  });

  it('cancel one leaves the others; cancel the remaining cancels the rest with one mail', async () => {
    const first = await freeSeriesStart(ids.x, 4, 15);
    const created = seriesCreatedSchema.parse(
      (await bookSeries(ids.x, { ...first, count: 4 }, guest(80))).json(),
    );
    const token = encodeURIComponent(created.cancelToken);
    const [b1, b2] = created.series.bookings;
    const one = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${b2!.id}/cancel`,
      payload: { token: created.cancelToken },
    });
    expect(one.statusCode, one.body).toBe(200);
    const seen = bookingSeriesSchema.parse(
      (await t.app.inject({ url: `/api/bookings/${b1!.id}/series?token=${token}` })).json(),
    ).series!;
    expect(seen.bookings.map((b) => b.status)).toEqual(['active', 'cancelled', 'active', 'active']);

    const rest = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${b1!.id}/series/cancel`,
      payload: { token: created.cancelToken },
    });
    expect(rest.statusCode, rest.body).toBe(200);
    const body = seriesCancelledSchema.parse(rest.json());
    expect(body.cancelled).toHaveLength(3);
    expect(body.tooLate).toEqual([]);
    expect(body.series.bookings.every((b) => b.status === 'cancelled')).toBe(true);
    const mails = await t.database.pool.query(
      "select payload from outbox where booking_id = any($1::uuid[]) and kind = 'series_cancellation'",
      [body.cancelled],
    );
    expect(mails.rows).toHaveLength(1);
    expect(mails.rows[0].payload.ics.method).toBe('CANCEL');
    expect(mails.rows[0].payload.ics.content.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const pendingReminders = await t.database.pool.query(
      "select count(*)::int as n from outbox where booking_id = any($1::uuid[]) and kind = 'booking_reminder' and status = 'pending'",
      [created.series.bookings.map((b) => b.id)],
    );
    expect(pendingReminders.rows[0].n).toBe(0);
  });

  it('the change cut-off applies to each appointment: those inside it stay, in words the page can say', async () => {
    // At clinic Y, a cut-off of a week: the first appointment (within days) is inside it.
    await t.database.pool.query('update clinics set change_cutoff_minutes = 10080 where id = $1', [ids.y]);
    const y = clinicSchema.parse((await t.app.inject({ url: `/api/clinics/${ids.y}` })).json());
    const yService = y.services.find((s) => s.slug === 'acupuncture')!.id;
    const q = new URLSearchParams({
      serviceId: yService,
      from: addDays(todayIn('America/Vancouver', new Date()), 1),
      to: addDays(todayIn('America/Vancouver', new Date()), 5),
    });
    const slots = availabilitySchema.parse(
      (await t.app.inject({ url: `/api/clinics/${ids.y}/availability?${q}` })).json(),
    ).slots;
    let created: Created | undefined;
    for (const slot of slots) {
      const res = await bookSeries(ids.y, {
        start: slot.start,
        practitionerId: slot.practitionerId,
        serviceId: yService,
        count: 3,
      });
      if (res.statusCode === 201) {
        created = seriesCreatedSchema.parse(res.json());
        break;
      }
    }
    expect(created).toBeDefined();
    const [b1, b2, b3] = created!.series.bookings;
    expect([b1!.changeable, b2!.changeable, b3!.changeable]).toEqual([false, true, true]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${b1!.id}/series/cancel`,
      payload: { token: created!.cancelToken },
    });
    const body = seriesCancelledSchema.parse(res.json());
    expect(body.tooLate).toEqual([b1!.id]);
    expect(body.cancelled.sort()).toEqual([b2!.id, b3!.id].sort());
    expect(body.clinicPhone).toBe(y.phone);
    expect(body.series.bookings.map((b) => b.status)).toEqual(['active', 'cancelled', 'cancelled']);
  });

  it('keeps the local time in the week the clocks change (Europe/London)', async () => {
    const zone = 'Europe/London';
    const now = Date.now();
    const change = transitionsBetween(rulesOf(zone), now + 9 * 86_400_000, now + 400 * 86_400_000)[0]!;
    const changeDay = localDate(change.at, zone);
    const monday = weekStart(changeDay); // the Monday before the Sunday of the change
    const london = await seedClinic(t.database.db, {
      ...vancouverDemoClinic,
      slug: 'london-series',
      name: 'London series clinic',
      timeZone: zone,
      closures: [],
      rules: { ...vancouverDemoClinic.rules, maxDaysAhead: 420 },
      staff: [],
    });
    const c = clinicSchema.parse((await t.app.inject({ url: `/api/clinics/${london.clinicId}` })).json());
    const service = c.services.find((s) => s.slug === 'acupuncture')!;
    const start = zonedInstant(monday, '10:00', zone).toISOString();
    const res = await bookSeries(london.clinicId, {
      start,
      practitionerId: service.practitionerIds[0]!,
      serviceId: service.id,
      count: 3,
    });
    expect(res.statusCode, res.body).toBe(201);
    const { series } = seriesCreatedSchema.parse(res.json());
    expect(series.bookings.map((b) => localTime(b.start, zone))).toEqual(['10:00', '10:00', '10:00']);
    expect(series.bookings.map((b) => localDate(b.start, zone))).toEqual([
      monday,
      addDays(monday, 7),
      addDays(monday, 14),
    ]);
    const hours = (Date.parse(series.bookings[1]!.start) - Date.parse(series.bookings[0]!.start)) / 3600_000;
    expect(hours).toBe(168 - (change.after - change.before) / 3600_000);
  });

  it('authorisation: another person, a wrong token and staff of another clinic see nothing', async () => {
    const alice = new TestBrowser(t.app);
    await alice.signUp('series-alice@example.org');
    const first = await freeSeriesStart(ids.x, 2, 22);
    const res = await bookSeries(ids.x, { ...first, count: 2 }, guest(90), alice);
    expect(res.statusCode, res.body).toBe(201);
    const { series } = seriesCreatedSchema.parse(res.json());
    const id = series.bookings[0]!.id;
    // The owner, signed in, needs no token.
    expect((await alice.get(`/api/bookings/${id}/series`)).statusCode).toBe(200);

    const bob = new TestBrowser(t.app);
    await bob.signUp('series-bob@example.org');
    const missing = await bob.get(`/api/bookings/${crypto.randomUUID()}/series`);
    expect(missing.statusCode).toBe(404);
    const bobs = await bob.get(`/api/bookings/${id}/series`);
    expect(bobs.statusCode).toBe(404);
    expect(bobs.body).toBe(missing.body);
    expect((await bob.post(`/api/bookings/${id}/series/cancel`, {})).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/bookings/${id}/series?token=wrong-token` })).statusCode).toBe(
      404,
    );

    const other = new TestBrowser(t.app);
    await other.signIn('admin@other.example', 'other-admin-password');
    expect((await other.get(`/api/staff/clinics/${ids.y}/bookings/${id}/series`)).statusCode).toBe(404);
    expect(
      (await other.post(`/api/staff/clinics/${ids.y}/bookings/${id}/series/cancel`, {})).statusCode,
    ).toBe(404);

    // Staff of the clinic see "2 of 2" and cancel the rest.
    const staff = new TestBrowser(t.app);
    await staff.signIn(
      vancouverDemoClinic.staff.find((s) => s.role === 'practitioner')!.email,
      DEMO_STAFF_PASSWORD,
    );
    const seen = bookingSeriesSchema.parse(
      (await staff.get(`/api/staff/clinics/${ids.x}/bookings/${id}/series`)).json(),
    );
    expect(seen.series?.bookings.map((b) => b.position)).toEqual([1, 2]);
    const cancelled = await staff.post(`/api/staff/clinics/${ids.x}/bookings/${id}/series/cancel`, {});
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(seriesCancelledSchema.parse(cancelled.json()).cancelled).toHaveLength(2);
    expect(await activeOf(guest(90).email)).toBe(0);
  });
});
