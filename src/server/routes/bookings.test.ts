import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { availabilitySchema, clinicSchema, type slotSchema } from '../../contract/clinics.js';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { localDate, addDays as plusDays, todayIn, wallClock } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { guest, listeningApp, newKey, seedTwoClinics } from '../clinics/test-fixtures.js';
import { countOverlaps } from '../db/repos/bookings.js';
import { seedClinic, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const desk = VIGNETTES.find((v) => v.id === 'desk-worker-supine')!;

type Slot = z.infer<typeof slotSchema>;
type ClinicView = z.infer<typeof clinicSchema>;

/** The UTC date `n` days after the instant. */
const addDays = (d: Date, n: number) => plusDays(todayIn('UTC', d), n);

describe.each(testServers())('booking on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let clinic: ClinicView;
  let ids: { x: string; y: string };
  let acupuncture: string;
  let mei: string;

  async function freeSlots(serviceId: string, practitionerId?: string, days = 20): Promise<Slot[]> {
    const q = new URLSearchParams({ serviceId, from: addDays(new Date(), 0), to: addDays(new Date(), days) });
    if (practitionerId) q.set('practitionerId', practitionerId);
    const res = await t.app.inject({ url: `/api/clinics/${clinic.id}/availability?${q}` });
    expect(res.statusCode).toBe(200);
    return availabilitySchema.parse(res.json()).slots;
  }
  const book = (slot: Slot, key = newKey(), who = guest()) =>
    t.app.inject({
      method: 'POST',
      url: `/api/clinics/${clinic.id}/bookings`,
      payload: {
        serviceId: slot.serviceId,
        practitionerId: slot.practitionerId,
        start: slot.start,
        idempotencyKey: key,
        patient: who,
      },
    });

  beforeAll(async () => {
    t = await createTestApp(server);
    ids = await seedTwoClinics(t.database.db);
    clinic = clinicSchema.parse(
      (await t.app.inject({ url: `/api/clinics/${vancouverDemoClinic.slug}` })).json(),
    );
    acupuncture = clinic.services.find((s) => s.slug === 'acupuncture')!.id;
    mei = clinic.practitioners.find((p) => p.displayName.startsWith('Mei'))!.id;
  });
  afterAll(async () => t?.close());

  it('lists the clinic with its services, practitioners and holidays', async () => {
    const res = await t.app.inject({ url: `/api/clinics/${ids.x}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.timeZone).toBe('America/Vancouver');
    expect(body.services.map((s: { slug: string }) => s.slug)).toEqual(
      expect.arrayContaining([
        'acupuncture',
        'electro-acupuncture',
        'cupping',
        'massage',
        'chiropractic-adjustment',
        'osteopathic-treatment',
        'physiotherapy-assessment',
      ]),
    );
    expect(body.practitioners).toHaveLength(3);
    expect(body.closures).toContainEqual({ date: '2026-12-25', ranges: [], reason: 'Christmas Day' });
    expect(body.openingHours['1']).toEqual([{ start: '09:30', end: '19:00' }]);
    expect(body.openingHours['6']).toBeUndefined();
  });

  it('refuses a clinic whose time zone is not an IANA zone', async () => {
    await expect(
      seedClinic(t.database.db, {
        ...vancouverDemoClinic,
        slug: 'mars',
        timeZone: 'Mars/Olympus_Mons',
        staff: [],
      }),
    ).rejects.toThrow(/time zone/);
    await expect(
      t.database.pool.query(
        "insert into clinics (slug, name, address, phone, email, time_zone, opening_hours) values ('m', 'M', 'a', 'p', 'e', 'Mars/Olympus_Mons', '{}')",
      ),
    ).rejects.toThrow(/clinics_time_zone_known/);
  });

  it('offers slots only on weekdays within opening hours, in the clinic zone', async () => {
    const slots = await freeSlots(acupuncture, mei, 14);
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) {
      // The clinic's wall clock by the domain's zone rules: what the booking page shows too.
      const wall = wallClock(s.start, 'America/Vancouver');
      expect([1, 2, 3, 4, 5]).toContain(wall.getUTCDay());
      const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes();
      expect(minutes).toBeGreaterThanOrEqual(9 * 60 + 30);
      expect(minutes + 60).toBeLessThanOrEqual(19 * 60);
    }
  });

  it('refuses an invalid guest (bad email or phone) naming the field', async () => {
    const [slot] = await freeSlots(acupuncture, mei);
    const bad = await book(slot!, newKey(), { name: 'A', email: 'not-an-email', phone: '+1 604 555 0100' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('body.patient.email');
    const badPhone = await book(slot!, newKey(), { name: 'A', email: 'a@example.com', phone: 'call me' });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().field).toBe('body.patient.phone');
  });

  it('books once per idempotency key, even when the retry races the first request', async () => {
    const slots = await freeSlots(acupuncture, mei);
    const slot = slots[3]!;
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 10 }, () => book(slot, key)));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 200)).toHaveLength(9);
    const bookingIds = new Set(answers.map((a) => a.json().booking.id));
    expect(bookingIds.size).toBe(1);
    const tokens = new Set(answers.map((a) => a.json().cancelToken));
    expect(tokens.size).toBe(1);
    const again = await book(slot, key);
    expect(again.statusCode).toBe(200);
    expect(again.json().booking.id).toBe([...bookingIds][0]);
  });

  it('answers a taken slot with 409 slot_taken and fresh free slots', async () => {
    const slots = await freeSlots(acupuncture, mei);
    const slot = slots[8]!;
    expect((await book(slot)).statusCode).toBe(201);
    const second = await book(slot);
    expect(second.statusCode).toBe(409);
    const body = second.json();
    expect(body.code).toBe('slot_taken');
    expect(body.detail).toBe('That time was just taken. Here are the next free times.');
    expect(body.slots.length).toBeGreaterThan(0);
    expect(body.slots.map((s: Slot) => s.start)).not.toContain(slot.start);
  });

  it('books "any practitioner" with someone who gives the service', async () => {
    const cupping = clinic.services.find((s) => s.slug === 'cupping')!;
    const [slot] = await freeSlots(cupping.id);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/clinics/${clinic.id}/bookings`,
      payload: {
        serviceId: cupping.id,
        practitionerId: null,
        start: slot!.start,
        idempotencyKey: newKey(),
        patient: guest(2),
      },
    });
    expect(res.statusCode).toBe(201);
    expect(cupping.practitionerIds).toContain(res.json().booking.practitionerId);
  });

  it('lets a guest cancel only with the right token, and mails the cancellation', async () => {
    const slots = await freeSlots(acupuncture, mei);
    const made = await book(slots[12]!);
    const { booking, cancelToken } = made.json();
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${booking.id}/cancel`,
      payload: { token: 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(404);
    const none = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${booking.id}/cancel`,
      payload: {},
    });
    expect(none.statusCode).toBe(404);
    const seen = await t.app.inject({
      url: `/api/bookings/${booking.id}?token=${encodeURIComponent(cancelToken)}`,
    });
    expect(seen.json().status).toBe('active');

    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${booking.id}/cancel`,
      payload: { token: cancelToken },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('cancelled');
    const outbox = await t.database.pool.query(
      'select kind, status from outbox where booking_id = $1 order by id',
      [booking.id],
    );
    const kinds = outbox.rows.map((r) => `${r.kind}:${r.status}`);
    expect(kinds).toContain('booking_confirmation:pending');
    expect(kinds).toContain('booking_cancellation:pending');
    expect(kinds).not.toContain('booking_reminder:pending');
    // The freed slot can be booked again.
    expect((await book(slots[12]!)).statusCode).toBe(201);
  });

  it('lets the person who booked (guest cookie) manage the booking without the token, nobody else', async () => {
    const me = await t.app.inject({ method: 'POST', url: '/api/me', payload: { language: 'en' } });
    const cookie = String(me.headers['set-cookie']).split(';')[0]!;
    const stranger = String(
      (await t.app.inject({ method: 'POST', url: '/api/me', payload: {} })).headers['set-cookie'],
    ).split(';')[0]!;
    const slots = await freeSlots(acupuncture, mei);
    const made = await t.app.inject({
      method: 'POST',
      url: `/api/clinics/${clinic.id}/bookings`,
      headers: { cookie },
      payload: {
        serviceId: acupuncture,
        practitionerId: mei,
        start: slots[44]!.start,
        idempotencyKey: newKey(),
        patient: guest(5),
      },
    });
    expect(made.statusCode).toBe(201);
    const id = made.json().booking.id;
    const mine = await t.app.inject({ url: '/api/bookings', headers: { cookie } });
    expect(mine.json().map((b: { id: string }) => b.id)).toContain(id);
    expect((await t.app.inject({ url: '/api/bookings', headers: { cookie: stranger } })).json()).toEqual([]);
    expect(
      (await t.app.inject({ url: `/api/bookings/${id}`, headers: { cookie: stranger } })).statusCode,
    ).toBe(404);
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${id}/cancel`,
      headers: { cookie },
      payload: {},
    });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json().status).toBe('cancelled');
  });

  it("shares the patient's own assessment with the clinic's staff only, with consent", async () => {
    const patient = new TestBrowser(t.app);
    const assessment = await patient.post('/api/assessments', { language: 'en', answers: desk.answers });
    expect(assessment.statusCode).toBe(201);
    const assessmentId = assessment.json().id;
    const slots = await freeSlots(acupuncture, mei);
    const attempt = (extra: Record<string, unknown>, who = patient) =>
      who.post(`/api/clinics/${clinic.id}/bookings`, {
        serviceId: acupuncture,
        practitionerId: mei,
        start: slots[48]!.start,
        idempotencyKey: newKey(),
        patient: guest(7),
        assessmentId,
        ...extra,
      });
    expect((await attempt({ shareAssessment: false })).json().code).toBe('consent_required');
    // Someone else cannot attach it.
    expect((await attempt({ shareAssessment: true }, new TestBrowser(t.app))).statusCode).toBe(404);
    const made = await attempt({ shareAssessment: true });
    expect(made.statusCode).toBe(201);
    const id = made.json().booking.id;

    const admin = new TestBrowser(t.app);
    await admin.signIn('admin@falsecreek.example', 'psoas-demo-admin');
    const seen = await admin.get(`/api/staff/clinics/${ids.x}/bookings/${id}/assessment`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ id: assessmentId, selfCareAllowed: true, pattern: 'tight-short' });
    const other = new TestBrowser(t.app);
    await other.signIn('admin@other.example', 'other-admin-password');
    expect((await other.get(`/api/staff/clinics/${ids.x}/bookings/${id}/assessment`)).statusCode).toBe(404);
    const logged = await t.database.pool.query(
      "select count(*)::int as n from audit_log where action = 'assessment.viewed_by_staff' and resource_id = $1",
      [assessmentId],
    );
    expect(logged.rows[0].n).toBe(1);
  });

  it("names the patient's person to staff only while they share progress with the clinic", async () => {
    const patient = new TestBrowser(t.app);
    const personId = (await patient.signUp(`progress-${newKey()}@example.org`)).json().personId as string;
    const slot = (await freeSlots(acupuncture, mei, 30))[70]!;
    const made = await patient.post(`/api/clinics/${clinic.id}/bookings`, {
      serviceId: acupuncture,
      practitionerId: mei,
      start: slot.start,
      idempotencyKey: newKey(),
      patient: guest(11),
    });
    expect(made.statusCode).toBe(201);
    const bookingId = made.json().booking.id as string;
    const admin = new TestBrowser(t.app);
    await admin.signIn('admin@falsecreek.example', 'psoas-demo-admin');
    const day = slot.start.slice(0, 10);
    const listed = async () => {
      const res = await admin.get(
        `/api/staff/clinics/${ids.x}/bookings?from=${addDays(new Date(Date.parse(day)), -1)}&to=${addDays(new Date(Date.parse(day)), 1)}`,
      );
      expect(res.statusCode).toBe(200);
      return res.json().find((b: { id: string }) => b.id === bookingId) as { personId: string | null };
    };
    expect((await listed()).personId).toBeNull();
    const onlyAssessment = (
      await patient.post('/api/consents', { clinicId: ids.x, scopes: ['assessment'] })
    ).json();
    expect((await listed()).personId).toBeNull();
    await patient.delete(`/api/consents/${onlyAssessment.id}`);
    const consent = (await patient.post('/api/consents', { clinicId: ids.x, scopes: ['progress'] })).json();
    expect((await listed()).personId).toBe(personId);
    await patient.delete(`/api/consents/${consent.id}`);
    expect((await listed()).personId).toBeNull();
  });

  it('queues the confirmation now and the reminder 24 hours before the visit', async () => {
    const slots = await freeSlots(acupuncture, mei, 30);
    const slot = slots.find((s) => Date.parse(s.start) > Date.now() + 3 * 86_400_000)!;
    const made = (await book(slot)).json();
    const { rows } = await t.database.pool.query(
      'select kind, status, due_at from outbox where booking_id = $1 order by kind',
      [made.booking.id],
    );
    expect(rows.map((r) => `${r.kind}:${r.status}`)).toEqual([
      'booking_confirmation:pending',
      'booking_reminder:pending',
    ]);
    expect(Math.abs(new Date(rows[0].due_at).getTime() - Date.now())).toBeLessThan(60_000);
    expect(new Date(rows[1].due_at).getTime()).toBe(Date.parse(slot.start) - 24 * 3600_000);
  });

  it('reschedules with the token to a free slot, and refuses a taken one', async () => {
    const laterThan = (list: Slot[], start: string, hours: number) =>
      list.find((s) => Date.parse(s.start) >= Date.parse(start) + hours * 3600_000)!;
    const slots = await freeSlots(acupuncture, mei);
    const made = (await book(slots[16]!)).json();
    const other = laterThan(slots, slots[16]!.start, 3);
    expect((await book(other)).statusCode).toBe(201);
    const taken = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${made.booking.id}/reschedule`,
      payload: { token: made.cancelToken, start: other.start },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('slot_taken');
    const target = laterThan(await freeSlots(acupuncture, mei), other.start, 3);
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${made.booking.id}/reschedule`,
      payload: { token: made.cancelToken, start: target.start },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().start).toBe(new Date(target.start).toISOString());
    const kinds = await t.database.pool.query('select kind from outbox where booking_id = $1', [
      made.booking.id,
    ]);
    expect(kinds.rows.map((r) => r.kind)).toContain('booking_moved');
  });

  it('serves the booking as an .ics invite', async () => {
    const ical = await import('node-ical');
    const slots = await freeSlots(acupuncture, mei);
    const made = (await book(slots[28]!)).json();
    const res = await t.app.inject({
      url: `/api/bookings/${made.booking.id}/invite.ics?token=${encodeURIComponent(made.cancelToken)}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const events = Object.values(ical.sync.parseICS(res.body)).filter((e) => e?.type === 'VEVENT') as {
      start: Date;
      end: Date;
      summary: string;
    }[];
    expect(events).toHaveLength(1);
    expect(events[0]!.start.toISOString()).toBe(new Date(slots[28]!.start).toISOString());
    expect(events[0]!.summary).toContain('Acupuncture');
  });

  it('keeps staff inside their own clinic: another clinic is 404, settings need the admin', async () => {
    const slots = await freeSlots(acupuncture, mei);
    const made = (await book(slots[32]!)).json();
    const from = addDays(new Date(), 0);
    const to = addDays(new Date(), 30);

    const anonymous = await t.app.inject({
      url: `/api/staff/clinics/${ids.x}/bookings?from=${from}&to=${to}`,
    });
    expect(anonymous.statusCode).toBe(401);

    const otherAdmin = new TestBrowser(t.app);
    expect((await otherAdmin.signIn('admin@other.example', 'other-admin-password')).statusCode).toBe(200);
    expect(
      (await otherAdmin.get(`/api/staff/clinics/${ids.x}/bookings?from=${from}&to=${to}`)).statusCode,
    ).toBe(404);
    expect((await otherAdmin.get(`/api/staff/clinics/${ids.x}`)).statusCode).toBe(404);
    expect(
      (await otherAdmin.post(`/api/staff/clinics/${ids.x}/bookings/${made.booking.id}/cancel`)).statusCode,
    ).toBe(404);
    expect(
      (await otherAdmin.post(`/api/staff/clinics/${ids.y}/bookings/${made.booking.id}/cancel`)).statusCode,
    ).toBe(404);
    expect(
      (await otherAdmin.get(`/api/staff/clinics/${ids.y}/bookings?from=${from}&to=${to}`)).statusCode,
    ).toBe(200);

    const practitioner = new TestBrowser(t.app);
    expect((await practitioner.signIn('mei.lin@falsecreek.example', 'psoas-demo-staff')).statusCode).toBe(
      200,
    );
    const list = await practitioner.get(`/api/staff/clinics/${ids.x}/bookings?from=${from}&to=${to}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((b: { id: string }) => b.id)).toContain(made.booking.id);
    const hours = await practitioner.put(`/api/staff/clinics/${ids.x}/hours`, {
      openingHours: { '1': [{ start: '10:00', end: '12:00' }] },
    });
    expect(hours.statusCode).toBe(403);
  });

  it('lets staff move, mark and cancel a booking; the admin closes a day', async () => {
    const admin = new TestBrowser(t.app);
    expect((await admin.signIn('admin@falsecreek.example', 'psoas-demo-admin')).statusCode).toBe(200);
    const slots = await freeSlots(acupuncture, mei);
    const made = (await book(slots[36]!)).json();
    const base = `/api/staff/clinics/${ids.x}/bookings/${made.booking.id}`;
    const moved = await admin.post(`${base}/move`, { start: slots[40]!.start });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().start).toBe(new Date(slots[40]!.start).toISOString());
    expect((await admin.post(`${base}/status`, { status: 'no_show' })).json().status).toBe('no_show');
    expect((await admin.post(`${base}/cancel`)).statusCode).toBe(409);
    // The front desk sees the missed appointment on the patient's bookings (by email, any case).
    const againRes = await book(slots[60]!, newKey(), { ...guest(1), email: 'GUEST1@Example.com' });
    expect(againRes.statusCode, againRes.body).toBe(201);
    const again = againRes.json();
    const otherRes = await book(slots[80]!, newKey(), guest(7));
    expect(otherRes.statusCode, otherRes.body).toBe(201);
    const other = otherRes.json();
    const dayIn = (iso: string) => localDate(iso, 'America/Vancouver');
    const listed = (
      await admin.get(
        `/api/staff/clinics/${ids.x}/bookings?from=${dayIn(slots[36]!.start)}&to=${dayIn(slots[80]!.start)}`,
      )
    ).json() as { id: string; noShows: number }[];
    expect(listed.find((b) => b.id === again.booking.id)?.noShows).toBeGreaterThanOrEqual(1);
    expect(listed.find((b) => b.id === made.booking.id)?.noShows).toBe(
      listed.find((b) => b.id === again.booking.id)?.noShows,
    );
    expect(listed.find((b) => b.id === other.booking.id)?.noShows).toBe(0);

    // Closing the first bookable day removes its slots.
    const day = localDate(slots[0]!.start, 'America/Vancouver');
    const closed = await admin.put(`/api/staff/clinics/${ids.x}/closures/${day}`, {
      ranges: [],
      reason: 'Staff training',
    });
    expect(closed.statusCode).toBe(200);
    const after = await freeSlots(acupuncture, mei);
    const dayOf = (s: Slot) => localDate(s.start, 'America/Vancouver');
    expect(after.some((s) => dayOf(s) === day)).toBe(false);
    expect((await admin.delete(`/api/staff/clinics/${ids.x}/closures/${day}`)).statusCode).toBe(200);
    expect((await freeSlots(acupuncture, mei)).some((s) => dayOf(s) === day)).toBe(true);
  });

  it('never holds two overlapping active bookings of one practitioner', async () => {
    expect(await countOverlaps(t.database.db)).toBe(0);
  });
});

