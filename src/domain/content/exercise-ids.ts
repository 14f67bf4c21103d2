/**
 * Every exercise of the library. The figure model (src/domain/figure) animates exactly these ids,
 * so adding one means adding its keyframes there too.
 */
export const EXERCISE_IDS = [
  'kneeling-lunge',
  'lizard-pose',
  'figure-four-stretch',
  'seated-psoas-stretch',
  'thomas-stretch',
  'standing-back-bend',
  'ball-backbend',
  'bridge',
  'ball-bridge',
  'clamshell',
  'fire-hydrant',
  'supine-leg-lift',
  'forward-lunge',
  'ball-sit-up',
  'foam-roll-tfl',
  'foam-roll-adductors',
  'gentle-walk',
  'breathing-relaxation',
  // Pregnancy-safe alternatives to the supine exercises (from the second trimester on).
  'side-lying-hip-flexor-stretch',
  'side-lying-leg-lift',
  'incline-bridge',
] as const;

export type ExerciseId = (typeof EXERCISE_IDS)[number];

export const isExerciseId = (value: string): value is ExerciseId =>
  (EXERCISE_IDS as readonly string[]).includes(value);
