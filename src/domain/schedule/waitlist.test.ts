import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/index.js';
import {
  type FreedTime,
  MAX_WAITLIST_DAYS,
  OFFERS_AT_ONCE,
  type WaitlistWish,
  waitlistRangeProblem,
  whomToOffer,
  wishMatches,
} from './waitlist.js';

const SERVICES = ['s1', 's2'];
const PRACS = ['p1', 'p2', 'p3'];
const BASE = '2026-12-07';
const JOINED = Date.UTC(2026, 11, 1);

const wish = fc.record({
  id: fc.uuid(),
  serviceId: fc.constantFrom(...SERVICES),
  practitionerId: fc.option(fc.constantFrom(...PRACS), { nil: null }),
  fromOffset: fc.integer({ min: 0, max: 20 }),
  length: fc.integer({ min: 1, max: MAX_WAITLIST_DAYS }),
  // Minutes after the base: ties are common on purpose.
  joined: fc.integer({ min: 0, max: 30 }),
});
const wishes = fc.array(wish, { maxLength: 30 }).map((list) =>
  list.map(
    (w): WaitlistWish => ({
      id: w.id,
      serviceId: w.serviceId,
      practitionerId: w.practitionerId,
      from: addDays(BASE, w.fromOffset),
      to: addDays(BASE, w.fromOffset + w.length - 1),
      joinedAt: new Date(JOINED + w.joined * 60_000).toISOString(),
    }),
  ),
);
const freed = fc
  .record({
    serviceId: fc.constantFrom(...SERVICES),
    practitionerId: fc.constantFrom(...PRACS),
    dayOffset: fc.integer({ min: 0, max: 30 }),
  })
  .map(
    (f): FreedTime => ({
      serviceId: f.serviceId,
      practitionerId: f.practitionerId,
      date: addDays(BASE, f.dayOffset),
      start: `${addDays(BASE, f.dayOffset)}T18:00:00.000Z`,
    }),
  );
const EARLY = '2026-12-01T00:00:00.000Z';

describe('waitlist offers', () => {
  it('offers only wishes for the same service, practitioner (or anyone) and a range holding the day', () => {
    fc.assert(
      fc.property(wishes, freed, (ws, f) => {
        for (const w of whomToOffer(ws, f, EARLY, 100)) {
          expect(w.serviceId).toBe(f.serviceId);
          expect(w.practitionerId === null || w.practitionerId === f.practitionerId).toBe(true);
          expect(w.from <= f.date && f.date <= w.to).toBe(true);
        }
      }),
    );
  });

  it('offers the first N matching wishes in order of joining, none skipped', () => {
    fc.assert(
      fc.property(wishes, freed, fc.integer({ min: 0, max: 10 }), (ws, f, n) => {
        const offered = whomToOffer(ws, f, EARLY, n);
        const matching = ws.filter((w) => wishMatches(w, f));
        expect(offered).toHaveLength(Math.min(n, matching.length));
        // Everyone offered joined no later than any matching wish left out.
        const left = matching.filter((w) => !offered.includes(w));
        for (const o of offered)
          for (const l of left) expect(Date.parse(o.joinedAt)).toBeLessThanOrEqual(Date.parse(l.joinedAt));
        for (let i = 1; i < offered.length; i++)
          expect(Date.parse(offered[i - 1]!.joinedAt)).toBeLessThanOrEqual(Date.parse(offered[i]!.joinedAt));
      }),
    );
  });

  it('does not depend on the order the wishes were read in', () => {
    fc.assert(
      fc.property(wishes, freed, (ws, f) => {
        const ids = (list: WaitlistWish[]) => whomToOffer(list, f, EARLY).map((w) => w.id);
        expect(ids([...ws].reverse())).toEqual(ids(ws));
      }),
    );
  });

  it('emails three at once by default, and nobody for a time already inside the notice', () => {
    const ws = PRACS.flatMap((p, i) =>
      [0, 1].map(
        (k): WaitlistWish => ({
          id: `${p}-${k}`,
          serviceId: 's1',
          practitionerId: null,
          from: BASE,
          to: BASE,
          joinedAt: new Date(JOINED + (i * 2 + k) * 60_000).toISOString(),
        }),
      ),
    );
    const f: FreedTime = {
      serviceId: 's1',
      practitionerId: 'p1',
      date: BASE,
      start: `${BASE}T18:00:00.000Z`,
    };
    expect(whomToOffer(ws, f, EARLY).map((w) => w.id)).toEqual(['p1-0', 'p1-1', 'p2-0']);
    expect(OFFERS_AT_ONCE).toBe(3);
    expect(whomToOffer(ws, f, `${BASE}T18:00:00.001Z`)).toEqual([]);
  });
});

describe('waitlist range', () => {
  const today = '2026-12-07';
  it('accepts one day to two weeks inside the booking window', () => {
    expect(waitlistRangeProblem(today, today, today, 56)).toBeNull();
    expect(waitlistRangeProblem(today, addDays(today, 13), today, 56)).toBeNull();
  });
  it('names what is wrong', () => {
    expect(waitlistRangeProblem('2026-02-30', today, today, 56)).toBe('bad_date');
    expect(waitlistRangeProblem(today, addDays(today, -1), today, 56)).toBe('reversed');
    expect(waitlistRangeProblem(addDays(today, -1), today, today, 56)).toBe('in_past');
    expect(waitlistRangeProblem(today, addDays(today, 14), today, 56)).toBe('too_long');
    expect(waitlistRangeProblem(addDays(today, 50), addDays(today, 57), today, 56)).toBe('beyond_window');
  });
  it('never accepts a range longer than the maximum or outside the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 90 }),
        fc.integer({ min: -5, max: 30 }),
        fc.nat(60),
        (a, len, max) => {
          const from = addDays(today, a);
          const to = addDays(from, len);
          if (waitlistRangeProblem(from, to, today, max) !== null) return;
          expect(from >= today && to >= from && to <= addDays(today, max)).toBe(true);
          expect(len + 1).toBeLessThanOrEqual(MAX_WAITLIST_DAYS);
        },
      ),
    );
  });
});
