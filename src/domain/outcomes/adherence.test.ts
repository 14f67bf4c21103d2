import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/index.js';
import { adherence, adherenceByWeek, programmeWeek } from './adherence.js';
import { weeklySummary } from './weekly.js';
import { describeWeek } from './words.js';

const START = '2026-11-02';
const plan = (days: number[]) =>
  days.map((d) => ({ id: `s-${addDays(START, d)}`, week: Math.floor(d / 7) + 1, date: addDays(START, d) }));
const doneOn = (days: number[]) =>
  days.map((d) => ({ sessionId: `s-${addDays(START, d)}`, date: addDays(START, d) }));

describe('adherence', () => {
  it('counts planned sessions up to the date, each done session once', () => {
    const planned = plan([0, 2, 4, 7, 9]);
    const done = doneOn([0, 0, 2, 3, 9]); // twice on day 0; day 3 was not planned; day 9 is after the date
    expect(adherence(planned, done, addDays(START, 6))).toEqual({ planned: 3, done: 2, rate: 2 / 3 });
    expect(adherence(planned, [], addDays(START, -1))).toEqual({ planned: 0, done: 0, rate: null });
  });

  it('stays within 0..1 and is deterministic', () => {
    const day = fc.integer({ min: 0, max: 41 });
    fc.assert(
      fc.property(fc.uniqueArray(day), fc.array(day), day, (p, d, until) => {
        const a = adherence(plan(p), doneOn(d), addDays(START, until));
        if (a.rate !== null) {
          expect(a.rate).toBeGreaterThanOrEqual(0);
          expect(a.rate).toBeLessThanOrEqual(1);
        } else expect(a.planned).toBe(0);
        expect(a.done).toBeLessThanOrEqual(a.planned);
        expect(adherence(plan(p), doneOn(d), addDays(START, until))).toEqual(a);
      }),
    );
  });

  it('splits by programme week, only for weeks already begun, and the weeks add up', () => {
    const planned = plan([0, 2, 4, 7, 9, 11, 14]);
    const weeks = adherenceByWeek(planned, doneOn([0, 4, 9]), START, 6, addDays(START, 10));
    expect(weeks.map((w) => [w.week, w.done, w.planned])).toEqual([
      [1, 2, 3],
      [2, 1, 2],
    ]);
    expect(programmeWeek(START, addDays(START, 13))).toBe(2);
    expect(programmeWeek(START, addDays(START, -1))).toBe(0);
  });
});

describe('weekly summary', () => {
  const c = (d: number, painNow: number) => ({
    date: addDays(START, d),
    painNow,
    minutesWalked: 30,
    sittingHours: 6,
    sittingBreaks: 4,
    waterGlasses: 6,
    stress: 3,
    classAttended: d === 10,
    note: '',
  });

  it('averages the last seven days and compares with the seven before', () => {
    const checkins = [c(1, 6), c(2, 6), c(8, 4), c(10, 3), c(13, 2)];
    const s = weeklySummary(checkins, plan([7, 9, 11]), doneOn([7, 11]), addDays(START, 13));
    expect(s).toMatchObject({
      checkins: 3,
      painMean: 3,
      previousPainMean: 6,
      painTrend: 'better',
      classes: 1,
    });
    expect(s.sessions).toEqual({ planned: 3, done: 2, rate: 2 / 3 });
    expect(describeWeek(s, 'en')).toEqual([
      'You checked in on 3 of 7 days; average pain 3 out of 10.',
      'Lower than the week before (6).',
      'You walked 30 min a day on average and sat for 6 h, with 4 breaks.',
      'Exercise sessions: 2 of 3 planned.',
    ]);
    expect(describeWeek(s, 'es')[0]).toBe('Registraste 3 de 7 días; dolor medio 3 de 10.');
  });

  it('says so when there is nothing to summarise', () => {
    const s = weeklySummary([], [], [], START);
    expect(s.painTrend).toBe('unknown');
    expect(describeWeek(s, 'en')).toEqual(['No daily check-ins this week.']);
  });
});
