import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  datePartOf,
  daysBetween,
  fromDayNumber,
  isoWeekday,
  isPlainDate,
  toDayNumber,
  weekStart,
} from './plain-date.js';

// Years 1900–2200, where JavaScript's Date is a trustworthy reference.
const days = fc.integer({ min: -25567, max: 84000 });

describe('plain dates', () => {
  it('agree with Date on day numbers, weekdays and adding days', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -400, max: 400 }), (day, delta) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(iso);
        expect(toDayNumber(iso)).toBe(day);
        expect(isoWeekday(iso)).toBe(new Date(day * 86_400_000).getUTCDay() || 7);
        expect(addDays(iso, delta)).toBe(new Date((day + delta) * 86_400_000).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });

  it('agree with Temporal.PlainDate, and adding then counting days comes back to the start', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -1000, max: 1000 }), (day, delta) => {
        const date = fromDayNumber(day);
        const later = addDays(date, delta);
        expect(later).toBe(Temporal.PlainDate.from(date).add({ days: delta }).toString());
        expect(daysBetween(date, later)).toBe(delta);
        expect(addDays(later, -delta)).toBe(date);
        expect(isoWeekday(date)).toBe(Temporal.PlainDate.from(date).dayOfWeek);
      }),
      { numRuns: 1000 },
    );
  });

  it('start every week on the Monday on or before the date', () => {
    expect(weekStart('2026-12-01')).toBe('2026-11-30'); // a Tuesday
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2027-01-03')).toBe('2026-12-28'); // a Sunday, across the new year
    fc.assert(
      fc.property(days, (day) => {
        const date = fromDayNumber(day);
        const monday = weekStart(date);
        expect(isoWeekday(monday)).toBe(1);
        expect(daysBetween(monday, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, date)).toBeLessThan(7);
      }),
    );
  });

  it('read the date a timestamp was written on, without moving it to another zone', () => {
    expect(datePartOf('2026-12-01T23:30:00-08:00')).toBe('2026-12-01');
    expect(datePartOf('2026-12-02T07:30:00.000Z')).toBe('2026-12-02');
  });

  it('accept only real calendar dates', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2100-02-29')).toBe(false);
    expect(isPlainDate('2026-04-31')).toBe(false);
    expect(isPlainDate('2026-4-3')).toBe(false);
    expect(isPlainDate('0000-01-01')).toBe(false);
  });
});
