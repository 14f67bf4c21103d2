import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localise } from '../../domain/content/localise.js';
import { toLanguage } from '../../domain/i18n.js';
import {
  type Cue,
  currentRep,
  currentStep,
  type PlayerState,
  progress,
  remainingSeconds,
  type SessionProgress,
  type Step,
} from '../../domain/player/index.js';
import type { Session, SessionResult } from '../../domain/programme/types.js';
import { beep, unlockAudio } from './beep.js';
import { EndOfSession } from './EndOfSession.js';
import { useSessionExercises } from './exercise-content.js';
import { HurtForm } from './HurtForm.js';
import { type HurtReport, HurtToClinic } from './HurtToClinic.js';
import { PlayerFigure } from './PlayerFigure.js';
import { PractitionerNote, type PractitionerNotes } from './PractitionerNote.js';
import { StopSignsNotice } from './StopSignsNotice.js';
import { loadMuted, saveMuted } from './settings.js';
import { speak, stopSpeaking } from './speech.js';
import { useSessionPlayer } from './useSessionPlayer.js';
import { useWakeLock } from './wake-lock.js';

export interface SessionPlayerProps {
  session: Session;
  speed: number;
  onSave: (result: Omit<SessionResult, 'clientId' | 'sessionId' | 'completedAt'>) => Promise<void>;
  /** Progress kept on this device from an earlier visit: the session carries on from there. */
  resumeFrom?: SessionProgress | undefined;
  /** Called after every exercise with what to keep. */
  onProgress?: (progress: SessionProgress) => void;
  /** The reviewing practitioner's notes per exercise, shown with that exercise. */
  practitionerNotes?: PractitionerNotes | undefined;
}

/** 45 → "45", 150 → "2:30": long walks read as minutes. */
const clock = (seconds: number) =>
  seconds < 60 ? String(seconds) : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The guided player: one exercise at a time, timed, with sound and spoken cues. */
