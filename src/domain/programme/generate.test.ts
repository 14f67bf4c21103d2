import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../assessment/index.js';
import { VIGNETTES } from '../assessment/vignettes/index.js';
import { exerciseById } from '../content/index.js';
import { DAILY_ADVICE_TEXT } from './daily-advice.js';
import { ProgrammeInputError, ProgrammeNotAllowedError } from './errors.js';
import { generateProgramme } from './generate.js';
import type { History } from './history.js';
import { mergeRegenerated } from './regenerate.js';
import { type ResultShape, resultFrom } from './testing/arbitraries.js';
import type { Block, Preferences, Programme, SessionResult } from './types.js';

const vignette = (id: string) => scoreAssessment(VIGNETTES.find((v) => v.id === id)!.answers);

const shape: ResultShape = {
  selfCareAllowed: true,
  redFlags: [],
  pattern: 'weak',
  restrictions: [],
  sittingHoursPerDay: 2,
  pregnancyWeeks: null,
  painNow: 3,
};

const prefs: Preferences = {
  minutesPerSession: 40,
  daysPerWeek: 3,
  equipment: ['mat', 'chair', 'foam-roller', 'ankle-weights', 'table', 'exercise-ball'],
  startDate: '2026-03-02', // a Monday
  timeZone: 'Europe/Madrid',
  language: 'en',
};

const blockOn = (p: Programme, date: string, id: string): Block | undefined =>
  p.sessions.find((s) => s.date === date)?.blocks.find((b) => b.exerciseId === id);

const painIn = (date: string, exerciseId: string, painNow = 3): SessionResult => ({
  clientId: crypto.randomUUID(),
  sessionId: `s-${date}`,
  completedAt: `${date}T19:00:00Z`,
  blocks: [{ exerciseId, completed: false, pain: { where: 'front of hip', level: 6 } }],
  effort: 5,
  painNow,
});

describe('regression after pain', () => {
  const result = resultFrom(shape);
  const plain = generateProgramme(result, prefs);

  it('drops the painful exercise one step from the next session on, and only that exercise', () => {
    // Week 3 (level 2): clamshell hurt on Monday 16 March.
    const history: History = { results: [painIn('2026-03-16', 'clamshell')] };
    const eased = generateProgramme(result, prefs, history);
    expect(blockOn(eased, '2026-03-16', 'clamshell')).toEqual(blockOn(plain, '2026-03-16', 'clamshell'));
    const before = blockOn(plain, '2026-03-18', 'clamshell')!;
    const after = blockOn(eased, '2026-03-18', 'clamshell')!;
    expect(after.dose.reps).toBeLessThan(before.dose.reps!);
    expect(after.dose).toEqual(blockOn(plain, '2026-03-11', 'clamshell')!.dose); // the week-2 dose
    expect(after.note?.en).toMatch(/pain/);
    expect(blockOn(eased, '2026-03-18', 'bridge')).toEqual(blockOn(plain, '2026-03-18', 'bridge'));
  });

  it('replaces an exercise that hurts at its lightest dose with its easier variant', () => {
    // Fire hydrant hurts in week 1: the clamshell (its easier version) takes its place.
    const eased = generateProgramme(resultFrom({ ...shape, pattern: 'weak' }), prefs, {
      results: [painIn('2026-03-02', 'fire-hydrant')],
    });
    const later = eased.sessions.filter((s) => s.date > '2026-03-02');
    expect(later.some((s) => s.blocks.some((b) => b.exerciseId === 'fire-hydrant'))).toBe(false);
    expect(later.every((s) => s.blocks.some((b) => b.exerciseId === 'clamshell'))).toBe(true);
    expect(eased.excludedExercises).toContainEqual({ exerciseId: 'fire-hydrant', reason: 'pain-reported' });
  });

  it('eases every exercise for a week after a day 2 points worse than the baseline', () => {
    const history: History = { results: [], checkins: [{ date: '2026-03-23', painNow: 5 }] }; // baseline 3
    const eased = generateProgramme(result, prefs, history);
    const within = blockOn(eased, '2026-03-25', 'bridge')!;
    expect(within.dose.reps).toBeLessThan(blockOn(plain, '2026-03-25', 'bridge')!.dose.reps!);
    expect(within.note?.en).toMatch(/worse day/);
    expect(blockOn(eased, '2026-04-01', 'bridge')).toEqual(blockOn(plain, '2026-04-01', 'bridge'));
    // One point worse is within day-to-day noise: nothing changes.
    expect(
      generateProgramme(result, prefs, { results: [], checkins: [{ date: '2026-03-23', painNow: 4 }] }),
    ).toEqual(plain);
  });
});

