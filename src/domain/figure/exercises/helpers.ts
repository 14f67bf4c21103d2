import type { ExerciseAnimation, Keyframe } from '../animation.js';
import { SIDE_VIEW } from '../animation.js';
import { type Pose, type Side, standingPose } from '../body.js';
import { flatHand, landmark, type PosePatch, tune, withPose } from '../posing.js';
import type { Prop, PropPlacement } from '../props.js';

export const MAT = 1;

export const pose = (patch: PosePatch, base: Pose = standingPose): Pose => withPose(base, patch);

export const key = (name: Keyframe['name'], p: Pose, durationMs: number): Keyframe => ({
  name,
  pose: p,
  durationMs,
});

export function animation(
  exerciseId: string,
  spec: {
    placements: PropPlacement[];
    extraProps?: Prop[];
    keyframes: Keyframe[];
    side?: Side;
    transitionMs?: number;
    camera?: ExerciseAnimation['camera'];
  },
): ExerciseAnimation {
  const props = [...new Set([...spec.placements.map((p) => p.prop), ...(spec.extraProps ?? [])])];
  return {
    exerciseId,
    props: props.length ? props : ['floor'],
    placements: spec.placements,
    keyframes: spec.keyframes,
    transitionMs: spec.transitionMs ?? 1400,
    ...(spec.side ? { side: spec.side } : {}),
    camera: spec.camera ?? SIDE_VIEW,
  };
}

/** Tunes the root pitch until a landmark reaches a height (y), keeping another landmark put. */
export function pitchUntil(
  p: Pose,
  moving: { name: Parameters<typeof landmark>[1]; side?: Side; y: number },
  fixed: { name: Parameters<typeof landmark>[1]; side?: Side },
): Pose {
  const anchor = landmark(p, fixed.name, fixed.side);
  const set = (q: Pose, v: number) => {
    const turned = withPose(q, { root: { pitch: v } });
    const now = landmark(turned, fixed.name, fixed.side);
    return withPose(turned, {
      root: { x: turned.root.x + anchor[0] - now[0], y: turned.root.y + anchor[1] - now[1] },
    });
  };
  return tune(p, set, p.root.pitch, (q) => landmark(q, moving.name, moving.side)[1], moving.y);
}

/** Lying on the back: both arms rest on the floor beside the body, palms down. */
export function armsOnFloor(p: Pose, floor = MAT): Pose {
  let q = p;
  for (const side of ['near', 'far'] as const) {
    q = withPose(q, { [side]: { elbow: 4, shoulderAbd: 10 } });
    q = tune(
      q,
      (r, v) => withPose(r, { [side]: { shoulderFlex: v } }),
      10,
      (r) => landmark(r, 'wrist', side)[1],
      floor + 4,
    );
    q = flatHand(q, side);
  }
  return q;
}
