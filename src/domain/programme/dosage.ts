import type { Exercise, Range } from '../content/index.js';
import type { Dose, Phase } from './types.js';

/** Progression steps: week 1 is step 0, week 6 step 5 (gentle programmes climb half as fast). */
export const TOP_LEVEL = 5;

/** Seconds between sets and sides, by phase: time to change side or settle (our own figures). */
export const REST_SECONDS: Record<Phase, number> = {
  'warm-up': 0,
  release: 10,
  stretch: 10,
  strengthen: 20,
  'cool-down': 0,
};

const fraction = (range: Range, f: number) =>
  range.min + (range.max - range.min) * Math.min(1, Math.max(0, f));
const roundTo = (value: number, step: number) => Math.round(value / step) * step;
/** Sets stay at the minimum until level 2, then climb to the maximum at the top level. */
const setsAt = (r: Range, level: number) => Math.floor(fraction(r, (level - 2) / 3) + 1e-9);

/**
 * The dose of an exercise at a progression level. Holds and reps climb first (reaching the top of
 * the article's range at level 3), then sets (levels 3 to 5); ankle weights join the leg lifts at
 * level 4 when the person has them. Every figure is non-decreasing in the level.
 */
export function doseAt(exercise: Exercise, phase: Phase, level: number, hasAnkleWeights: boolean): Dose {
  const d = exercise.dosage;
  const rest = REST_SECONDS[phase];
  const early = level / 3;
  const sets = (r: Range) => setsAt(r, level);
  switch (d.kind) {
    case 'hold':
      return {
        sets: sets(d.sets),
        holdSeconds: Math.max(d.holdSeconds.min, roundTo(fraction(d.holdSeconds, early), 5)),
        perSide: d.perSide,
        restSeconds: rest,
      };
    case 'reps': {
      const dose: Dose = {
        sets: sets(d.sets),
        reps: Math.round(fraction(d.reps, early)),
        perSide: d.perSide,
        restSeconds: rest,
      };
      if (d.holdSeconds) dose.holdSeconds = Math.round(fraction(d.holdSeconds, early));
      if (hasAnkleWeights && exercise.optionalEquipment.includes('ankle-weights') && level >= 4)
        dose.ankleWeights = true;
      return dose;
    }
    case 'duration':
      return { sets: 1, durationSeconds: d.durationSeconds.min, perSide: false, restSeconds: 0 };
  }
}

/**
 * Seconds a block takes: sets × work × sides plus a rest between consecutive sets and sides. Work
 * is reps × (seconds per rep + hold) for repetitions, the hold for stretches, else the duration.
 */
export function estimateSeconds(dose: Dose, secondsPerRep: number): number {
  const sides = dose.perSide ? 2 : 1;
  const work =
    dose.reps !== undefined
      ? dose.reps * (secondsPerRep + (dose.holdSeconds ?? 0))
      : (dose.holdSeconds ?? dose.durationSeconds ?? 0);
  const rounds = dose.sets * sides;
  return rounds * work + Math.max(0, rounds - 1) * dose.restSeconds;
}

export const secondsPerRepOf = (exercise: Exercise): number =>
  exercise.dosage.kind === 'reps' ? exercise.dosage.secondsPerRep : 0;

/**
 * Whether `later` is at least as much as `earlier` on every measure: the check behind "dosage never
 * decreases from one week to the next unless pain was reported".
 */
export function doseAtLeast(later: Dose, earlier: Dose): boolean {
  return (
    later.sets >= earlier.sets &&
    (later.reps ?? 0) >= (earlier.reps ?? 0) &&
    (later.holdSeconds ?? 0) >= (earlier.holdSeconds ?? 0) &&
    (later.durationSeconds ?? 0) >= (earlier.durationSeconds ?? 0) &&
    (later.ankleWeights ? 1 : 0) >= (earlier.ankleWeights ? 1 : 0)
  );
}
