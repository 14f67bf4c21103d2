import type { AssessmentResult, ExerciseRestriction } from '../assessment/result.js';
import {
  type Contraindication,
  type Exercise,
  exerciseById,
  type Position,
  type Target,
} from '../content/index.js';
import { addDays, daysBetween } from '../time/index.js';
import type { Preferences } from './types.js';

/**
 * The second trimester is counted from week 13 here (the assessment flags it from week 14): the
 * earlier bound is the safer one, and the programme runs for weeks after the assessment.
 */
export const SUPINE_LIMIT_PREGNANCY_WEEK = 13;

/** What the assessment rules out, as the content's contraindication codes plus extra rules. */
export interface Limits {
  contraindications: Set<Contraindication>;
  /** Restriction codes that rule out named exercises the content does not tag. */
  restrictions: Set<ExerciseRestriction>;
  noSupine: boolean;
  /** Lying face down: never in pregnancy, nor after birth before the midwife or doctor clears it. */
  noProne: boolean;
  /** Rolling the belly or the front of the hip: not after birth before clearance. */
  noHipFlexorRelease: boolean;
  gentle: boolean;
  foamWithCare: boolean;
  pregnant: boolean;
}

const KNEELING_POSITIONS: readonly Position[] = ['kneeling', 'half-kneeling', 'all-fours'];
const LUNGES = new Set(['kneeling-lunge', 'lizard-pose', 'forward-lunge']);
/** Release work on any of these presses on the belly or the front of the hip. */
const BELLY_AND_HIP_FLEXORS: readonly Target[] = ['abdomen', 'psoas', 'iliacus', 'hip-flexors'];

export const isPregnant = (result: AssessmentResult): boolean => {
  const codes = new Set(result.exerciseRestrictions.map((r) => r.code));
  return (
    result.pregnancyWeeks !== null ||
    codes.has('pregnancy-first-trimester') ||
    codes.has('pregnancy-second-trimester') ||
    codes.has('pregnancy-third-trimester')
  );
};

/**
 * Weeks of pregnancy completed on `date`, taking the person's answer ("12 weeks") at its latest
 * day (12 weeks and 6 days) on the day of the assessment, so the count is never behind. Null when
 * the weeks are unknown.
 */
export function pregnancyWeekOn(result: AssessmentResult, assessedOn: string, date: string): number | null {
  if (result.pregnancyWeeks === null) return null;
  return result.pregnancyWeeks + Math.floor((daysBetween(assessedOn, date) + 6) / 7);
}

/**
 * The programme week (1-based) from which nothing is done lying on the back, or null when the
 * whole programme may use it. From the week in which the pregnancy reaches week 13, so every
 * session on or after that day is off the back; the whole programme with `no-long-supine`, a
 * second or third trimester, or a pregnancy of unknown weeks.
 */
export function supineOffFromWeek(
  result: AssessmentResult,
  startDate: string,
  assessedOn: string,
  programmeWeeks: number,
): number | null {
  const codes = new Set(result.exerciseRestrictions.map((r) => r.code));
  if (
    codes.has('no-long-supine') ||
    codes.has('pregnancy-second-trimester') ||
    codes.has('pregnancy-third-trimester')
  )
    return 1;
  if (!isPregnant(result)) return null;
  for (let week = 1; week <= programmeWeeks; week++) {
    const lastDay = addDays(startDate, week * 7 - 1);
    const reached = pregnancyWeekOn(result, assessedOn, lastDay);
    if (reached === null || reached >= SUPINE_LIMIT_PREGNANCY_WEEK) return week;
  }
  return null;
}

/**
 * The limits for one stretch of the programme: `offBack` says whether it comes after the
 * pregnancy reaches week 13 (supineOffFromWeek).
 */
