import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { toLanguage } from '../../../domain/i18n.js';
import {
  lungeReading,
  measureLunge,
  measureThomas,
  noMeasureHint,
  STEADY,
  steadyReading,
  thomasChange,
  thomasReading,
} from '../../../domain/movement/index.js';
import { usePageTitle } from '../../use-page-title.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { loadPoseModel, type PoseModel } from './pose-model.js';
import { type SavedCheck, saveCheck, savedChecks } from './saved-checks.js';
import { drawSkeleton } from './skeleton.js';
import './check.css';

type Test = 'thomas' | 'lunge';

/** Turns the camera off: its light goes out as soon as the reading is taken or the page is left. */
function stopTracks(stream: { current: MediaStream | null }) {
  for (const track of stream.current?.getTracks() ?? []) track.stop();
  stream.current = null;
}
type Phase =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'measuring'; hint?: string }
  | { kind: 'done'; side: 'left' | 'right'; degrees: number; lean?: number }
  | { kind: 'failed'; reason: 'camera-denied' | 'no-camera' | 'model' };

/**
 * The camera check: the person props the phone up sideways, gets into the test's position, and
 * the page reads the hip angle from the picture, on the phone. Camera permission is asked only
 * when they press start; the video is never sent or kept.
 */
export function CheckPage() {
  const { test } = useParams<{ test: string }>();
  if (test !== 'thomas' && test !== 'lunge') return <NotFoundPage />;
  return <Check test={test} />;
}

