import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { availabilitySchema, clinicSchema, type slotSchema, tooLateSchema } from '../../contract/clinics.js';
import { addDays, localDate, todayIn } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { guest, newKey, seedTwoClinics } from '../clinics/test-fixtures.js';
import { vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestApp, testServers } from '../testing/test-db.js';

type Slot = z.infer<typeof slotSchema>;
const ZONE = vancouverDemoClinic.timeZone;
const rules = { minNoticeMinutes: 120, maxDaysAhead: 60, slotIntervalMinutes: 15 };

describe.each(testServers())('booking policies on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let ids: { x: string; y: string };
  let acupuncture: string;
  let mei: string;
  let admin: TestBrowser;

  async function freeSlots(practitionerId = mei, days = 20): Promise<Slot[]> {
    const today = todayIn(ZONE, new Date());
    const q = new URLSearchParams({
      serviceId: acupuncture,
      from: today,
      to: addDays(today, days),
      practitionerId,
    });
    const res = await t.app.inject({ url: `/api/clinics/${ids.x}/availability?${q}` });
    expect(res.statusCode).toBe(200);
    return availabilitySchema.parse(res.json()).slots;
  }
  const book = (slot: Slot) =>
    t.app.inject({
      method: 'POST',
      url: `/api/clinics/${ids.x}/bookings`,
      payload: {
        serviceId: slot.serviceId,
        practitionerId: slot.practitionerId,
        start: slot.start,
        idempotencyKey: newKey(),
        patient: guest(),
      },
    });
  const setRules = (r: Partial<typeof rules> & { changeCutoffMinutes?: number }) =>
    admin.put(`/api/staff/clinics/${ids.x}/hours`, {
      openingHours: vancouverDemoClinic.openingHours,
      rules: { ...rules, ...r },
    });

  beforeAll(async () => {
    t = await createTestApp(server);
    ids = await seedTwoClinics(t.database.db);
    const clinic = clinicSchema.parse((await t.app.inject({ url: `/api/clinics/${ids.x}` })).json());
    acupuncture = clinic.services.find((s) => s.slug === 'acupuncture')!.id;
    mei = clinic.practitioners.find((p) => p.displayName.startsWith('Mei'))!.id;
    admin = new TestBrowser(t.app);
    expect((await admin.signIn('admin@falsecreek.example', 'psoas-demo-admin')).statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it('refuses an online cancel or move inside the cut-off, naming the clinic’s phone; staff still can', async () => {
    const slots = await freeSlots();
    const made = (await book(slots[0]!)).json();
    const minutesAhead = Math.ceil((Date.parse(slots[0]!.start) - Date.now()) / 60_000);
    const saved = await setRules({ changeCutoffMinutes: Math.min(10_080, minutesAhead + 60) });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(clinicSchema.parse(saved.json()).rules.changeCutoffMinutes).toBe(
      Math.min(10_080, minutesAhead + 60),
    );
    // The public clinic view tells the patient the policy too.
    const pub = clinicSchema.parse((await t.app.inject({ url: `/api/clinics/${ids.x}` })).json());
    expect(pub.rules.changeCutoffMinutes).toBe(Math.min(10_080, minutesAhead + 60));

    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${made.booking.id}/cancel`,
      payload: { token: made.cancelToken },
    });
    expect(cancel.statusCode).toBe(409);
    const problem = tooLateSchema.parse(cancel.json());
    expect(problem.code).toBe('too_late');
    expect(problem.phone).toBe(vancouverDemoClinic.phone);
    expect(problem.detail).toContain(vancouverDemoClinic.phone);
    expect(Date.parse(problem.deadline!)).toBeLessThan(Date.now());

    const move = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${made.booking.id}/reschedule`,
      payload: { token: made.cancelToken, start: slots[8]!.start },
    });
    expect(move.statusCode).toBe(409);
    expect(move.json().code).toBe('too_late');
    const seen = await t.app.inject({
      url: `/api/bookings/${made.booking.id}?token=${encodeURIComponent(made.cancelToken)}`,
    });
    expect(seen.json().status).toBe('active');

    // Outside the cut-off (none at all) the same cancel goes through.
    expect((await setRules({ changeCutoffMinutes: 0 })).statusCode).toBe(200);
    const later = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${made.booking.id}/cancel`,
      payload: { token: made.cancelToken },
    });
    expect(later.statusCode).toBe(200);
    expect(later.json().status).toBe('cancelled');
  });

  it('lets staff cancel inside the cut-off', async () => {
    const slots = await freeSlots();
    const made = (await book(slots[2]!)).json();
    expect((await setRules({ changeCutoffMinutes: 10_080 })).statusCode).toBe(200);
    const res = await admin.post(`/api/staff/clinics/${ids.x}/bookings/${made.booking.id}/cancel`);
    expect(res.statusCode).toBe(200);
    expect((await setRules({ changeCutoffMinutes: 120 })).statusCode).toBe(200);
  });

  it('filters availability by minimum notice and days ahead, and refuses a booking outside them', async () => {
    const before = await freeSlots(mei, 30);
    expect((await setRules({ minNoticeMinutes: 2880, maxDaysAhead: 7 })).statusCode).toBe(200);
    const after = await freeSlots(mei, 30);
    expect(after.length).toBeGreaterThan(0);
    const lastDay = addDays(todayIn(ZONE, new Date()), 7);
    for (const s of after) {
      expect(Date.parse(s.start) - Date.now()).toBeGreaterThanOrEqual(2880 * 60_000 - 5_000);
      expect(localDate(Date.parse(s.start), ZONE) <= lastDay).toBe(true);
    }
    const tooSoon = before.find((s) => Date.parse(s.start) - Date.now() < 2880 * 60_000)!;
    const tooFar = before.find((s) => localDate(Date.parse(s.start), ZONE) > lastDay)!;
    for (const s of [tooSoon, tooFar]) expect((await book(s)).statusCode).toBe(409);
    expect((await setRules({})).statusCode).toBe(200);
  });

  it('answers wrong opening hours with the field that is wrong and what is wrong with it', async () => {
    const res = await admin.put(`/api/staff/clinics/${ids.x}/hours`, {
      openingHours: {
        ...vancouverDemoClinic.openingHours,
        '2': [{ start: '13:00', end: '09:00' }],
        '4': [
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '18:00' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'invalid_hours',
      field: 'body.openingHours.2.0.end',
      issues: [
        { field: 'body.openingHours.2.0.end', kind: 'end_before_start' },
        { field: 'body.openingHours.4.1.start', kind: 'overlap' },
      ],
    });
  });

  it('keeps a practitioner’s time off: no slots those days, shown to staff, removable by the admin only', async () => {
    const first = (await freeSlots())[0]!;
    const day = localDate(Date.parse(first.start), ZONE);
    const path = `/api/staff/clinics/${ids.x}/practitioners/${mei}/time-off`;
    const added = await admin.post(path, { from: day, to: day, reason: 'Conference' });
    expect(added.statusCode, added.body).toBe(201);
    const off = clinicSchema.parse(added.json()).practitioners.find((p) => p.id === mei)!.timeOff!;
    expect(off).toHaveLength(1);
    expect(off[0]!.reason).toBe('Conference');
    expect(localDate(Date.parse(off[0]!.start), ZONE)).toBe(day);
    expect(off[0]).toMatchObject({ from: day, to: day });
    expect((await freeSlots()).some((s) => localDate(Date.parse(s.start), ZONE) === day)).toBe(false);
    // The public view never shows time off.
    const pub = clinicSchema.parse((await t.app.inject({ url: `/api/clinics/${ids.x}` })).json());
    expect(pub.practitioners.every((p) => p.timeOff === undefined)).toBe(true);

    expect((await admin.post(path, { from: day, to: addDays(day, -1) })).statusCode).toBe(400);
    const practitioner = new TestBrowser(t.app);
    await practitioner.signIn('mei.lin@falsecreek.example', 'psoas-demo-staff');
    expect((await practitioner.post(path, { from: day, to: day })).statusCode).toBe(403);
    const other = new TestBrowser(t.app);
    await other.signIn('admin@other.example', 'other-admin-password');
    expect((await other.delete(`/api/staff/clinics/${ids.y}/time-off/${off[0]!.id}`)).statusCode).toBe(404);
    expect(
      (await other.post(`/api/staff/clinics/${ids.y}/practitioners/${mei}/time-off`, { from: day, to: day }))
        .statusCode,
    ).toBe(404);

    const removed = await admin.delete(`/api/staff/clinics/${ids.x}/time-off/${off[0]!.id}`);
    expect(removed.statusCode).toBe(200);
    expect((await freeSlots()).some((s) => localDate(Date.parse(s.start), ZONE) === day)).toBe(true);
  });
});