describe('pregnancy', () => {
  it('at 24 weeks keeps every exercise off the back and uses side-lying or inclined versions', () => {
    const p = generateProgramme(vignette('pregnant-24-weeks'), { ...prefs, minutesPerSession: 60 });
    const used = new Set(p.sessions.flatMap((s) => s.blocks.map((b) => b.exerciseId)));
    for (const id of used) expect(exerciseById(id)!.position, id).not.toBe('supine');
    expect(used.has('ball-sit-up')).toBe(false);
    expect(used.has('breathing-relaxation')).toBe(false);
    expect(p.excludedExercises.find((x) => x.exerciseId === 'thomas-stretch')?.reason).toContain(
      'replaced-by:side-lying-hip-flexor-stretch',
    );
    expect(p.habits.notes.some((n) => /pregnancy/.test(n.en))).toBe(true);
  });

  it('at 24 weeks with a weak pattern swaps the bridge and leg lift for their safe versions', () => {
    const p = generateProgramme(
      resultFrom({
        ...shape,
        pregnancyWeeks: 24,
        restrictions: ['pregnancy-second-trimester', 'no-long-supine'],
      }),
      prefs,
    );
    const used = new Set(p.sessions.flatMap((s) => s.blocks.map((b) => b.exerciseId)));
    expect(used.has('incline-bridge')).toBe(true);
    expect(used.has('side-lying-leg-lift')).toBe(true);
    expect(used.has('bridge') || used.has('supine-leg-lift')).toBe(false);
  });

  it('at 9 weeks keeps the bridge for three weeks, then swaps it from the week the pregnancy reaches 13', () => {
    const result = resultFrom({ ...shape, pregnancyWeeks: 9, restrictions: ['pregnancy-first-trimester'] });
    // Assessed the Monday before the start: 9 weeks then, at most 9 weeks and 6 days.
    const p = generateProgramme(result, prefs, undefined, null, '2026-02-23');
    const uses = (week: number, id: string) =>
      p.sessions.filter((s) => s.week === week).every((s) => s.blocks.some((b) => b.exerciseId === id));
    expect([1, 2].map((w) => uses(w, 'bridge'))).toEqual([true, true]);
    // Week 3 (from 16 March) ends on 22 March, when the pregnancy may be 13 weeks and 6 days.
    for (const w of [3, 4, 5, 6]) {
      expect(uses(w, 'incline-bridge'), `week ${w}`).toBe(true);
      expect(uses(w, 'bridge'), `week ${w}`).toBe(false);
    }
    expect(p.excludedExercises).toContainEqual({
      exerciseId: 'bridge',
      reason: 'contraindication:pregnancy-second-trimester-supine;replaced-by:incline-bridge;from:2026-03-16',
    });
    // Without the assessment date the weeks count from the start: one week later.
    const fromStart = generateProgramme(result, prefs);
    expect(
      fromStart.sessions
        .filter((s) => s.week === 3)
        .every((s) => s.blocks.some((b) => b.exerciseId === 'bridge')),
    ).toBe(true);
  });

  it('never offers the face-down foam roll, even in the first weeks', () => {
    const p = generateProgramme(
      resultFrom({
        ...shape,
        pattern: 'both',
        pregnancyWeeks: 5,
        restrictions: ['pregnancy-first-trimester'],
      }),
      { ...prefs, minutesPerSession: 60 },
    );
    const used = new Set(p.sessions.flatMap((s) => s.blocks.map((b) => b.exerciseId)));
    expect(used.has('foam-roll-tfl')).toBe(true);
    expect(used.has('foam-roll-adductors')).toBe(false);
    expect(p.excludedExercises).toContainEqual({
      exerciseId: 'foam-roll-adductors',
      reason: 'contraindication:pregnancy-prone',
    });
    expect(p.sessions.every((s) => s.stopSigns?.includes('pregnancy'))).toBe(true);
  });

  it('in week 8 still allows lying on the back, but not sit-ups', () => {
    const p = generateProgramme(
      resultFrom({ ...shape, pregnancyWeeks: 5, restrictions: ['pregnancy-first-trimester'] }),
      prefs,
    );
    const used = new Set(p.sessions.flatMap((s) => s.blocks.map((b) => b.exerciseId)));
    expect(used.has('bridge')).toBe(true);
    expect(used.has('ball-sit-up')).toBe(false);
  });
});

