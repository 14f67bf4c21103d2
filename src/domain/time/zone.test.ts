import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './plain-date.js';
import { isTimeZone, LATEST_ZONE, localDate, startOfDay, todayIn } from './zone.js';

const ZONES = ['America/Vancouver', 'Europe/Madrid', 'Pacific/Chatham', 'UTC'];
// Zones whose rules this host's Intl (Node 20: tzdata 2025c) agrees with over the years tested:
// the reference for the domain's own rules. Vancouver only before tzdata 2026a's change.
const INTL_AGREES = ['Europe/Madrid', 'Pacific/Chatham', 'America/Santiago', 'Australia/Lord_Howe', 'UTC'];
const HOUR = 3_600_000;

// Transitions: Vancouver springs forward on 8 March 2026 at 02:00 and, since tzdata 2026a, never
// falls back again (it fell back on 2 November 2025); Madrid on 29 March and 25 October 2026 at
// 02:00 / 03:00.
const aroundTransitions = fc.oneof(
  ...['2026-03-08T10:00:00Z', '2025-11-02T09:00:00Z', '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'].map(
    (t) => fc.integer({ min: -36 * HOUR, max: 36 * HOUR }).map((d) => Date.parse(t) + d),
  ),
);
const anyInstant = fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2060-01-01') });
const beforeBcChange = fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2026-03-01') });

describe('zoned dates', () => {
  it('say the date the zone’s wall clock shows, across DST transitions, as Intl does where its data agrees', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.oneof(aroundTransitions, anyInstant), fc.constantFrom(...INTL_AGREES)),
          fc.tuple(beforeBcChange, fc.constant('America/Vancouver')),
        ),
        ([ms, zone]) => {
          const wall = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(ms));
          expect(todayIn(zone, ms)).toBe(wall);
          expect(localDate(new Date(ms).toISOString(), zone)).toBe(wall);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('start each day at its first instant: on that date, and the day before one millisecond earlier', () => {
    fc.assert(
      fc.property(fc.oneof(aroundTransitions, anyInstant), fc.constantFrom(...ZONES), (ms, zone) => {
        const date = todayIn(zone, ms);
        const start = startOfDay(date, zone).getTime();
        expect(start).toBeLessThanOrEqual(ms);
        expect(localDate(start, zone)).toBe(date);
        expect(localDate(start - 1, zone)).toBe(addDays(date, -1));
        const next = startOfDay(addDays(date, 1), zone).getTime();
        expect(next).toBeGreaterThan(ms);
        // A local day lasts 23 to 25 hours (Chatham's DST shift is 1 h too).
        expect(next - start).toBeGreaterThanOrEqual(23 * HOUR);
        expect(next - start).toBeLessThanOrEqual(25 * HOUR);
      }),
      { numRuns: 500 },
    );
  });

  it('give the short and the long day of DST in Vancouver and Madrid', () => {
    const length = (date: string, zone: string) =>
      (startOfDay(addDays(date, 1), zone).getTime() - startOfDay(date, zone).getTime()) / HOUR;
    expect(length('2026-03-08', 'America/Vancouver')).toBe(23);
    expect(length('2025-11-02', 'America/Vancouver')).toBe(25);
    expect(length('2026-11-01', 'America/Vancouver')).toBe(24); // permanent UTC−7 since 2026
    expect(length('2026-03-29', 'Europe/Madrid')).toBe(23);
    expect(length('2026-10-25', 'Europe/Madrid')).toBe(25);
    expect(daysBetween('2026-03-08', '2026-11-01')).toBe(238);
  });

  it('refuse an unknown zone instead of answering in UTC', () => {
    expect(isTimeZone('Nowhere/Atlantis')).toBe(false);
    expect(isTimeZone('+05:00')).toBe(false);
    expect(isTimeZone('Europe/Madrid')).toBe(true);
    expect(() => todayIn('Nowhere/Atlantis', 0)).toThrow(/unknown time zone: Nowhere\/Atlantis/);
    expect(() => startOfDay('2026-01-01', 'Nowhere/Atlantis')).toThrow(RangeError);
  });

  it('know the latest date anyone has reached', () => {
    expect(todayIn(LATEST_ZONE, Date.parse('2026-12-01T09:59:59Z'))).toBe('2026-12-01');
    expect(todayIn(LATEST_ZONE, Date.parse('2026-12-01T10:00:00Z'))).toBe('2026-12-02');
    fc.assert(
      fc.property(anyInstant, (ms) => {
        expect(todayIn(LATEST_ZONE, ms) >= todayIn('Pacific/Kiritimati', ms)).toBe(true);
        expect(todayIn(LATEST_ZONE, ms)).toBe(
          Temporal.Instant.fromEpochMilliseconds(ms + 14 * HOUR)
            .toString()
            .slice(0, 10),
        );
      }),
    );
  });
});
