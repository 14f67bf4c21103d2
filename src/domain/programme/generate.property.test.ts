import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../assessment/index.js';
import { exerciseById } from '../content/index.js';
import { addDays, daysBetween, isoWeekday } from '../time/index.js';
import { doseAtLeast } from './dosage.js';
import { ProgrammeNotAllowedError } from './errors.js';
import { generateProgramme } from './generate.js';
import type { History } from './history.js';
import {
  allowedResults,
  assessedBefore,
  histories,
  preferences,
  pregnantQuestionnaires,
  redFlagResults,
  resultFrom,
  scoredResults,
} from './testing/arbitraries.js';
import type { Block, Preferences, Programme } from './types.js';

const LUNGES = ['kneeling-lunge', 'lizard-pose', 'forward-lunge'];
/** Exercises that load the belly muscles hard: sit-ups and the lying straight-leg lift. */
const ABDOMINAL_LOADING = ['ball-sit-up', 'supine-leg-lift'];
const SECOND_TRIMESTER_DAYS = 13 * 7;

/**
 * Whether a session on `date` comes at or after week 13 of the pregnancy: the weeks the person
 * gave count from `assessedOn`, taken at their last day (12 weeks may be 12 weeks and 6 days).
 */
function pregnancyPastWeek13(result: AssessmentResult, assessedOn: string, date: string): boolean {
  const codes = new Set(result.exerciseRestrictions.map((r) => r.code));
  if (codes.has('pregnancy-second-trimester') || codes.has('pregnancy-third-trimester')) return true;
  if (result.pregnancyWeeks === null) return codes.has('pregnancy-first-trimester');
  const latestDay = result.pregnancyWeeks * 7 + 6 + daysBetween(assessedOn, date);
  return latestDay >= SECOND_TRIMESTER_DAYS;
}

const pregnantIn = (result: AssessmentResult) =>
  result.pregnancyWeeks !== null || result.exerciseRestrictions.some((r) => r.code.startsWith('pregnancy-'));

/** Why an exercise must not appear on `date` for this person, written independently of the generator. */
function forbiddenBecause(
  id: string,
  result: AssessmentResult,
  prefs: Preferences,
  date: string,
  assessedOn = prefs.startDate,
): string | undefined {
  const e = exerciseById(id);
  if (!e) return 'unknown exercise';
  const codes = new Set(result.exerciseRestrictions.map((r) => r.code));
  const has = (c: string) => (e.contraindications as string[]).includes(c);
  if (codes.has('no-foam-rolling') && (e.purpose === 'release' || has('foam-rolling-contraindication')))
    return 'foam rolling ruled out';
  const pregnant = pregnantIn(result);
  if (pregnant && has('pregnancy-abdominal-loading')) return 'abdominal loading in pregnancy';
  if (pregnant && e.position === 'prone') return 'face down in pregnancy';
  const offBack = codes.has('no-long-supine') || (pregnant && pregnancyPastWeek13(result, assessedOn, date));
  if (offBack && (e.position === 'supine' || has('pregnancy-second-trimester-supine')))
    return 'supine in pregnancy';
  const notCleared = codes.has('postpartum-not-cleared');
  if ((notCleared || codes.has('postpartum-abdominal-separation')) && ABDOMINAL_LOADING.includes(id))
    return 'belly loading after birth';
  if (notCleared && e.position === 'prone') return 'face down after birth, not cleared';
  if (
    notCleared &&
    e.purpose === 'release' &&
    e.targets.some((x) => ['abdomen', 'psoas', 'iliacus', 'hip-flexors'].includes(x))
  )
    return 'rolling the front of the hip after birth, not cleared';
  if (codes.has('no-back-bends-painful') && has('pain-on-bending-backwards')) return 'back-bend hurt';
  if (codes.has('no-kneeling') && (has('knee-pain-when-kneeling') || /kneeling|all-fours/.test(e.position)))
    return 'cannot kneel';
  if (codes.has('no-lunges-painful') && LUNGES.includes(id)) return 'lunge hurt';
  if (codes.has('no-thomas-painful') && id === 'thomas-stretch') return 'Thomas hurt';
  const missing = e.equipment.find((q) => q !== 'none' && !(prefs.equipment as string[]).includes(q));
  if (missing) return `no ${missing} at hand`;
  return undefined;
}