function Check({ test }: { test: Test }) {
  const { t, i18n } = useTranslation('check');
  const lang = toLanguage(i18n.language);
  usePageTitle(t(`${test}.title`));
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [saved, setSaved] = useState<SavedCheck[]>(() => savedChecks().filter((c) => c.test === test));
  const [justSaved, setJustSaved] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const model = useRef<PoseModel | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const stopCamera = () => stopTracks(stream);
  useEffect(() => () => stopTracks(stream), []);

  const start = async () => {
    setJustSaved(false);
    setPhase({ kind: 'loading' });
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
    } catch (e) {
      const denied =
        e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError');
      setPhase({ kind: 'failed', reason: denied ? 'camera-denied' : 'no-camera' });
      return;
    }
    try {
      model.current ??= await loadPoseModel();
    } catch {
      stopCamera();
      setPhase({ kind: 'failed', reason: 'model' });
      return;
    }
    const v = video.current!;
    v.srcObject = stream.current;
    await v.play();
    setPhase({ kind: 'measuring' });
  };

  // One frame at a time: read the pose, draw it, measure; a reading needs STEADY.count agreeing frames.
  useEffect(() => {
    if (phase.kind !== 'measuring') return;
    let stopped = false;
    const samples: number[] = [];
    const leans: number[] = [];
    void (async () => {
      while (!stopped && model.current && video.current) {
        const frame = await model.current.detect(video.current);
        if (stopped) return;
        const seen = canvas.current ? drawSkeleton(canvas.current, frame) : 0;
        canvas.current?.setAttribute('data-points', String(seen));
        const m = test === 'thomas' ? measureThomas(frame) : measureLunge(frame);
        if (!m.ok) {
          samples.length = 0;
          leans.length = 0;
          setPhase({ kind: 'measuring', hint: noMeasureHint(m.why)[lang] });
        } else {
          const degrees = 'elevation' in m.value ? m.value.elevation : m.value.hipExtension;
          samples.push(degrees);
          if ('trunkLean' in m.value) leans.push(m.value.trunkLean);
          const steady = steadyReading(samples);
          if (steady !== undefined) {
            stopTracks(stream);
            const lean =
              leans.length > 0
                ? leans.slice(-STEADY.count).sort((a, b) => a - b)[STEADY.count >> 1]
                : undefined;
            setPhase({ kind: 'done', side: m.value.side, degrees: steady, lean });
            return;
          }
          setPhase({ kind: 'measuring', hint: t('holdStill') });
        }
        await new Promise((r) => requestAnimationFrame(r));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [phase.kind, test, lang, t]);

  useEffect(() => {
    if (phase.kind === 'done' || phase.kind === 'failed') status.current?.focus();
  }, [phase.kind]);

  const reading =
    phase.kind === 'done'
      ? test === 'thomas'
        ? thomasReading(phase.degrees)[lang]
        : lungeReading(phase.degrees, phase.lean ?? 0)[lang]
      : undefined;
  const first = saved[0];

  return (
    <div className="page check-page">
      <h1>{t(`${test}.title`)}</h1>
      <p className="lead">{t(`${test}.what`)}</p>
      <p className="check-privacy">{t('privacy')}</p>
      {phase.kind === 'failed' && (
        <p className="callout warning" role="alert" tabIndex={-1} ref={status}>
          {t(`failed.${phase.reason}`)}
        </p>
      )}
      {(phase.kind === 'idle' || phase.kind === 'failed') && (
        <button type="button" className="button primary" onClick={() => void start()}>
          {t('start')}
        </button>
      )}
      {phase.kind === 'loading' && (
        <p className="check-status" aria-live="polite" aria-busy="true">
          {t('loading')}
        </p>
      )}
      {phase.kind === 'measuring' && (
        <p className="check-status" aria-live="polite">
          {phase.hint ?? t('looking')}
        </p>
      )}
      <div
        className="check-view"
        role="img"
        aria-label={t('viewLabel')}
        hidden={phase.kind !== 'measuring' && phase.kind !== 'loading'}
      >
        <video ref={video} muted playsInline />
        <canvas ref={canvas} />
      </div>
      {phase.kind !== 'done' && (
        <section aria-labelledby="check-how">
          <h2 id="check-how">{t('how')}</h2>
          <ol className="check-steps">
            <li>{t('stepPhone')}</li>
            <li>{t(`${test}.stepPosition`)}</li>
            <li>{t('stepHold')}</li>
          </ol>
        </section>
      )}
      {phase.kind === 'done' && (
        <section className="check-result" aria-labelledby="check-result-title">
          <h2 id="check-result-title" tabIndex={-1} ref={status}>
            {t('resultTitle', { side: t(`side.${phase.side}`) })}
          </h2>
          <p className="check-number">{Math.round(phase.degrees)}°</p>
          <p>{reading}</p>
          {test === 'thomas' && first && (
            <p>
              {t(`change.${thomasChange(first.degrees, phase.degrees)}`, {
                degrees: Math.round(first.degrees),
              })}
            </p>
          )}
          <div className="actions">
            {!justSaved && (
              <button
                type="button"
                className="button primary"
                onClick={() => {
                  const all = saveCheck({
                    test,
                    side: phase.side,
                    degrees: Math.round(phase.degrees),
                    lean: phase.lean === undefined ? undefined : Math.round(phase.lean),
                    at: new Date().toISOString(),
                  });
                  setSaved(all.filter((c) => c.test === test));
                  setJustSaved(true);
                }}
              >
                {t('save')}
              </button>
            )}
            <button type="button" className="button" onClick={() => void start()}>
              {t('again')}
            </button>
          </div>
          {justSaved && <p role="status">{t('saved')}</p>}
        </section>
      )}
      {saved.length > 0 && (
        <section aria-labelledby="check-history">
          <h2 id="check-history">{t('history')}</h2>
          <ul className="check-history">
            {saved.map((c) => (
              <li key={c.at}>
                {new Date(c.at).toLocaleDateString(lang)} · {t(`side.${c.side}`)} · {c.degrees}°
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link href={test === 'thomas' ? '/exercises/thomas-stretch' : '/exercises/kneeling-lunge'}>
          {t(`${test}.exerciseLink`)}
        </Link>
      </p>
    </div>
  );
}
