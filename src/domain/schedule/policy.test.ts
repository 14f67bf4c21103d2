import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableSlots, changeDeadline, patientMayChange } from './index.js';
import type { AvailabilityQuery } from './types.js';

const MIN = 60_000;
const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => ms - (ms % MIN));

describe('change cut-off', () => {
  it('allows an online change exactly until the cut-off before the start, never after', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 10_080 }),
        fc.integer({ min: -20_000, max: 20_000 }),
        (start, cutoff, minutesBefore) => {
          const now = new Date(start - minutesBefore * MIN).toISOString();
          const ok = patientMayChange(new Date(start).toISOString(), now, { changeCutoffMinutes: cutoff });
          expect(ok).toBe(minutesBefore >= cutoff);
        },
      ),
    );
  });

  it('is monotone: a longer cut-off never allows what a shorter one refuses', () => {
    fc.assert(
      fc.property(instant, instant, fc.nat(10_080), fc.nat(10_080), (start, now, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const s = new Date(start).toISOString();
        const n = new Date(now).toISOString();
        if (patientMayChange(s, n, { changeCutoffMinutes: long }))
          expect(patientMayChange(s, n, { changeCutoffMinutes: short })).toBe(true);
      }),
    );
  });

  it('names the deadline: 24 h before a 10:00 start is 10:00 the day before', () => {
    expect(changeDeadline('2026-03-10T17:00:00.000Z', { changeCutoffMinutes: 1440 })).toBe(
      '2026-03-09T17:00:00.000Z',
    );
    // A past appointment can never be changed online, even with no cut-off.
    expect(patientMayChange('2026-03-10T17:00:00Z', '2026-03-10T17:01:00Z', { changeCutoffMinutes: 0 })).toBe(
      false,
    );
  });
});

/** One clinic open every day 08:00–20:00 in UTC, one practitioner, 30-minute service. */
function query(now: string, minNoticeMinutes: number, maxDaysAhead: number): AvailabilityQuery {
  const day = [{ start: '08:00', end: '20:00' }];
  const hours = { 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day };
  return {
    clinic: {
      timeZone: 'UTC',
      openingHours: hours,
      overrides: [],
      rules: { minNoticeMinutes, maxDaysAhead, slotIntervalMinutes: 30 },
    },
    practitioners: [{ id: 'p', workingHours: hours, timeOff: [], serviceIds: ['s'] }],
    service: { id: 's', durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
    bookings: [],
    from: now.slice(0, 10),
    to: new Date(Date.parse(now) + 40 * 86_400_000).toISOString().slice(0, 10),
    now,
  };
}

describe('minimum notice and days ahead', () => {
  it('offers no slot sooner than the notice nor past the last bookable day', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 1) })
          .map((ms) => ms - (ms % (15 * MIN))),
        fc.integer({ min: 0, max: 4320 }),
        fc.integer({ min: 1, max: 30 }),
        (nowMs, notice, ahead) => {
          const now = new Date(nowMs).toISOString();
          const slots = availableSlots(query(now, notice, ahead));
          const lastDay = new Date(nowMs + ahead * 86_400_000).toISOString().slice(0, 10);
          for (const s of slots) {
            expect(Date.parse(s.start) - nowMs).toBeGreaterThanOrEqual(notice * MIN);
            expect(s.start.slice(0, 10) <= lastDay).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
