import { useEffect, useMemo, useRef, useState } from 'react';
import { animationFor, holdPose, poseAt } from '../../domain/figure/index.js';
import { FigureSvg } from '../components/figure/FigureSvg.js';
import { PsoasLegend } from '../components/figure/PsoasLegend.js';
import '../components/figure/figure.css';

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/**
 * The animated figure of the exercise in progress. It moves only while the session runs (a paused
 * session shows a still picture) and shows the hold pose when the person prefers less motion.
 * The model works its right leg; for the left side the picture is mirrored.
 */
export function PlayerFigure({
  exerciseId,
  title,
  side,
  running,
}: {
  exerciseId: string;
  title: string;
  side?: 'left' | 'right';
  running: boolean;
}) {
  const animation = useMemo(() => animationFor(exerciseId), [exerciseId]);
  const [ms, setMs] = useState(0);
  const still = reducedMotion();
  const clock = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new exercise starts its loop from the start
  useEffect(() => {
    clock.current = 0;
    setMs(0);
  }, [exerciseId]);

  useEffect(() => {
    if (!animation || !running || still) return;
    let frame = 0;
    let last = performance.now();
    const step = (now: number) => {
      clock.current += now - last;
      last = now;
      setMs(clock.current);
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [animation, running, still]);

  if (!animation) return null;
  const pose = still ? holdPose(animation) : poseAt(animation, ms);
  // ExerciseFigure has its own pause button; here the session's controls drive the motion.
  return (
    <>
      <FigureSvg
        animation={animation}
        pose={pose}
        title={title}
        mirrored={side === 'left'}
        {...(animation.side ? { highlight: animation.side } : {})}
        data={{ 'data-exercise': exerciseId, 'data-side': side ?? 'none' }}
      />
      <PsoasLegend />
    </>
  );
}
