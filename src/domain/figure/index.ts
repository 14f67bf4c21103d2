import { EXERCISE_IDS } from '../content/exercise-ids.js';
import type { ExerciseAnimation } from './animation.js';
import { GENTLE_ANIMATIONS } from './exercises/gentle.js';
import { STRENGTH_ANIMATIONS } from './exercises/strength.js';
import { STRETCH_ANIMATIONS } from './exercises/stretches.js';

export * from './animation.js';
export {
  BODY,
  type LimbPose,
  type Pose,
  type Segment,
  SIDES,
  type Side,
  segments,
  solve,
  standingPose,
} from './body.js';
export * from './drawing.js';
export { easeInOut, interpolatePose } from './interpolate.js';
export type { Prop, PropPlacement } from './props.js';
export { psoasLength, psoasPath } from './psoas.js';
export { MAX_DEMO_TILT, tiltPoseForPsoasShortening } from './tilt.js';

/** The exercise ids with a figure: exactly the content library's (one list, kept there). */
export const FIGURE_EXERCISE_IDS = EXERCISE_IDS;

/** Stretches whose hold pose lengthens the worked-side psoas (checked by the model's tests). */
export const PSOAS_STRETCH_IDS = [
  'kneeling-lunge',
  'lizard-pose',
  'seated-psoas-stretch',
  'thomas-stretch',
  'standing-back-bend',
  'ball-backbend',
  'side-lying-hip-flexor-stretch',
] as const;

/**
 * Stretches aimed at the hip's rotators (piriformis and deep gluteals), not the psoas: the hip
 * flexes, so the modelled psoas is shorter than standing. Kept honest rather than bent to fit.
 */
export const HIP_ROTATOR_STRETCH_IDS = ['figure-four-stretch'] as const;

/** Exercises in which the psoas works as a hip flexor: their hold pose shortens it. */
export const PSOAS_SHORTENING_IDS = ['supine-leg-lift', 'side-lying-leg-lift', 'ball-sit-up'] as const;

export const exerciseAnimations: Record<string, ExerciseAnimation> = Object.fromEntries(
  [...STRETCH_ANIMATIONS, ...STRENGTH_ANIMATIONS, ...GENTLE_ANIMATIONS].map((a) => [a.exerciseId, a]),
);

export function animationFor(exerciseId: string): ExerciseAnimation | undefined {
  return Object.hasOwn(exerciseAnimations, exerciseId) ? exerciseAnimations[exerciseId] : undefined;
}
