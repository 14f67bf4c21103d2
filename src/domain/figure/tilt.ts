import { type Pose, standingPose } from './body.js';
import { withPose } from './posing.js';

/** Largest anterior tilt the demo shows, degrees (a clearly visible but plausible range). */
export const MAX_DEMO_TILT = 18;

/**
 * Standing pose for a psoas shortened by `fraction` (0 = resting length, 1 = the demo's
 * shortest): the pelvis tips forward (anterior tilt), the lumbar spine arches more (lordosis)
 * and the upper back leans back so the head stays over the feet. The hips flex by the tilt so
 * the thighs stay vertical; it is that hip flexion which shortens the modelled psoas.
 */
export function tiltPoseForPsoasShortening(fraction: number): Pose {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const tilt = MAX_DEMO_TILT * f;
  return withPose(standingPose, {
    pelvicTilt: tilt,
    lumbar: 0 - 0.6 * tilt + 0,
    thoracic: 0 - 0.4 * tilt + 0,
    // Arms a little behind the body, so the pelvis and the psoas stay in view.
    near: { hipFlex: tilt, shoulderFlex: -22, elbow: 12 },
    far: { hipFlex: tilt, shoulderFlex: -18, elbow: 12 },
  });
}
