import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ExerciseAnimation,
  psoasLength,
  SIDE_VIEW,
  standingPose,
  tiltPoseForPsoasShortening,
} from '../../../domain/figure/index.js';
import { FigureSvg } from './FigureSvg.js';
import { PsoasLegend } from './PsoasLegend.js';
import './figure.css';

export interface PelvisTiltDemoLabels {
  slider: string;
  relaxed: string;
  tight: string;
  /** Receives the tilt in whole degrees. */
  tilt: (degrees: number) => string;
  title: (degrees: number) => string;
}

/** The figure standing; a slider shortens its psoas and the pelvis tips forward as it does. */
export function PelvisTiltDemo({ labels, initial = 0 }: { labels?: PelvisTiltDemoLabels; initial?: number }) {
  const { t } = useTranslation('figure');
  const id = useId();
  const [value, setValue] = useState(Math.round(Math.min(100, Math.max(0, initial))));
  const pose = tiltPoseForPsoasShortening(value / 100);
  const degrees = Math.round(pose.pelvicTilt);
  const l = labels ?? {
    slider: t('demo.slider'),
    relaxed: t('demo.relaxed'),
    tight: t('demo.tight'),
    tilt: (d: number) => t('demo.tilt', { degrees: d }),
    title: (d: number) => t('demo.title', { degrees: d }),
  };
  // Frame both extremes so the picture does not jump while the slider moves.
  const frame = useMemo<ExerciseAnimation>(
    () => ({
      exerciseId: 'pelvic-tilt-demo',
      props: ['floor'],
      placements: [],
      keyframes: [
        { name: 'start', pose: tiltPoseForPsoasShortening(0), durationMs: 0 },
        { name: 'end', pose: tiltPoseForPsoasShortening(1), durationMs: 0 },
      ],
      transitionMs: 1,
      camera: SIDE_VIEW,
    }),
    [],
  );
  const length = psoasLength(pose, 'near');
  const percent = Math.round((length / psoasLength(standingPose, 'near')) * 100);
  return (
    <div className="pelvis-demo">
      <figure className="exercise-figure">
        <FigureSvg
          animation={frame}
          pose={pose}
          title={l.title(degrees)}
          emphasisePelvis
          className="tilt-figure"
          data={{ 'data-testid': 'pelvis-tilt-figure' }}
        />
        <figcaption className="figure-controls">
          <PsoasLegend />
        </figcaption>
      </figure>
      <label htmlFor={`${id}-range`}>{l.slider}</label>
      <input
        id={`${id}-range`}
        type="range"
        min={0}
        max={100}
        step={1}
        value={value}
        aria-valuetext={l.tilt(degrees)}
        onChange={(e) => setValue(Number(e.currentTarget.value))}
      />
      <div className="range-ends" aria-hidden="true">
        <span>{l.relaxed}</span>
        <span>{l.tight}</span>
      </div>
      <p aria-live="polite" data-testid="pelvis-tilt-readout">
        {l.tilt(degrees)}. {labels ? null : t('demo.length', { cm: length.toFixed(1), percent })}
      </p>
    </div>
  );
}
