import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { animationFor, holdPose, phaseAt, poseAt } from '../../../domain/figure/index.js';
import { FigureSvg } from './FigureSvg.js';
import { PsoasLegend } from './PsoasLegend.js';
import { usePrefersReducedMotion } from './usePrefersReducedMotion.js';
import './figure.css';

export interface ExerciseFigureProps {
  exerciseId: string;
  /** Accessible name of the picture (the exercise's name in the page's language). */
  title: string;
  /** Which leg works; the model works the right leg, so 'left' shows the mirror image. */
  side?: 'left' | 'right';
  /** false shows the hold pose still (default: animate, unless the person prefers less motion). */
  playing?: boolean;
  /** Shows one keyframe still ('start', 'hold', …), e.g. for a session player's current step. */
  phase?: string;
  className?: string;
}

/** The animated figure of an exercise: start → hold → start, looping, psoas coloured by length. */
export function ExerciseFigure({
  exerciseId,
  title,
  side,
  playing = true,
  phase,
  className,
}: ExerciseFigureProps) {
  const { t } = useTranslation('figure');
  const animation = animationFor(exerciseId);
  const reducedMotion = usePrefersReducedMotion();
  const [paused, setPaused] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  // Where the loop was when paused, so playing again resumes there.
  const resumeAt = useRef(0);
  resumeAt.current = elapsed;
  const canAnimate = Boolean(animation) && playing && phase === undefined && !reducedMotion;
  const animating = canAnimate && !paused;

  useEffect(() => {
    if (!animating) return;
    let frame = 0;
    const origin = performance.now() - resumeAt.current;
    const tick = (now: number) => {
      setElapsed(now - origin);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [animating]);

  if (!animation) {
    return (
      <p className="figure-missing" data-testid="exercise-figure-missing">
        {t('missing')}
      </p>
    );
  }
  const fixed = phase !== undefined ? animation.keyframes.find((k) => k.name === phase) : undefined;
  const pose = fixed ? fixed.pose : animating || paused ? poseAt(animation, elapsed) : holdPose(animation);
  const shownPhase = fixed ? fixed.name : animating || paused ? phaseAt(animation, elapsed) : 'hold';
  return (
    <figure className={`exercise-figure ${className ?? ''}`}>
      <FigureSvg
        animation={animation}
        pose={pose}
        title={title}
        mirrored={side === 'left'}
        {...(animation.side ? { highlight: animation.side } : {})}
        data={{
          'data-testid': 'exercise-figure',
          'data-exercise-id': exerciseId,
          'data-phase': shownPhase,
          'data-animating': animating ? 'true' : 'false',
        }}
      />
      <figcaption className="figure-controls">
        {canAnimate ? (
          <button
            type="button"
            className="button small"
            aria-pressed={paused}
            onClick={() => setPaused((p) => !p)}
          >
            {paused ? t('play') : t('pause')}
          </button>
        ) : null}
        <PsoasLegend />
      </figcaption>
    </figure>
  );
}