/** Seconds of a block recomputed from its dose and the exercise's pace. */
function expectedSeconds(b: Block): number {
  const e = exerciseById(b.exerciseId)!;
  const pace = e.dosage.kind === 'reps' ? e.dosage.secondsPerRep : 0;
  const sides = b.dose.perSide ? 2 : 1;
  const work = b.dose.reps
    ? b.dose.reps * (pace + (b.dose.holdSeconds ?? 0))
    : (b.dose.holdSeconds ?? b.dose.durationSeconds ?? 0);
  return b.dose.sets * sides * work + (b.dose.sets * sides - 1) * b.dose.restSeconds;
}

const DOSED = new Set(['stretch', 'strengthen', 'release']);

/** Dates of pain reports that may lower the exercise: pain in it, or a worse day (2 points up). */
function painDates(history: History, exerciseId: string, baseline: number | null): string[] {
  const out: string[] = [];
  for (const r of history.results) {
    const date = r.sessionId.slice(2);
    if (r.blocks.some((b) => b.exerciseId === exerciseId && b.pain)) out.push(date);
    if (baseline !== null && r.painNow >= baseline + 2) out.push(date);
  }
  for (const c of history.checkins ?? [])
    if (baseline !== null && c.painNow >= baseline + 2) out.push(c.date);
  return out;
}

const withHistory = allowedResults.chain((result) =>
  preferences.chain((prefs) =>
    fc
      .tuple(histories(prefs.startDate), assessedBefore(prefs.startDate))
      .map(([history, assessedOn]) => ({ result, prefs, history, assessedOn })),
  ),
);