describe('after birth', () => {
  const everything = { ...prefs, minutesPerSession: 60 };
  const used = (p: Programme) => new Set(p.sessions.flatMap((s) => s.blocks.map((b) => b.exerciseId)));

  it('before clearance: a gentle start, no belly loading, nothing face down, no rolling the hip flexors', () => {
    const p = generateProgramme(
      resultFrom({ ...shape, pattern: 'both', restrictions: ['postpartum-not-cleared'] }),
      everything,
    );
    const ids = used(p);
    for (const id of ['ball-sit-up', 'supine-leg-lift', 'foam-roll-adductors', 'foam-roll-tfl'])
      expect(ids.has(id), id).toBe(false);
    expect(ids.has('bridge')).toBe(true);
    expect(p.excludedExercises).toContainEqual({
      exerciseId: 'foam-roll-adductors',
      reason: 'restriction:postpartum-not-cleared',
    });
    // Gentle: week 2 keeps week 1's dose.
    expect(blockOn(p, '2026-03-09', 'bridge')!.dose).toEqual(blockOn(p, '2026-03-02', 'bridge')!.dose);
    const gentle = generateProgramme(
      resultFrom({ ...shape, pattern: 'both', restrictions: ['gentle-start'] }),
      everything,
    );
    expect(blockOn(p, '2026-03-23', 'bridge')!.dose).toEqual(blockOn(gentle, '2026-03-23', 'bridge')!.dose);
  });

  it('with the belly muscles apart: no sit-ups or lying leg lifts, everything else as usual', () => {
    const p = generateProgramme(
      resultFrom({ ...shape, pattern: 'both', restrictions: ['postpartum-abdominal-separation'] }),
      everything,
    );
    const ids = used(p);
    expect(ids.has('ball-sit-up') || ids.has('supine-leg-lift')).toBe(false);
    expect(ids.has('foam-roll-adductors') && ids.has('bridge')).toBe(true);
    expect(p.excludedExercises).toContainEqual({
      exerciseId: 'supine-leg-lift',
      reason: 'contraindication:postpartum-abdominal-loading',
    });
    expect(p.sessions.every((s) => s.stopSigns === undefined)).toBe(true);
  });
});

describe('equipment and restrictions', () => {
  it('uses only exercises whose equipment is at hand', () => {
    const p = generateProgramme(resultFrom({ ...shape, pattern: 'both' }), { ...prefs, equipment: [] });
    const used = new Set(p.sessions.flatMap((s) => s.blocks.map((b) => b.exerciseId)));
    expect([...used].sort()).toEqual(['forward-lunge', 'gentle-walk', 'standing-back-bend']);
    expect(p.excludedExercises).toContainEqual({
      exerciseId: 'foam-roll-tfl',
      reason: 'equipment:foam-roller',
    });
    expect(p.sessions.every((s) => s.blocks.at(-1)?.phase === 'cool-down')).toBe(true);
  });

  it('rolls only with a foam roller and without a foam-rolling condition', () => {
    const withRoller = generateProgramme(resultFrom(shape), prefs);
    expect(withRoller.sessions[0]!.blocks.some((b) => b.phase === 'release')).toBe(true);
    const blood = generateProgramme(vignette('worried-on-blood-thinners'), prefs);
    expect(blood.sessions.some((s) => s.blocks.some((b) => b.phase === 'release'))).toBe(false);
    expect(blood.excludedExercises).toContainEqual({
      exerciseId: 'foam-roll-tfl',
      reason: 'contraindication:foam-rolling-contraindication',
    });
  });

  it('adds ankle weights to the leg lift late in the programme, only when the person has them', () => {
    const p = generateProgramme(resultFrom(shape), { ...prefs, minutesPerSession: 60 });
    const lifts = p.sessions.map((s) => blockOn(p, s.date, 'supine-leg-lift'));
    expect(lifts[0]!.dose.ankleWeights).toBeUndefined();
    expect(lifts.at(-1)!.dose.ankleWeights).toBe(true);
    const none = generateProgramme(resultFrom(shape), {
      ...prefs,
      minutesPerSession: 60,
      equipment: ['mat'],
    });
    expect(none.sessions.every((s) => !s.blocks.some((b) => b.dose.ankleWeights))).toBe(true);
  });

  it('grows holds from 30 to 60 s and sets over the six weeks', () => {
    const p = generateProgramme(resultFrom({ ...shape, pattern: 'tight-short' }), {
      ...prefs,
      minutesPerSession: 60,
    });
    const first = blockOn(p, '2026-03-02', 'seated-psoas-stretch')!;
    const last = blockOn(p, p.sessions.at(-1)!.date, 'seated-psoas-stretch')!;
    expect(first.dose.holdSeconds).toBe(30);
    expect(last.dose.holdSeconds).toBe(60);
    expect(blockOn(p, p.sessions.at(-1)!.date, 'thomas-stretch')!.dose.sets).toBe(3);
  });
});

