import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { bookingCreatedSchema } from '../../contract/bookings.js';
import { availabilitySchema, clinicSchema, type slotSchema } from '../../contract/clinics.js';
import { waitlistEntrySchema, waitlistOfferSchema } from '../../contract/waitlist.js';
import { addDays, localDate, todayIn } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { guest, newKey, seedTwoClinics } from '../clinics/test-fixtures.js';
import { DEMO_ADMIN_PASSWORD, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestApp, testServers } from '../testing/test-db.js';

type Slot = z.infer<typeof slotSchema>;
const ZONE = 'America/Vancouver';

describe.each(testServers())('waitlist on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let clinic: z.infer<typeof clinicSchema>;
  let acupuncture: string;
  let massage: string;
  let mei: string;
  let other: string;
  let dayIndex = 2;

  const today = () => todayIn(ZONE, new Date());
  /** A weekday a few days ahead with free acupuncture times with Mei (each test takes its own day). */
  async function nextDaySlots(): Promise<{ date: string; slots: Slot[] }> {
    for (;;) {
      const date = addDays(today(), dayIndex++);
      const q = new URLSearchParams({ serviceId: acupuncture, practitionerId: mei, from: date, to: date });
      const res = await t.app.inject({ url: `/api/clinics/${clinic.id}/availability?${q}` });
      // Times at least two hours apart, so booking one never blocks another (buffers included).
      const slots: Slot[] = [];
      for (const s of availabilitySchema.parse(res.json()).slots)
        if (!slots.length || Date.parse(s.start) >= Date.parse(slots.at(-1)!.start) + 2 * 3600_000)
          slots.push(s);
      // Each test takes a day a week after the last, so earlier entries (ranges up to 3 days) never match.
      dayIndex += 6;
      if (slots.length > 2) return { date, slots };
    }
  }
  const book = (slot: Slot, who = guest(90)) =>
    t.app.inject({
      method: 'POST',
      url: `/api/clinics/${clinic.id}/bookings`,
      payload: {
        serviceId: slot.serviceId,
        practitionerId: slot.practitionerId,
        start: slot.start,
        idempotencyKey: newKey(),
        patient: who,
      },
    });
  const join = (
    who: string,
    over: Partial<{ serviceId: string; practitionerId: string | null; from: string; to: string }>,
    language = 'en',
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/clinics/${clinic.id}/waitlist`,
      payload: {
        serviceId: acupuncture,
        practitionerId: null,
        from: today(),
        to: today(),
        patient: { name: who, email: `${who.toLowerCase()}@example.com`, phone: '+1 604 555 0101' },
        language,
        ...over,
      },
    });
  const cancel = (made: z.infer<typeof bookingCreatedSchema>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/bookings/${made.booking.id}/cancel`,
      payload: { token: made.cancelToken },
    });
  /** Waitlist mails written since `afterId`, oldest first. */
  async function mails(kind: string, afterId = 0) {
    const { rows } = await t.database.pool.query(
      'select id, payload from outbox where kind = $1 and id > $2 order by id',
      [kind, afterId],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      to: r.payload.to as string,
      text: r.payload.text as string,
      subject: r.payload.subject as string,
    }));
  }
  const lastOutboxId = async () =>
    Number((await t.database.pool.query('select coalesce(max(id), 0) as n from outbox')).rows[0].n);
  const linkIn = (text: string, kind: 'offer' | 'leave') => {
    const m = new RegExp(`/care/waitlist/${kind}/([0-9a-f-]{36})\\?token=([A-Za-z0-9_%-]+)`).exec(text);
    if (!m) throw new Error(`no ${kind} link in the mail`);
    return { id: m[1]!, token: decodeURIComponent(m[2]!) };
  };
  const bookOffer = (link: { id: string; token: string }, key = newKey()) =>
    t.app.inject({
      method: 'POST',
      url: `/api/waitlist-offers/${link.id}/book`,
      payload: { token: link.token, idempotencyKey: key },
    });

  beforeAll(async () => {
    t = await createTestApp(server);
    await seedTwoClinics(t.database.db);
    clinic = clinicSchema.parse(
      (await t.app.inject({ url: `/api/clinics/${vancouverDemoClinic.slug}` })).json(),
    );
    acupuncture = clinic.services.find((s) => s.slug === 'acupuncture')!.id;
    massage = clinic.services.find((s) => s.slug === 'massage')!.id;
    mei = clinic.practitioners.find((p) => p.displayName.startsWith('Mei'))!.id;
    other = clinic.practitioners.find((p) => p.id !== mei && !p.serviceIds?.includes(acupuncture))?.id ?? '';
  });
  afterAll(async () => t?.close());

  it('refuses a range in the past, reversed, longer than 14 days or beyond the booking window, naming the field', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ from: addDays(today(), -1), to: today() }, 'body.from', 'waitlist_in_past'],
      [{ from: addDays(today(), 3), to: addDays(today(), 2) }, 'body.to', 'waitlist_reversed'],
      [{ from: today(), to: addDays(today(), 14) }, 'body.to', 'waitlist_too_long'],
      [
        {
          from: addDays(today(), clinic.rules.maxDaysAhead - 2),
          to: addDays(today(), clinic.rules.maxDaysAhead + 1),
        },
        'body.to',
        'waitlist_beyond_window',
      ],
      [{ from: '2026-02-30', to: today() }, 'body.from', 'validation'],
    ];
    for (const [range, field, code] of cases) {
      const res = await join('Range', range);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().field).toBe(field);
      if (code !== 'validation') expect(res.json().code).toBe(code);
    }
    const badEmail = await t.app.inject({
      method: 'POST',
      url: `/api/clinics/${clinic.id}/waitlist`,
      payload: {
        serviceId: acupuncture,
        from: today(),
        to: today(),
        patient: { name: 'A', email: 'not-an-email', phone: '+1 604 555 0101' },
      },
    });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().field).toBe('body.patient.email');
    const unknownPrac = await join('Prac', { practitionerId: crypto.randomUUID() });
    expect(unknownPrac.statusCode).toBe(404);
    const unknownService = await join('Svc', { serviceId: crypto.randomUUID() });
    expect(unknownService.statusCode).toBe(404);
  });

  it('confirms a join in words by email with a leave link that works, and only with its token', async () => {
    const before = await lastOutboxId();
    const res = await join('Lena', { from: addDays(today(), 1), to: addDays(today(), 7) }, 'es');
    expect(res.statusCode, res.body).toBe(201);
    const entry = waitlistEntrySchema.parse(res.json());
    expect(entry.status).toBe('waiting');
    const [joined] = await mails('waitlist_joined', before);
    expect(joined!.to).toBe('lena@example.com');
    expect(joined!.subject).toContain('lista de espera');
    const leave = linkIn(joined!.text, 'leave');
    expect(leave.id).toBe(entry.id);

    const wrong = await t.app.inject({ url: `/api/waitlist/${entry.id}?token=${'x'.repeat(43)}` });
    expect(wrong.statusCode).toBe(404);
    const none = await t.app.inject({ method: 'POST', url: `/api/waitlist/${entry.id}/leave`, payload: {} });
    expect(none.statusCode).toBe(404);
    const seen = await t.app.inject({
      url: `/api/waitlist/${entry.id}?token=${encodeURIComponent(leave.token)}`,
    });
    expect(seen.statusCode).toBe(200);
    const left = await t.app.inject({
      method: 'POST',
      url: `/api/waitlist/${entry.id}/leave`,
      payload: { token: leave.token },
    });
    expect(left.statusCode).toBe(200);
    expect(waitlistEntrySchema.parse(left.json()).status).toBe('left');
  });

  it('offers a cancelled time to the matching entries in order of joining, the first three, by email', async () => {
    const { date, slots } = await nextDaySlots();
    const made = bookingCreatedSchema.parse((await book(slots[0]!)).json());
    const on = { from: date, to: date };
    // Joined in this order; only some want this time.
    expect((await join('Ana', on)).statusCode).toBe(201);
    expect((await join('Ben', { ...on, practitionerId: mei })).statusCode).toBe(201);
    if (other) expect((await join('Cai', { ...on, practitionerId: other })).statusCode).toBe(404);
    expect((await join('Dev', { ...on, serviceId: massage })).statusCode).toBe(201);
    expect((await join('Eve', { from: addDays(date, 1), to: addDays(date, 3) })).statusCode).toBe(201);
    const leaver = waitlistEntrySchema.parse((await join('Fay', on)).json());
    expect((await join('Gus', { from: addDays(date, -1), to: addDays(date, 1) })).statusCode).toBe(201);
    expect((await join('Hal', on)).statusCode).toBe(201);
    // Fay leaves before the time frees up.
    await t.database.pool.query(`update waitlist_entries set status = 'left' where id = $1`, [leaver.id]);

    const before = await lastOutboxId();
    expect((await cancel(made)).statusCode).toBe(200);
    const offers = await mails('waitlist_offer', before);
    expect(offers.map((m) => m.to)).toEqual(['ana@example.com', 'ben@example.com', 'gus@example.com']);
    for (const m of offers) {
      expect(m.text).toContain('Book this time');
      linkIn(m.text, 'offer');
      linkIn(m.text, 'leave');
    }
    const link = linkIn(offers[0]!.text, 'offer');
    const view = waitlistOfferSchema.parse(
      (
        await t.app.inject({ url: `/api/waitlist-offers/${link.id}?token=${encodeURIComponent(link.token)}` })
      ).json(),
    );
    expect(view).toMatchObject({ status: 'open', entryStatus: 'waiting' });
    expect(Date.parse(view.start)).toBe(Date.parse(slots[0]!.start));
    expect(localDate(view.start, ZONE)).toBe(date);
    expect(
      (
        await t.app.inject({
          url: `/api/waitlist-offers/${link.id}?token=${encodeURIComponent(`${link.token}x`)}`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('gives a freed time to exactly one of two waitlisters who confirm at once; the other hears who took it', async () => {
    const { date, slots } = await nextDaySlots();
    const made = bookingCreatedSchema.parse((await book(slots[1]!)).json());
    await join('Ivy', { from: date, to: date });
    await join('Jon', { from: date, to: addDays(date, 2), practitionerId: mei });
    const before = await lastOutboxId();
    await cancel(made);
    const offers = await mails('waitlist_offer', before);
    expect(offers.map((m) => m.to)).toEqual(['ivy@example.com', 'jon@example.com']);
    const links = offers.map((m) => linkIn(m.text, 'offer'));
    const answers = await Promise.all(links.map((l) => bookOffer(l)));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([201, 409]);
    const winner = answers.find((a) => a.statusCode === 201)!;
    const loser = answers.find((a) => a.statusCode === 409)!;
    const booked = bookingCreatedSchema.parse(winner.json());
    expect(Date.parse(booked.booking.start)).toBe(Date.parse(slots[1]!.start));
    expect(booked.booking.practitionerId).toBe(mei);
    expect(loser.json().code).toBe('slot_taken');
    expect(loser.json().detail).toBe(
      'Someone else took this time. You stay on the waitlist; here are the next free times.',
    );
    expect(loser.json().slots.length).toBeGreaterThan(0);
    // The winner left the waitlist; the loser is still on it, and the offer says it was taken.
    const winnerLink = links[answers.indexOf(winner)]!;
    const loserLink = links[answers.indexOf(loser)]!;
    const offerOf = async (l: { id: string; token: string }) =>
      waitlistOfferSchema.parse(
        (
          await t.app.inject({ url: `/api/waitlist-offers/${l.id}?token=${encodeURIComponent(l.token)}` })
        ).json(),
      );
    expect(await offerOf(winnerLink)).toMatchObject({ status: 'booked', entryStatus: 'booked' });
    expect(await offerOf(loserLink)).toMatchObject({ status: 'taken', entryStatus: 'waiting' });
    // The booking has its confirmation, as any other.
    const { rows } = await t.database.pool.query('select kind from outbox where booking_id = $1', [
      booked.booking.id,
    ]);
    expect(rows.map((r) => r.kind)).toContain('booking_confirmation');
  });

  it('offers the old time when a booking moves away, and when staff cancel', async () => {
    const { date, slots } = await nextDaySlots();
    const moving = bookingCreatedSchema.parse((await book(slots[0]!)).json());
    const staffCancelled = bookingCreatedSchema.parse((await book(slots[slots.length - 1]!)).json());
    await join('Kim', { from: date, to: date });
    const before = await lastOutboxId();
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${moving.booking.id}/reschedule`,
      payload: { token: moving.cancelToken, start: slots[2]!.start },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const afterMove = await mails('waitlist_offer', before);
    expect(afterMove).toHaveLength(1);
    const offer = waitlistOfferSchema.parse(
      (
        await t.app.inject({
          url: `/api/waitlist-offers/${linkIn(afterMove[0]!.text, 'offer').id}?token=${encodeURIComponent(linkIn(afterMove[0]!.text, 'offer').token)}`,
        })
      ).json(),
    );
    expect(Date.parse(offer.start)).toBe(Date.parse(slots[0]!.start));

    const admin = new TestBrowser(t.app);
    expect((await admin.signIn('admin@falsecreek.example', DEMO_ADMIN_PASSWORD)).statusCode).toBe(200);
    const mid = await lastOutboxId();
    const res = await admin.post(
      `/api/staff/clinics/${clinic.id}/bookings/${staffCancelled.booking.id}/cancel`,
      {},
    );
    expect(res.statusCode, res.body).toBe(200);
    const afterStaff = await mails('waitlist_offer', mid);
    expect(afterStaff.map((m) => m.to)).toEqual(['kim@example.com']);
  });

  it('sends no offer to someone who left, and refuses to book an offer after leaving', async () => {
    const { date, slots } = await nextDaySlots();
    const a = bookingCreatedSchema.parse((await book(slots[0]!)).json());
    const b = bookingCreatedSchema.parse((await book(slots[1]!)).json());
    const beforeJoin = await lastOutboxId();
    await join('Lou', { from: date, to: date });
    const leave = linkIn((await mails('waitlist_joined', beforeJoin))[0]!.text, 'leave');
    const before = await lastOutboxId();
    await cancel(a);
    const offer = linkIn((await mails('waitlist_offer', before))[0]!.text, 'offer');
    await t.app.inject({
      method: 'POST',
      url: `/api/waitlist/${leave.id}/leave`,
      payload: { token: leave.token },
    });
    const refused = await bookOffer(offer);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('not_waiting');
    const mid = await lastOutboxId();
    await cancel(b);
    expect(await mails('waitlist_offer', mid)).toEqual([]);
  });
});