export function limitsOf(result: AssessmentResult, offBack: boolean): Limits {
  const codes = new Set(result.exerciseRestrictions.map((r) => r.code));
  const c = new Set<Contraindication>();
  if (codes.has('no-foam-rolling')) c.add('foam-rolling-contraindication');
  if (codes.has('no-back-bends-painful')) c.add('pain-on-bending-backwards');
  if (codes.has('no-kneeling')) c.add('knee-pain-when-kneeling');
  const pregnant = isPregnant(result);
  if (pregnant) {
    c.add('pregnancy-abdominal-loading');
    c.add('pregnancy-prone');
  }
  const notCleared = codes.has('postpartum-not-cleared');
  if (notCleared || codes.has('postpartum-abdominal-separation')) c.add('postpartum-abdominal-loading');
  const noSupine = offBack || codes.has('no-long-supine');
  if (noSupine) c.add('pregnancy-second-trimester-supine');
  return {
    contraindications: c,
    restrictions: codes,
    noSupine,
    noProne: pregnant || notCleared,
    noHipFlexorRelease: notCleared,
    gentle: codes.has('gentle-start') || notCleared || result.pattern.kind === 'unclear',
    foamWithCare: codes.has('foam-rolling-with-care'),
    pregnant,
  };
}

/** Why an exercise cannot be used, or undefined when it can. Codes documented in docs/programme.md. */
export function exclusionReason(exercise: Exercise, limits: Limits, prefs: Preferences): string | undefined {
  const hit = exercise.contraindications.find((code) => limits.contraindications.has(code));
  if (hit) return `contraindication:${hit}`;
  if (limits.noSupine && exercise.position === 'supine')
    return 'contraindication:pregnancy-second-trimester-supine';
  if (limits.noProne && exercise.position === 'prone')
    return limits.pregnant ? 'contraindication:pregnancy-prone' : 'restriction:postpartum-not-cleared';
  if (
    limits.noHipFlexorRelease &&
    exercise.purpose === 'release' &&
    exercise.targets.some((x) => BELLY_AND_HIP_FLEXORS.includes(x))
  )
    return 'restriction:postpartum-not-cleared';
  if (limits.restrictions.has('no-lunges-painful') && LUNGES.has(exercise.id))
    return 'restriction:no-lunges-painful';
  if (limits.restrictions.has('no-thomas-painful') && exercise.id === 'thomas-stretch')
    return 'restriction:no-thomas-painful';
  if (limits.restrictions.has('no-kneeling') && KNEELING_POSITIONS.includes(exercise.position))
    return 'restriction:no-kneeling';
  const missing = exercise.equipment.find((item) => item !== 'none' && !prefs.equipment.includes(item));
  if (missing) return `equipment:${missing}`;
  return undefined;
}

export interface Resolution {
  /** The exercise to use, possibly a pregnancy alternative; undefined when none is safe. */
  use?: Exercise;
  excluded: { exerciseId: string; reason: string }[];
}

/**
 * The exercise itself when allowed; else its pregnancy alternative when the only obstacle is lying
 * on the back; else nothing. Every exercise left out is recorded with its reason.
 */
export function resolveExercise(id: string, limits: Limits, prefs: Preferences): Resolution {
  const exercise = exerciseById(id);
  if (!exercise) return { excluded: [{ exerciseId: id, reason: 'unknown-exercise' }] };
  const reason = exclusionReason(exercise, limits, prefs);
  if (!reason) return { use: exercise, excluded: [] };
  const excluded = [{ exerciseId: id, reason }];
  if (reason === 'contraindication:pregnancy-second-trimester-supine' && exercise.pregnancyAlternative) {
    const alt = exerciseById(exercise.pregnancyAlternative);
    const altReason = exclusionReason(alt, limits, prefs);
    if (!altReason)
      return { use: alt, excluded: [{ exerciseId: id, reason: `${reason};replaced-by:${alt.id}` }] };
    excluded.push({ exerciseId: alt.id, reason: altReason });
  }
  return { excluded };
}

/** Whether an exercise may appear in a programme built for these limits and preferences. */
export const isAllowed = (exercise: Exercise, limits: Limits, prefs: Preferences): boolean =>
  exclusionReason(exercise, limits, prefs) === undefined;
