import type { Pose, Side } from './body.js';
import { easeInOut, interpolatePose } from './interpolate.js';
import type { Prop, PropPlacement } from './props.js';

export interface Keyframe {
  name: 'start' | 'hold' | 'end' | (string & {});
  pose: Pose;
  /** How long the figure stays in this pose before moving on to the next keyframe. */
  durationMs: number;
}

/** An orthographic camera: `yaw` turns the scene about the vertical, `elevation` looks down. */
export interface Camera {
  yaw: number;
  elevation: number;
}

export const SIDE_VIEW: Camera = { yaw: 0, elevation: 0 };

export interface ExerciseAnimation {
  exerciseId: string;
  props: Prop[];
  placements: PropPlacement[];
  /** Played in order, then back to the first: start → hold → (end) → start. */
  keyframes: Keyframe[];
  /** Time to move between two keyframes. */
  transitionMs: number;
  /** The leg the exercise works (its psoas is highlighted); drawn nearest the viewer. */
  side?: Side;
  camera: Camera;
}

export function cycleMs(animation: ExerciseAnimation): number {
  return animation.keyframes.reduce((sum, k) => sum + k.durationMs + animation.transitionMs, 0);
}

/** The pose at time `ms` of the looping animation (pure: the caller passes the clock). */
export function poseAt(animation: ExerciseAnimation, ms: number): Pose {
  const frames = animation.keyframes;
  const total = cycleMs(animation);
  let t = ((ms % total) + total) % total;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    if (t < frame.durationMs) return frame.pose;
    t -= frame.durationMs;
    if (t < animation.transitionMs) {
      const next = frames[(i + 1) % frames.length]!;
      return interpolatePose(frame.pose, next.pose, easeInOut(t / animation.transitionMs));
    }
    t -= animation.transitionMs;
  }
  return frames[0]!.pose;
}

/** The keyframe shown when motion is reduced: the hold pose (or the last keyframe). */
export function holdPose(animation: ExerciseAnimation): Pose {
  return (animation.keyframes.find((k) => k.name === 'hold') ?? animation.keyframes.at(-1)!).pose;
}

/** The keyframe the figure is holding, or moving towards, at time `ms` of the loop. */
export function phaseAt(animation: ExerciseAnimation, ms: number): Keyframe['name'] {
  const frames = animation.keyframes;
  const total = cycleMs(animation);
  let t = ((ms % total) + total) % total;
  for (let i = 0; i < frames.length; i++) {
    if (t < frames[i]!.durationMs) return frames[i]!.name;
    t -= frames[i]!.durationMs;
    if (t < animation.transitionMs) return frames[(i + 1) % frames.length]!.name;
    t -= animation.transitionMs;
  }
  return frames[0]!.name;
}
