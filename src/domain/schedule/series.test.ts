import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate, localTime, zonedInstant } from '../time/index.js';
import { availableSlots, isSlotAvailable } from './index.js';
import { checkSeries, REPEAT_RULES, seriesStarts } from './series.js';
import { availabilityQuery } from './testing/arbitraries.js';
import { at, clinic, every, practitioner, query, weekdays } from './testing/fixtures.js';
import type { AvailabilityQuery } from './types.js';

const runs = { numRuns: 150 };
const zones = ['Europe/London', 'America/Denver', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata'];

describe('seriesStarts', () => {
  it('keeps the wall-clock time across the spring-forward week (London, 29 March 2026)', () => {
    const starts = seriesStarts('Europe/London', at('Europe/London', '2026-03-23', '10:00'), 'weekly', 3);
    expect(starts.map((s) => localTime(s, 'Europe/London'))).toEqual(['10:00', '10:00', '10:00']);
    expect(starts).toEqual([
      '2026-03-23T10:00:00.000Z',
      '2026-03-30T09:00:00.000Z',
      '2026-04-06T09:00:00.000Z',
    ]);
  });

  it('keeps the wall-clock time across the fall-back week (Denver, 1 November 2026), every second week', () => {
    const starts = seriesStarts(
      'America/Denver',
      at('America/Denver', '2026-10-26', '17:30'),
      'fortnightly',
      2,
    );
    expect(starts.map((s) => localDate(s, 'America/Denver'))).toEqual(['2026-10-26', '2026-11-09']);
    expect(starts.map((s) => localTime(s, 'America/Denver'))).toEqual(['17:30', '17:30']);
    expect(Date.parse(starts[1]!) - Date.parse(starts[0]!)).toBe((14 * 24 + 1) * 3600_000);
  });

  it('refuses counts outside 2–12', () => {
    expect(() => seriesStarts('Europe/London', '2026-03-23T10:00:00Z', 'weekly', 1)).toThrow(RangeError);
    expect(() => seriesStarts('Europe/London', '2026-03-23T10:00:00Z', 'weekly', 13)).toThrow(RangeError);
  });

  it('property: N starts, 7 or 14 local days apart, same local time wherever the clock shows it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') }),
        fc.constantFrom(...REPEAT_RULES),
        fc.integer({ min: 2, max: 12 }),
        (zone, ms, repeat, count) => {
          const first = new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
          const starts = seriesStarts(zone, first, repeat, count);
          expect(starts).toHaveLength(count);
          const date0 = localDate(first, zone);
          const time0 = localTime(first, zone);
          const step = repeat === 'weekly' ? 7 : 14;
          starts.forEach((s, i) => {
            const wanted = addDays(date0, i * step);
            // A skipped wall time moves forward by the gap; otherwise date and time are the first's.
            const exists = localTime(zonedInstant(wanted, time0, zone), zone) === time0;
            if (exists) {
              expect(localDate(s, zone)).toBe(wanted);
              expect(localTime(s, zone)).toBe(time0);
            } else expect(daysBetween(date0, localDate(s, zone))).toBe(i * step);
            if (i > 0) expect(Date.parse(s)).toBeGreaterThan(Date.parse(starts[i - 1]!));
          });
          expect(Date.parse(starts[0]!)).toBe(Date.parse(first) - (Date.parse(first) % 60_000));
        },
      ),
      runs,
    );
  });
});

