import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, isoWeekday, isPlainDate, toDayNumber } from './dates.js';

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

  it('accept only real calendar dates', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2100-02-29')).toBe(false);
    expect(isPlainDate('2026-04-31')).toBe(false);
    expect(isPlainDate('2026-4-3')).toBe(false);
    expect(isPlainDate('0000-01-01')).toBe(false);
  });
});