export function SessionPlayer({
  session,
  speed,
  onSave,
  resumeFrom,
  onProgress,
  practitionerNotes,
}: SessionPlayerProps) {
  const { t, i18n } = useTranslation('programme');
  const lang = toLanguage(i18n.language);
  const exercises = useSessionExercises(session);
  const [muted, setMuted] = useState(loadMuted);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;
  const [announcement, setAnnouncement] = useState('');
  // The latest "this hurts" report, offered to the person's clinic (HurtToClinic).
  const [hurtReport, setHurtReport] = useState<HurtReport>();

  const exerciseName = useCallback(
    (block: number) => {
      const id = session.blocks[block]?.exerciseId ?? '';
      const exercise = exercises.get(id);
      return exercise ? exercise.name[lang] : id;
    },
    [session, exercises, lang],
  );

  const stepText = useCallback(
    (step: Step): string => {
      const name = exerciseName(step.block);
      const side = 'side' in step && step.side ? `${t(`player.side.${step.side}`)}. ` : '';
      switch (step.kind) {
        case 'get-ready':
          return t('player.say.getReady', { name });
        case 'hold':
          return `${side}${t('player.say.hold', { seconds: Math.round(step.durationMs / 1000) })}`;
        case 'reps':
          return `${side}${t('player.say.reps', { count: step.reps })}`;
        case 'duration':
          return t('player.say.duration', { minutes: Math.max(1, Math.round(step.durationMs / 60000)) });
        case 'switch-sides':
          return t('player.say.switchSides');
        case 'rest':
          return t('player.say.rest', { seconds: Math.round(step.durationMs / 1000) });
      }
    },
    [t, exerciseName],
  );

  const onCues = useCallback(
    (cues: Cue[], _state: PlayerState) => {
      for (const cue of cues) {
        let text: string | undefined;
        if (cue.type === 'step') text = stepText(cue.step);
        if (cue.type === 'rep') text = String(cue.rep);
        if (cue.type === 'finished') text = t('player.say.finished');
        if (text && cue.type !== 'rep') setAnnouncement(text);
        if (mutedRef.current) continue;
        if (cue.type === 'countdown') beep('tick');
        if (cue.type === 'step' || cue.type === 'finished') beep('go');
        if (text) speak(text, lang);
      }
    },
    [stepText, t, lang],
  );

  const { state, dispatch } = useSessionPlayer(session, exercises, speed, onCues, {
    resumeFrom,
    onProgress,
  });
  const resumed = resumeFrom !== undefined && resumeFrom.nextBlock > 0 && state.status === 'idle';
  const step = currentStep(state);
  const block = step ? session.blocks[step.block] : undefined;
  const exercise = block ? exercises.get(block.exerciseId) : undefined;
  const content = exercise ? localise(exercise, lang) : undefined;
  const rep = currentRep(state);
  const side = step && 'side' in step ? step.side : undefined;

  useWakeLock(state.status === 'running' || state.status === 'paused');

  // When the "this hurts" form closes, focus goes back to the controls rather than the page top.
  const primaryRef = useRef<HTMLButtonElement>(null);
  const wasHurt = useRef(false);
  useEffect(() => {
    if (wasHurt.current && state.status !== 'hurt') primaryRef.current?.focus();
    wasHurt.current = state.status === 'hurt';
  }, [state.status]);
  useEffect(() => () => stopSpeaking(), []);

  const toggleMute = useCallback(() => {
    setMuted((m) => {
      saveMuted(!m);
      if (!m) stopSpeaking();
      return !m;
    });
  }, []);

  const toggle = useCallback(() => {
    unlockAudio();
    dispatch({ type: 'toggle' });
  }, [dispatch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (state.status === 'hurt' || state.status === 'finished') return;
      const key = e.key.toLowerCase();
      if (key === ' ') {
        e.preventDefault();
        toggle();
      } else if (key === 'n' || key === 'arrowright') {
        e.preventDefault();
        dispatch({ type: 'skip' });
      } else if (key === 'm') {
        toggleMute();
      } else if (key === 'h') {
        e.preventDefault();
        dispatch({ type: 'hurt' });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state.status, toggle, toggleMute, dispatch]);

  if (state.status === 'finished') {
    return (
      <>
        <EndOfSession blocks={state.blocks} onSave={onSave} />
        {hurtReport ? <HurtToClinic report={hurtReport} /> : null}
      </>
    );
  }

  const total = session.blocks.length;
  const percent = Math.round(progress(state) * 100);
  const stepLabel = step ? t(`player.step.${step.kind}`) : '';

  return (
    <section className="player" aria-labelledby="player-exercise">
      <div
        className="player-progress"
        role="progressbar"
        aria-label={t('player.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="player-position">
        {t('player.exerciseOf', { n: (step?.block ?? 0) + 1, total })}
        {block ? ` · ${t(`phase.${block.phase}`)}` : ''}
      </p>
      <h2 id="player-exercise">{step ? exerciseName(step.block) : ''}</h2>
      {resumed && step ? (
        <p className="player-resumed" data-testid="player-resumed">
          {t('player.resumed', { n: step.block + 1, total })}
        </p>
      ) : null}

      {state.status === 'idle' ? <StopSignsNotice sets={session.stopSigns} headingLevel={3} /> : null}
      <div className="player-stage">
        <div className="player-figure">
          {block ? (
            <PlayerFigure
              exerciseId={block.exerciseId}
              title={t('player.figureTitle', { name: exerciseName(step?.block ?? 0) })}
              side={side}
              running={state.status === 'running'}
            />
          ) : null}
        </div>
        <div className={`player-timer step-${step?.kind ?? 'none'}`} data-step={step?.kind} data-side={side}>
          <p className="player-step" data-testid="player-step">
            {stepLabel}
            {side ? <span className="player-side"> · {t(`player.side.${side}`)}</span> : null}
          </p>
          <p
            className="player-count"
            role="timer"
            aria-label={t('player.secondsLeft')}
            data-testid="player-count"
            data-seconds={remainingSeconds(state)}
          >
            {clock(remainingSeconds(state))}
          </p>
          {step && 'set' in step ? (
            <p className="player-set">{t('player.setOf', { n: step.set, total: step.sets })}</p>
          ) : null}
          {step?.kind === 'reps' && rep !== undefined ? (
            <p className="player-reps" data-testid="player-reps">
              {t('player.repOf', { n: rep, total: step.reps })}
            </p>
          ) : null}
          {step?.kind === 'switch-sides' ? <p className="player-cue">{t('player.switchCue')}</p> : null}
          {step?.kind === 'get-ready' && block?.dose.perSide ? (
            <p className="player-cue">{t('player.leftFirst')}</p>
          ) : null}
        </div>
        {/* In the stage, so Pause and "This hurts" sit beside the figure on a wide screen and right
            under it on a phone: in view while an exercise runs, without scrolling. */}
        {state.status === 'hurt' && step ? (
          <HurtForm
            exerciseName={exerciseName(step.block)}
            onCancel={() => dispatch({ type: 'cancel-hurt' })}
            onSubmit={(where, level) => {
              setHurtReport({ exerciseId: session.blocks[step.block]?.exerciseId ?? '', where, level });
              dispatch({ type: 'report-pain', where, level });
            }}
          />
        ) : (
          <div className="player-controls">
            <button
              ref={primaryRef}
              type="button"
              className="button primary"
              onClick={toggle}
              aria-keyshortcuts="Space"
            >
              {state.status === 'idle'
                ? t('player.start')
                : state.status === 'running'
                  ? t('player.pause')
                  : t('player.resume')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => dispatch({ type: 'skip' })}
              aria-keyshortcuts="N ArrowRight"
            >
              {t('player.skip')}
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={muted}
              onClick={toggleMute}
              aria-keyshortcuts="M"
            >
              {t('player.mute')}
            </button>
            <button
              type="button"
              className="button danger"
              onClick={() => dispatch({ type: 'hurt' })}
              aria-keyshortcuts="H"
            >
              {t('player.hurts')}
            </button>
          </div>
        )}
        <PractitionerNote notes={practitionerNotes} exerciseId={block?.exerciseId} />
      </div>

      {hurtReport && state.status !== 'hurt' ? <HurtToClinic report={hurtReport} /> : null}

      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      {/* Hidden by CSS on touch screens, where there is no keyboard to use them. */}
      <p className="player-keys">{t('player.keys')}</p>

      {content ? (
        <div className="player-instructions">
          <h3>{t('player.howTo')}</h3>
          <ol>
            {content.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          {block?.note ? <p className="player-note">{block.note[lang]}</p> : null}
          <details>
            <summary>{t('player.safety')}</summary>
            <ul>
              {content.safety.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </section>
  );
}
