import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { localDate, startOfDay, zonedInstant } from '../time/index.js';
import { availableSlots, isSlotAvailable } from './index.js';
import { availabilityQuery } from './testing/arbitraries.js';
import { local } from './testing/fixtures.js';
import { referenceSlots } from './testing/reference.js';
import type { AvailabilityQuery, Slot, TimeRange, Weekday } from './types.js';

const runs = { numRuns: 200 };

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

function localOf(q: AvailabilityQuery, iso: string): Temporal.PlainDateTime {
  return local(q.clinic.timeZone, iso);
}

function clinicRanges(q: AvailabilityQuery, date: Temporal.PlainDate): TimeRange[] {
  const o = q.clinic.overrides.find((x) => x.date === date.toString());
  return o ? o.ranges : (q.clinic.openingHours[date.dayOfWeek as Weekday] ?? []);
}

/** Loose instant of a wall time: 'earlier' for openings and 'later' for closings never cut a real slot. */
function instantOf(
  q: AvailabilityQuery,
  date: Temporal.PlainDate,
  hhmm: string,
  side: 'earlier' | 'later',
): number {
  const m = minutesOf(hhmm);
  const day = m === 1440 ? date.add({ days: 1 }) : date;
  const time = new Temporal.PlainTime(Math.floor((m % 1440) / 60), m % 60).toString().slice(0, 5);
  return zonedInstant(day.toString(), time, q.clinic.timeZone, side).getTime();
}

function insideHours(q: AvailabilityQuery, slot: Slot): boolean {
  const start = localOf(q, slot.start);
  const date = start.toPlainDate();
  const wallStart = start.hour * 60 + start.minute;
  const startMs = Date.parse(slot.start);
  const endMs = Date.parse(slot.end);
  const p = q.practitioners.find((x) => x.id === slot.practitionerId)!;
  const fits = (r: TimeRange) =>
    minutesOf(r.start) <= wallStart &&
    instantOf(q, date, r.start, 'earlier') <= startMs &&
    endMs <= instantOf(q, date, r.end, 'later');
  return clinicRanges(q, date).some(fits) && (p.workingHours[date.dayOfWeek as Weekday] ?? []).some(fits);
}

/**
 * Found by a CI run: Chile moves its clocks forward at midnight on 6 September 2026, so the
 * Saturday's "24:00" closing time never shows on the clock; the day still ends at the
 * transition (the oracle once looked one transition too far back and offered nothing).
 */
const santiagoMidnightGap: AvailabilityQuery = {
  clinic: {
    timeZone: 'America/Santiago',
    openingHours: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [{ start: '00:00', end: '24:00' }], 7: [] },
    overrides: [],
    rules: { minNoticeMinutes: 0, maxDaysAhead: 0, slotIntervalMinutes: 5 },
  },
  practitioners: [
    {
      id: 'p0',
      workingHours: { 6: [{ start: '00:00', end: '24:00' }] },
      timeOff: [],
      serviceIds: ['svc'],
    },
  ],
  service: { id: 'svc', durationMinutes: 5, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
  bookings: [],
  from: '2026-09-05',
  to: '2026-09-05',
  now: '2026-09-05T04:00:00.000Z',
  practitionerId: 'p0',
};