describe('schedule, habits and refusals', () => {
  it('keeps the 3 days a person who sits 4 h or more chose, recommends daily and says why', () => {
    const result = vignette('desk-worker-supine');
    const p = generateProgramme(result, prefs);
    expect(p.sessions).toHaveLength(18);
    expect(p.dailyAdvice).toEqual({ reason: 'long-sitting', sittingHoursPerDay: result.sittingHoursPerDay });
    expect(DAILY_ADVICE_TEXT.why.en).toMatch(/every/);
    expect(p.habits.sittingBreakEveryMinutes).toBeLessThanOrEqual(45);
    expect(p.habits.walkMinutesPerDay).toBe(30);
    expect(p.habits.weeklyClass).toBe(true);
    // Switching to daily, as the programme page offers, gives 42 sessions and no more advice.
    const daily = generateProgramme(result, { ...prefs, daysPerWeek: 7 });
    expect(daily.sessions).toHaveLength(42);
    expect(daily.dailyAdvice).toBeUndefined();
    expect(generateProgramme(resultFrom(shape), prefs).dailyAdvice).toBeUndefined();
  });

  it('uses the chosen weekdays and dates the reassessments at the end of weeks 4 and 6', () => {
    const p = generateProgramme(resultFrom(shape), { ...prefs, weekdays: [2, 4, 6] });
    expect(p.sessions.slice(0, 3).map((s) => s.date)).toEqual(['2026-03-03', '2026-03-05', '2026-03-07']);
    expect(p.reassessments).toEqual([
      { week: 4, date: '2026-03-29' },
      { week: 6, date: '2026-04-12' },
    ]);
  });

  it('refuses the red-flag vignettes and a pregnancy where exercise was advised against', () => {
    for (const id of ['saddle-numbness', 'fever-after-injection', 'older-night-pain-weight-loss'])
      expect(() => generateProgramme(vignette(id), prefs), id).toThrow(ProgrammeNotAllowedError);
    const told = resultFrom({ ...shape, restrictions: ['no-exercise-until-cleared'] });
    expect(() => generateProgramme(told, prefs)).toThrow(ProgrammeNotAllowedError);
  });

  it('refuses unusable preferences with the field named', () => {
    expect(() => generateProgramme(resultFrom(shape), { ...prefs, minutesPerSession: 5 })).toThrow(
      ProgrammeInputError,
    );
    try {
      generateProgramme(resultFrom(shape), { ...prefs, weekdays: [1, 2] });
    } catch (e) {
      expect((e as ProgrammeInputError).field).toBe('weekdays');
    }
  });
});

describe('regenerating', () => {
  it('keeps past sessions and sessions with results, and takes the rest from the new plan', () => {
    const before = generateProgramme(resultFrom(shape), prefs);
    const after = generateProgramme(resultFrom(shape), {
      ...prefs,
      minutesPerSession: 20,
      weekdays: [2, 4, 6],
    });
    const merged = mergeRegenerated(before, after, '2026-03-16', new Set(['s-2026-03-16']));
    const past = before.sessions.filter((s) => s.date <= '2026-03-16');
    expect(merged.sessions.slice(0, past.length)).toEqual(past);
    const future = merged.sessions.slice(past.length);
    expect(future.length).toBeGreaterThan(0);
    expect(future.every((s) => s.plannedMinutes === 20)).toBe(true);
    expect(merged.preferences.minutesPerSession).toBe(20);
  });
});