describe.each(testServers())(
  '200 simultaneous bookings of one slot over HTTP on $name PostgreSQL',
  (server) => {
    let t: Awaited<ReturnType<typeof createTestApp>>;
    let clinicId: string;
    let slots: Slot[];
    const apps: Awaited<ReturnType<typeof listeningApp>>[] = [];

    beforeAll(async () => {
      t = await createTestApp(server);
      clinicId = (await seedTwoClinics(t.database.db)).x;
      const clinic = clinicSchema.parse((await t.app.inject({ url: `/api/clinics/${clinicId}` })).json());
      const massage = clinic.services.find((s) => s.slug === 'massage')!;
      const q = new URLSearchParams({
        serviceId: massage.id,
        from: addDays(new Date(), 0),
        to: addDays(new Date(), 20),
        practitionerId: massage.practitionerIds[0]!,
      });
      slots = (await t.app.inject({ url: `/api/clinics/${clinicId}/availability?${q}` })).json().slots;
    });
    afterAll(async () => {
      for (const a of apps) await a.close();
      await t?.close();
    });

    async function storm(urls: string[], slot: Slot) {
      const results = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const res = await fetch(`${urls[i % urls.length]}/api/clinics/${clinicId}/bookings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              serviceId: slot.serviceId,
              practitionerId: slot.practitionerId,
              start: slot.start,
              idempotencyKey: newKey(),
              patient: guest(i),
            }),
          });
          return { status: res.status, body: (await res.json()) as { code?: string } };
        }),
      );
      const count = (s: number) => results.filter((r) => r.status === s).length;
      expect(count(201)).toBe(1);
      expect(count(409)).toBe(199);
      expect(results.filter((r) => r.status >= 500)).toEqual([]);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'slot_taken')).toBe(true);
      const rows = await t.database.pool.query(
        "select count(*)::int as n from bookings where start_at = $1 and status = 'active'",
        [slot.start],
      );
      expect(rows.rows[0].n).toBe(1);
      expect(await countOverlaps(t.database.db)).toBe(0);
    }

    it('one app instance: exactly one 201, 199 × 409, no 5xx', async () => {
      const one = await listeningApp(t.database);
      apps.push(one);
      await storm([one.url], slots[5]!);
    }, 120_000);

    it('two app instances over one database: exactly one 201, 199 × 409, no 5xx', async () => {
      const a = await listeningApp(t.database);
      const b = await listeningApp(t.database);
      apps.push(a, b);
      await storm([a.url, b.url], slots[15]!);
    }, 120_000);
  },
);