describe('checkSeries', () => {
  const zone = 'America/Vancouver';
  const base = (): AvailabilityQuery =>
    query({
      clinic: clinic({ openingHours: every([{ start: '09:30', end: '19:00' }], weekdays) }),
      practitioners: [
        practitioner('p1', { workingHours: every([{ start: '09:30', end: '19:00' }], weekdays) }),
      ],
      now: at(zone, '2026-05-01', '08:00'),
      from: '2026-05-01',
      to: '2026-05-01',
    });
  const first = at(zone, '2026-05-04', '10:00');

  it('all free: every occurrence free, same time each Monday', () => {
    const occ = checkSeries(base(), { practitionerId: 'p1', start: first, repeat: 'weekly', count: 4 });
    expect(occ.map((o) => [o.date, o.free])).toEqual([
      ['2026-05-04', true],
      ['2026-05-11', true],
      ['2026-05-18', true],
      ['2026-05-25', true],
    ]);
  });

  it('names the reason of each clash and proposes other times that day for a taken one', () => {
    const q = base();
    q.clinic.overrides = [{ date: '2026-05-18', ranges: [], reason: 'Victoria Day' }];
    q.clinic.rules = { ...q.clinic.rules, maxDaysAhead: 30 };
    const taken = at(zone, '2026-05-11', '10:00');
    q.bookings = [
      {
        practitionerId: 'p1',
        start: taken,
        end: new Date(Date.parse(taken) + 60 * 60_000).toISOString(),
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 0,
      },
    ];
    const occ = checkSeries(q, { practitionerId: 'p1', start: first, repeat: 'weekly', count: 6 });
    expect(occ.map((o) => o.reason)).toEqual([null, 'taken', 'closed', null, 'too_far', 'too_far']);
    expect(occ[1]!.alternatives.map((s) => localTime(s, zone))).toEqual(['11:00', '11:30', '12:00']);
    expect(occ[2]!.alternatives).toEqual([]);
  });

  it('a first time inside the notice is too soon', () => {
    const q = base();
    q.now = at(zone, '2026-05-04', '09:30');
    q.clinic.rules = { ...q.clinic.rules, minNoticeMinutes: 120 };
    const occ = checkSeries(q, { practitionerId: 'p1', start: first, repeat: 'weekly', count: 2 });
    expect(occ.map((o) => o.reason)).toEqual(['too_soon', null]);
  });

  /** A query with a first start the engine offers (when it offers any). */
  const withFirst = availabilityQuery
    .map((q) => ({ q, slots: availableSlots(q) }))
    .filter(({ slots }) => slots.length > 0)
    .chain(({ q, slots }) =>
      fc.record({
        q: fc.constant({ ...q, clinic: { ...q.clinic, rules: { ...q.clinic.rules, maxDaysAhead: 365 } } }),
        slot: fc.constantFrom(...slots),
        repeat: fc.constantFrom(...REPEAT_RULES),
        count: fc.integer({ min: 2, max: 6 }),
      }),
    );

  it('property: free exactly when the engine offers the time; reasons and alternatives agree with it', () => {
    fc.assert(
      fc.property(withFirst, ({ q, slot, repeat, count }) => {
        const occ = checkSeries(q, { practitionerId: slot.practitionerId, start: slot.start, repeat, count });
        expect(occ).toHaveLength(count);
        expect(occ[0]!.free).toBe(true);
        for (const o of occ) {
          const s = { practitionerId: slot.practitionerId, start: o.start };
          expect(o.free).toBe(isSlotAvailable(q, s));
          expect(o.free).toBe(o.reason === null);
          if (o.reason === 'taken') expect(isSlotAvailable({ ...q, bookings: [] }, s)).toBe(true);
          if (o.reason === 'closed') expect(isSlotAvailable({ ...q, bookings: [] }, s)).toBe(false);
          const offered = availableSlots({
            ...q,
            from: o.date,
            to: o.date,
            practitionerId: slot.practitionerId,
          });
          expect(o.alternatives.length).toBeLessThanOrEqual(3);
          for (const a of o.alternatives) {
            expect(a).not.toBe(o.start);
            expect(offered.some((x) => x.start === a)).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it('property: a booking on one occurrence makes that one taken and leaves the others as they were', () => {
    fc.assert(
      fc.property(withFirst, fc.nat(), ({ q, slot, repeat, count }, pick) => {
        const request = { practitionerId: slot.practitionerId, start: slot.start, repeat, count };
        const before = checkSeries(q, request);
        const k = pick % count;
        const target = before[k]!;
        fc.pre(target.free);
        const after = checkSeries(
          {
            ...q,
            bookings: [
              ...q.bookings,
              {
                practitionerId: slot.practitionerId,
                start: target.start,
                end: target.end,
                bufferBeforeMinutes: 0,
                bufferAfterMinutes: 0,
              },
            ],
          },
          request,
        );
        expect(after[k]!.free).toBe(false);
        expect(after[k]!.reason).toBe('taken');
        after.forEach((o, i) => {
          if (i !== k) expect(o.free).toBe(before[i]!.free);
        });
      }),
      runs,
    );
  });
});
