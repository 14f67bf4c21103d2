import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/index.js';
import { reassessmentState } from './reassessment.js';

const START = '2026-11-02';
const checks = [
  { week: 4, date: addDays(START, 27) },
  { week: 6, date: addDays(START, 41) },
];

describe('reassessment', () => {
  it('is due from the last day of week 4 until the person assesses again, then at week 6', () => {
    const baseline = [addDays(START, -1)];
    expect(reassessmentState(checks, baseline, addDays(START, 26))).toEqual({ next: checks[0] });
    expect(reassessmentState(checks, baseline, addDays(START, 27))).toEqual({ due: 4, next: checks[1] });
    expect(reassessmentState(checks, [...baseline, addDays(START, 29)], addDays(START, 30))).toEqual({
      next: checks[1],
    });
    expect(reassessmentState(checks, [...baseline, addDays(START, 29)], addDays(START, 45))).toEqual({
      due: 6,
    });
    expect(reassessmentState(checks, [addDays(START, 44)], addDays(START, 45))).toEqual({});
    expect(reassessmentState([], baseline, START)).toEqual({});
  });

  it('never calls a check due before its date, nor after an assessment on or after it', () => {
    const day = fc.integer({ min: -5, max: 60 });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 4 }), day, (assessed, today) => {
        const dates = assessed.map((d) => addDays(START, d));
        const s = reassessmentState(checks, dates, addDays(START, today));
        if (s.due !== undefined) {
          const check = checks.find((c) => c.week === s.due)!;
          expect(check.date <= addDays(START, today)).toBe(true);
          expect(dates.every((d) => d < check.date)).toBe(true);
        }
        if (s.next) expect(s.next.date > addDays(START, today)).toBe(true);
      }),
    );
  });
});
