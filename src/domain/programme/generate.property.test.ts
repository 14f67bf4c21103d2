import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../assessment/index.js';
import { exerciseById } from '../content/index.js';
import { addDays, isoWeekday } from '../time/index.js';
import { doseAtLeast } from './dosage.js';
import { ProgrammeNotAllowedError } from './errors.js';
import { generateProgramme } from './generate.js';
import type { History } from './history.js';
import {
  allowedResults,
  histories,
  preferences,
  redFlagResults,
  scoredResults,
} from './testing/arbitraries.js';
import type { Block, Preferences, Programme } from './types.js';

const LUNGES = ['kneeling-lunge', 'lizard-pose', 'forward-lunge'];

/** Why an exercise must not appear for this person, written independently of the generator. */
function forbiddenBecause(id: string, result: AssessmentResult, prefs: Preferences): string | undefined {
  const e = exerciseById(id);
  if (!e) return 'unknown exercise';
  const codes = new Set(result.exerciseRestrictions.map((r) => r.code));
  const has = (c: string) => (e.contraindications as string[]).includes(c);
  if (codes.has('no-foam-rolling') && (e.purpose === 'release' || has('foam-rolling-contraindication')))
    return 'foam rolling ruled out';
  const weeks = result.pregnancyWeeks;
  if (weeks !== null && has('pregnancy-abdominal-loading')) return 'abdominal loading in pregnancy';
  const offBack = codes.has('no-long-supine') || (weeks !== null && weeks + 6 >= 13);
  if (offBack && (e.position === 'supine' || has('pregnancy-second-trimester-supine')))
    return 'supine in pregnancy';
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
  preferences.chain((prefs) => histories(prefs.startDate).map((history) => ({ result, prefs, history }))),
);

describe('generateProgramme over random assessment results and preferences', () => {
  it('never includes an exercise the person must not do or cannot do with their equipment', () => {
    fc.assert(
      fc.property(withHistory, ({ result, prefs, history }) => {
        const p = generateProgramme(result, prefs, history);
        for (const s of p.sessions)
          for (const b of s.blocks)
            expect(forbiddenBecause(b.exerciseId, result, prefs), b.exerciseId).toBeUndefined();
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

  it('schedules six weeks: daily for people who sit 4 h or more, else on the chosen weekdays', () => {
    fc.assert(
      fc.property(allowedResults, preferences, (result, prefs) => {
        const p: Programme = generateProgramme(result, prefs);
        const last = addDays(prefs.startDate, 41);
        expect(p.sessions.every((s) => s.date >= prefs.startDate && s.date <= last)).toBe(true);
        expect(new Set(p.sessions.map((s) => s.date)).size).toBe(p.sessions.length);
        expect(p.sessions.map((s) => s.date)).toEqual([...p.sessions.map((s) => s.date)].sort());
        if ((result.sittingHoursPerDay ?? 0) >= 4) expect(p.sessions).toHaveLength(42);
        else {
          const days = prefs.weekdays ?? null;
          const perWeek = days ? days.length : prefs.daysPerWeek;
          expect(p.sessions).toHaveLength(perWeek * 6);
          if (days) expect(p.sessions.every((s) => days.includes(isoWeekday(s.date)))).toBe(true);
        }
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
            expect(forbiddenBecause(b.exerciseId, result, prefs), b.exerciseId).toBeUndefined();
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