describe('generateProgramme over random assessment results and preferences', () => {
  it('never includes an exercise the person must not do or cannot do with their equipment', () => {
    fc.assert(
      fc.property(withHistory, ({ result, prefs, history, assessedOn }) => {
        const p = generateProgramme(result, prefs, history, null, assessedOn);
        for (const s of p.sessions)
          for (const b of s.blocks)
            expect(
              forbiddenBecause(b.exerciseId, result, prefs, s.date, assessedOn),
              b.exerciseId,
            ).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it('fits every session within 10% of the chosen minutes, with honest block estimates', () => {
    fc.assert(
      fc.property(withHistory, ({ result, prefs, history }) => {
        const p = generateProgramme(result, prefs, history);
        const target = prefs.minutesPerSession * 60;
        for (const s of p.sessions) {
          for (const b of s.blocks) expect(b.estimatedSeconds).toBe(expectedSeconds(b));
          expect(s.estimatedSeconds).toBe(s.blocks.reduce((sum, b) => sum + b.estimatedSeconds, 0));
          expect(Math.abs(s.estimatedSeconds - target)).toBeLessThanOrEqual(target * 0.1);
          expect(s.plannedMinutes).toBe(prefs.minutesPerSession);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never lowers an exercise’s dose from one session to the next unless pain was reported in between', () => {
    fc.assert(
      fc.property(withHistory, ({ result, prefs, history }) => {
        const p = generateProgramme(result, prefs, history);
        const last = new Map<string, { date: string; block: Block }>();
        for (const s of p.sessions) {
          for (const b of s.blocks) {
            if (!DOSED.has(b.phase)) continue;
            const prev = last.get(b.exerciseId);
            if (prev && !doseAtLeast(b.dose, prev.block.dose)) {
              const explained = painDates(history, b.exerciseId, result.painNow).some(
                (d) => d >= prev.date && d < s.date,
              );
              expect(explained, `${b.exerciseId} lowered on ${s.date} without pain`).toBe(true);
            }
            last.set(b.exerciseId, { date: s.date, block: b });
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('progresses every exercise week to week when no pain is reported', () => {
    fc.assert(
      fc.property(allowedResults, preferences, (result, prefs) => {
        const p = generateProgramme(result, prefs);
        const weekMax = new Map<string, Block['dose']>();
        for (let week = 1; week <= 6; week++) {
          for (const s of p.sessions.filter((x) => x.week === week))
            for (const b of s.blocks.filter((x) => DOSED.has(x.phase))) {
              const before = weekMax.get(b.exerciseId);
              if (before) expect(doseAtLeast(b.dose, before)).toBe(true);
            }
          for (const s of p.sessions.filter((x) => x.week === week))
            for (const b of s.blocks.filter((x) => DOSED.has(x.phase))) weekMax.set(b.exerciseId, b.dose);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns a deep-equal programme for the same input and leaves the input untouched', () => {
    fc.assert(
      fc.property(withHistory, ({ result, prefs, history }) => {
        const copies = structuredClone({ result, prefs, history });
        const a = generateProgramme(result, prefs, history);
        const b = generateProgramme(copies.result, copies.prefs, copies.history);
        expect(b).toEqual(a);
        expect({ result, prefs, history }).toEqual(copies);
      }),
      { numRuns: 100 },
    );
  });

  it('schedules six weeks on the chosen days, recommending daily sessions to people who sit 4 h or more', () => {
    fc.assert(
      fc.property(allowedResults, preferences, (result, prefs) => {
        const p: Programme = generateProgramme(result, prefs);
        const last = addDays(prefs.startDate, 41);
        expect(p.sessions.every((s) => s.date >= prefs.startDate && s.date <= last)).toBe(true);
        expect(new Set(p.sessions.map((s) => s.date)).size).toBe(p.sessions.length);
        expect(p.sessions.map((s) => s.date)).toEqual([...p.sessions.map((s) => s.date)].sort());
        // The person's choice is kept whatever they sit: the plan never goes daily on its own.
        const days = prefs.weekdays ?? null;
        const perWeek = days ? days.length : prefs.daysPerWeek;
        expect(p.sessions).toHaveLength(perWeek * 6);
        if (days) expect(p.sessions.every((s) => days.includes(isoWeekday(s.date)))).toBe(true);
        const sitsLong = (result.sittingHoursPerDay ?? 0) >= 4;
        expect(p.dailyAdvice).toEqual(
          sitsLong && perWeek < 7
            ? { reason: 'long-sitting', sittingHoursPerDay: result.sittingHoursPerDay }
            : undefined,
        );
        expect(p.reassessments.map((r) => r.week)).toEqual([4, 6]);
      }),
      { numRuns: 200 },
    );
  });

  it('gives stretches only to a tight pattern and strengthening only to a weak one', () => {
    fc.assert(
      fc.property(allowedResults, preferences, (result, prefs) => {
        const phases = new Set(
          generateProgramme(result, prefs).sessions.flatMap((s) => s.blocks.map((b) => b.phase)),
        );
        if (result.pattern.kind === 'tight-short') expect(phases.has('strengthen')).toBe(false);
        if (result.pattern.kind === 'weak') expect(phases.has('stretch')).toBe(false);
        expect(phases.has('warm-up') && phases.has('cool-down')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('over randomly answered questionnaires: refuses exactly when self-care is not allowed, else stays safe', () => {
    let built = 0;
    fc.assert(
      fc.property(scoredResults, preferences, (result, prefs) => {
        if (!result.selfCareAllowed) {
          expect(() => generateProgramme(result, prefs)).toThrow(ProgrammeNotAllowedError);
          return;
        }
        built++;
        const p = generateProgramme(result, prefs);
        for (const s of p.sessions)
          for (const b of s.blocks)
            expect(forbiddenBecause(b.exerciseId, result, prefs, s.date), b.exerciseId).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    expect(built).toBeGreaterThan(10);
  });

  it('refuses every result with an emergency or urgent red flag', () => {
    fc.assert(
      fc.property(redFlagResults, preferences, (result, prefs) => {
        expect(() => generateProgramme(result, prefs)).toThrow(ProgrammeNotAllowedError);
      }),
      { numRuns: 100 },
    );
  });
});

const pregnantPeople = pregnantQuestionnaires
  .filter((r) => r.selfCareAllowed)
  .chain((result) =>
    preferences.chain((prefs) =>
      assessedBefore(prefs.startDate).map((assessedOn) => ({ result, prefs, assessedOn })),
    ),
  );

const usedIn = (p: Programme) => p.sessions.flatMap((s) => s.blocks.map((b) => ({ s, b })));

describe('pregnancy, over randomly answered questionnaires of pregnant people', () => {
  it('never has anything face down, in any week of any programme', () => {
    fc.assert(
      fc.property(pregnantPeople, ({ result, prefs, assessedOn }) => {
        const p = generateProgramme(result, prefs, undefined, null, assessedOn);
        for (const { b } of usedIn(p))
          expect(exerciseById(b.exerciseId)!.position, b.exerciseId).not.toBe('prone');
        expect(p.excludedExercises).toContainEqual(
          expect.objectContaining({ exerciseId: 'foam-roll-adductors' }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('never has anything on the back on a session date at or after week 13 of the pregnancy', () => {
    let checked = 0;
    fc.assert(
      fc.property(pregnantPeople, ({ result, prefs, assessedOn }) => {
        const p = generateProgramme(result, prefs, undefined, null, assessedOn);
        for (const { s, b } of usedIn(p)) {
          if (!pregnancyPastWeek13(result, assessedOn, s.date)) continue;
          checked++;
          expect(exerciseById(b.exerciseId)!.position, `${b.exerciseId} on ${s.date}`).not.toBe('supine');
        }
      }),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps lying on the back in the programme weeks wholly before week 13, as for an early pregnancy', () => {
    let compared = 0;
    fc.assert(
      fc.property(pregnantPeople, ({ result, prefs, assessedOn }) => {
        if (result.exerciseRestrictions.some((r) => r.code === 'no-long-supine')) return;
        const p = generateProgramme(result, prefs, undefined, null, assessedOn);
        // Week 1 of pregnancy on the first day never reaches week 13 within six weeks.
        const early = generateProgramme({ ...result, pregnancyWeeks: 1 }, prefs);
        for (const week of [1, 2, 3, 4, 5, 6]) {
          const lastDay = addDays(prefs.startDate, week * 7 - 1);
          if (pregnancyPastWeek13(result, assessedOn, lastDay)) break;
          compared++;
          expect(p.sessions.filter((s) => s.week === week)).toEqual(
            early.sessions.filter((s) => s.week === week),
          );
        }
      }),
      { numRuns: 150 },
    );
    expect(compared).toBeGreaterThan(20);
  });

  it('puts the pregnancy stop signs on every session', () => {
    fc.assert(
      fc.property(pregnantPeople, ({ result, prefs, assessedOn }) => {
        const p = generateProgramme(result, prefs, undefined, null, assessedOn);
        for (const s of p.sessions) expect(s.stopSigns).toEqual(['pregnancy']);
      }),
      { numRuns: 50 },
    );
  });

  it('puts no stop signs on the sessions of someone not pregnant', () => {
    fc.assert(
      fc.property(allowedResults, preferences, (result, prefs) => {
        fc.pre(!pregnantIn(result));
        for (const s of generateProgramme(result, prefs).sessions) expect(s.stopSigns).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });
});

const postpartumResults = fc
  .record({
    pattern: fc.constantFrom('tight-short', 'weak', 'both', 'unclear' as const),
    codes: fc.subarray(['postpartum-not-cleared', 'postpartum-abdominal-separation'] as const, {
      minLength: 1,
    }),
    sittingHoursPerDay: fc.option(fc.integer({ min: 0, max: 16 }), { nil: null }),
  })
  .map((r) =>
    resultFrom({
      selfCareAllowed: true,
      redFlags: [],
      pattern: r.pattern,
      restrictions: [...r.codes],
      sittingHoursPerDay: r.sittingHoursPerDay,
      pregnancyWeeks: null,
      painNow: 3,
    }),
  );

describe('after birth', () => {
  it('never loads the belly; before clearance nothing face down and no rolling of the hip flexors', () => {
    fc.assert(
      fc.property(postpartumResults, preferences, (result, prefs) => {
        const p = generateProgramme(result, prefs);
        for (const { s, b } of usedIn(p))
          expect(forbiddenBecause(b.exerciseId, result, prefs, s.date), b.exerciseId).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});