describe('availableSlots properties', () => {
  it('equals a naive Temporal-only reference implementation', () => {
    fc.assert(
      fc.property(availabilityQuery, (q) => {
        expect(availableSlots(q)).toEqual(referenceSlots(q));
      }),
      { ...runs, examples: [[santiagoMidnightGap]] },
    );
  });

  it('every slot lies inside clinic and practitioner hours of its local date, within the range', () => {
    fc.assert(
      fc.property(availabilityQuery, (q) => {
        for (const s of availableSlots(q)) {
          expect(insideHours(q, s)).toBe(true);
          const date = localOf(q, s.start).toPlainDate().toString();
          expect(date >= q.from && date <= q.to).toBe(true);
        }
      }),
      runs,
    );
  });

  it('no slot (with buffers) overlaps a booking (with its buffers) or time off of its practitioner', () => {
    fc.assert(
      fc.property(availabilityQuery, (q) => {
        const { bufferBeforeMinutes: bb, bufferAfterMinutes: ba } = q.service;
        for (const s of availableSlots(q)) {
          const occStart = Date.parse(s.start) - bb * 60_000;
          const occEnd = Date.parse(s.end) + ba * 60_000;
          for (const b of q.bookings.filter((x) => x.practitionerId === s.practitionerId)) {
            const bs = Date.parse(b.start) - b.bufferBeforeMinutes * 60_000;
            const be = Date.parse(b.end) + b.bufferAfterMinutes * 60_000;
            expect(occStart < be && bs < occEnd).toBe(false);
          }
          for (const t of q.practitioners.find((p) => p.id === s.practitionerId)!.timeOff) {
            expect(Date.parse(s.start) < Date.parse(t.end) && Date.parse(t.start) < Date.parse(s.end)).toBe(
              false,
            );
          }
        }
      }),
      runs,
    );
  });

  it('durations are exact, notice and horizon respected, output sorted, UTC and deterministic', () => {
    fc.assert(
      fc.property(availabilityQuery, (q) => {
        const slots = availableSlots(q);
        const today = Temporal.PlainDate.from(localDate(q.now, q.clinic.timeZone));
        const last = today.add({ days: q.clinic.rules.maxDaysAhead }).toString();
        for (const s of slots) {
          expect(Date.parse(s.end) - Date.parse(s.start)).toBe(q.service.durationMinutes * 60_000);
          expect(s.start.endsWith('Z') && s.end.endsWith('Z')).toBe(true);
          expect(Date.parse(s.start)).toBeGreaterThanOrEqual(
            Date.parse(q.now) + q.clinic.rules.minNoticeMinutes * 60_000,
          );
          expect(localOf(q, s.start).toPlainDate().toString() <= last).toBe(true);
          expect(s.serviceId).toBe(q.service.id);
        }
        for (let i = 1; i < slots.length; i++) {
          const a = slots[i - 1]!;
          const b = slots[i]!;
          const order =
            Date.parse(a.start) - Date.parse(b.start) || (a.practitionerId < b.practitionerId ? -1 : 1);
          expect(order).toBeLessThan(0);
        }
        const shuffled = {
          ...q,
          practitioners: [...q.practitioners].reverse(),
          bookings: [...q.bookings].reverse(),
        };
        expect(availableSlots(shuffled)).toEqual(slots);
        expect(availableSlots(q)).toEqual(slots);
      }),
      runs,
    );
  });

  it('isSlotAvailable agrees with availableSlots, for offered slots and for arbitrary instants', () => {
    fc.assert(
      fc.property(
        availabilityQuery,
        fc.array(fc.tuple(fc.nat(2), fc.integer({ min: 0, max: 4 * 288 })), { maxLength: 30 }),
        (q, probes) => {
          const slots = availableSlots(q);
          const offered = new Set(slots.map((s) => `${s.practitionerId} ${Date.parse(s.start)}`));
          for (const s of slots) expect(isSlotAvailable(q, s)).toBe(true);
          const origin = startOfDay(q.from, q.clinic.timeZone).getTime();
          for (const [who, step] of probes) {
            const start = new Date(origin + step * 5 * 60_000).toISOString();
            const date = localOf(q, start).toPlainDate().toString();
            if (date < q.from || date > q.to) continue;
            const id = `p${who % q.practitioners.length}`;
            const inQuery = q.practitionerId === undefined || q.practitionerId === id;
            const expected = inQuery && offered.has(`${id} ${Date.parse(start)}`);
            if (inQuery) expect(isSlotAvailable(q, { practitionerId: id, start })).toBe(expected);
          }
        },
      ),
      runs,
    );
  });
});
