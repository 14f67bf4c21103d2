import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hoursIssuePath,
  validateClinicSchedule,
  validatePractitionerSchedule,
  weeklyHoursIssues,
  workingHoursIssues,
} from './index.js';
import type { TimeRange, Weekday, WeeklyHours } from './types.js';

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Ordered, non-touching minute boundaries → ranges that are all valid and apart. */
const goodDay = fc
  .uniqueArray(
    fc.integer({ min: 0, max: 96 }).map((q) => q * 15),
    { minLength: 0, maxLength: 8 },
  )
  .map((xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const ranges: TimeRange[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      ranges.push({ start: hhmm(sorted[i]!), end: hhmm(sorted[i + 1]!) });
    return ranges.filter((r) => r.start !== '24:00');
  });
const goodWeek = fc.array(goodDay, { minLength: 7, maxLength: 7 }).map((days) => {
  const hours: WeeklyHours = {};
  days.forEach((d, i) => {
    if (d.length) hours[(i + 1) as Weekday] = d;
  });
  return hours;
});

const schedule = (openingHours: WeeklyHours) => ({
  timeZone: 'UTC',
  openingHours,
  overrides: [],
  rules: { minNoticeMinutes: 0, maxDaysAhead: 30, slotIntervalMinutes: 15 },
});

describe('weeklyHoursIssues', () => {
  it('finds nothing in well-formed hours, in any order of the ranges', () => {
    fc.assert(
      fc.property(goodWeek, (hours) => {
        expect(weeklyHoursIssues(hours)).toEqual([]);
        const reversed = Object.fromEntries(Object.entries(hours).map(([d, r]) => [d, [...r].reverse()]));
        expect(weeklyHoursIssues(reversed)).toEqual([]);
      }),
    );
  });

  it('agrees with validateClinicSchedule on whether hours are usable', () => {
    const anyTime = fc.oneof(
      fc.integer({ min: 0, max: 1440 }).map(hhmm),
      fc.constantFrom('9:00', '25:00', ''),
    );
    const anyDay = fc.array(fc.record({ start: anyTime, end: anyTime }), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(anyDay, { minLength: 7, maxLength: 7 }), (days) => {
        const hours: WeeklyHours = {};
        days.forEach((d, i) => {
          hours[(i + 1) as Weekday] = d;
        });
        expect(weeklyHoursIssues(hours).length === 0).toBe(
          validateClinicSchedule(schedule(hours)).length === 0,
        );
      }),
    );
  });

  it('points at the end of a range that ends before it starts', () => {
    const issues = weeklyHoursIssues({ 2: [{ start: '13:00', end: '09:00' }] });
    expect(issues).toEqual([{ day: 2, index: 0, field: 'end', kind: 'end_before_start' }]);
    expect(hoursIssuePath(issues[0]!)).toBe('body.openingHours.2.0.end');
  });

  it('points at the start of the later of two overlapping ranges', () => {
    expect(
      weeklyHoursIssues({
        1: [
          { start: '12:00', end: '19:00' },
          { start: '09:00', end: '13:00' },
        ],
      }),
    ).toEqual([{ day: 1, index: 0, field: 'start', kind: 'overlap' }]);
    // A range inside another overlaps too.
    expect(
      weeklyHoursIssues({
        1: [
          { start: '09:00', end: '19:00' },
          { start: '12:00', end: '13:00' },
          { start: '14:00', end: '15:00' },
        ],
      }).map((i) => i.index),
    ).toEqual([1, 2]);
  });

  it('names a time that is not one', () => {
    expect(weeklyHoursIssues({ 5: [{ start: '9', end: '24:00' }] })).toEqual([
      { day: 5, index: 0, field: 'start', kind: 'not_a_time' },
    ]);
  });
});

describe('workingHoursIssues', () => {
  const clinic: WeeklyHours = {
    1: [{ start: '09:30', end: '19:00' }],
    2: [
      { start: '09:30', end: '13:00' },
      { start: '13:00', end: '19:00' },
    ],
  };

  it('agrees with validatePractitionerSchedule on whether working hours are usable', () => {
    fc.assert(
      fc.property(goodWeek, goodWeek, (working, opening) => {
        const practitioner = { id: 'p', workingHours: working, timeOff: [], serviceIds: [] };
        expect(workingHoursIssues(working, opening).length === 0).toBe(
          validatePractitionerSchedule(practitioner, schedule(opening)).length === 0,
        );
      }),
    );
  });

  it('accepts hours inside the opening hours, also across two touching opening ranges', () => {
    expect(workingHoursIssues({ 2: [{ start: '11:00', end: '15:00' }] }, clinic)).toEqual([]);
  });

  it('names the start when a range starts before opening, the end when it runs past closing', () => {
    expect(
      workingHoursIssues(
        {
          1: [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '20:00' },
          ],
        },
        clinic,
      ),
    ).toEqual([
      { day: 1, index: 0, field: 'start', kind: 'outside_opening_hours' },
      { day: 1, index: 1, field: 'end', kind: 'outside_opening_hours' },
    ]);
    const [closedDay] = workingHoursIssues({ 6: [{ start: '10:00', end: '12:00' }] }, clinic);
    expect(hoursIssuePath(closedDay!, 'body.workingHours')).toBe('body.workingHours.6.0.start');
  });

  it('reports the shape of the hours first', () => {
    expect(workingHoursIssues({ 3: [{ start: '12:00', end: '10:00' }] }, clinic)).toEqual([
      { day: 3, index: 0, field: 'end', kind: 'end_before_start' },
    ]);
  });
});
