import type { AssessmentResult, ExerciseRestriction } from '../assessment/result.js';
import { type Contraindication, type Exercise, exerciseById, type Position } from '../content/index.js';
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
  gentle: boolean;
  foamWithCare: boolean;
  pregnant: boolean;
}

const KNEELING_POSITIONS: readonly Position[] = ['kneeling', 'half-kneeling', 'all-fours'];
const LUNGES = new Set(['kneeling-lunge', 'lizard-pose', 'forward-lunge']);

export function limitsOf(result: AssessmentResult, programmeWeeks: number): Limits {
  const codes = new Set(result.exerciseRestrictions.map((r) => r.code));
  const c = new Set<Contraindication>();
  if (codes.has('no-foam-rolling')) c.add('foam-rolling-contraindication');
  if (codes.has('no-back-bends-painful')) c.add('pain-on-bending-backwards');
  if (codes.has('no-kneeling')) c.add('knee-pain-when-kneeling');
  const weeks = result.pregnancyWeeks;
  const pregnant =
    weeks !== null ||
    codes.has('pregnancy-first-trimester') ||
    codes.has('pregnancy-second-trimester') ||
    codes.has('pregnancy-third-trimester');
  if (pregnant) c.add('pregnancy-abdominal-loading');
  // A pregnancy that reaches week 13 at any point of the programme keeps the whole programme
  // off the back: the start date may be weeks after the assessment.
  const noSupine =
    codes.has('no-long-supine') ||
    codes.has('pregnancy-second-trimester') ||
    codes.has('pregnancy-third-trimester') ||
    (weeks !== null && weeks + programmeWeeks >= SUPINE_LIMIT_PREGNANCY_WEEK);
  if (noSupine) c.add('pregnancy-second-trimester-supine');
  return {
    contraindications: c,
    restrictions: codes,
    noSupine,
    gentle: codes.has('gentle-start') || result.pattern.kind === 'unclear',
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
