import { useMemo } from 'react';
import {
  animationFor,
  type ExerciseAnimation,
  holdPose,
  type Pose,
  SIDE_VIEW,
  standingPose,
} from '../../../domain/figure/index.js';
import { FigureSvg } from './FigureSvg.js';
import './figure.css';

/** A frame for a figure standing on the floor, seen from the side (no exercise behind it). */
export const STANDING_FRAME: ExerciseAnimation = {
  exerciseId: 'standing',
  props: ['floor'],
  placements: [],
  keyframes: [{ name: 'hold', pose: standingPose, durationMs: 0 }],
  transitionMs: 1,
  camera: SIDE_VIEW,
};

/**
 * One still picture: an exercise's pose (its hold, or a named keyframe) or a given pose in a
 * given frame. Nothing moves and nothing depends on time, so the pre-rendered SVG is exactly what
 * the browser draws first; cheap enough for a list of twenty.
 */
export function StillFigure({
  exerciseId,
  phase,
  frame,
  pose,
  title,
  className,
  testId,
}: {
  exerciseId?: string;
  phase?: string;
  frame?: ExerciseAnimation;
  pose?: Pose;
  title: string;
  className?: string;
  testId?: string;
}) {
  const animation = frame ?? (exerciseId ? animationFor(exerciseId) : undefined);
  const shown = useMemo(() => {
    if (pose) return pose;
    if (!animation) return undefined;
    return (phase && animation.keyframes.find((k) => k.name === phase)?.pose) || holdPose(animation);
  }, [animation, phase, pose]);
  if (!animation || !shown) return null;
  return (
    <FigureSvg
      animation={animation}
      pose={shown}
      title={title}
      className={className}
      {...(animation.side ? { highlight: animation.side } : {})}
      data={{
        'data-testid': testId ?? 'still-figure',
      }}
    />
  );
}
