import { useTranslation } from 'react-i18next';
import { FIGURE_EXERCISE_IDS } from '../../../domain/figure/index.js';
import { ExerciseFigure } from './ExerciseFigure.js';
import { PelvisTiltDemo } from './PelvisTiltDemo.js';
import './figure.css';

/**
 * Hidden page (/dev/figures, not in the navigation): every figure still, at its hold pose or at
 * the phase named in ?phase=, so the browser tests can photograph each one.
 */
export function FigureGalleryPage() {
  const { t } = useTranslation('figure');
  // ?phase=start|hold shows that keyframe still; ?phase=play animates every figure.
  const phase = new URLSearchParams(window.location.search).get('phase') ?? 'hold';
  const playing = phase === 'play';
  return (
    <div className="page">
      <h1>{t('dev.title')}</h1>
      <p>{t('dev.intro')}</p>
      <ul className="figure-gallery">
        {FIGURE_EXERCISE_IDS.map((id) => (
          <li key={id} data-figure={id}>
            <h2>{id}</h2>
            <ExerciseFigure
              exerciseId={id}
              title={t('dev.holdPose', { id })}
              playing={playing}
              {...(playing ? {} : { phase })}
            />
          </li>
        ))}
      </ul>
      <section data-figure="pelvis-tilt-demo">
        <h2>{t('dev.demo')}</h2>
        <PelvisTiltDemo />
      </section>
    </div>
  );
}
