import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  buildSteps,
  type Cue,
  cuesBetween,
  type PlayerEvent,
  type PlayerState,
  progressOf,
  reduce,
  resumeState,
  type SessionProgress,
} from '../../domain/player/index.js';
import type { Session } from '../../domain/programme/types.js';
import type { SessionExercises } from './exercise-content.js';

const TICK_MS = 50;

/** How long one rep of the exercise takes, from its content (the session's exercises, loaded). */
const secondsPerRepOf = (exercises: SessionExercises) => (exerciseId: string) => {
  const dosage = exercises.get(exerciseId)?.dosage;
  return dosage?.kind === 'reps' ? dosage.secondsPerRep : undefined;
};

/**
 * Runs the pure player reducer against the real clock. Elapsed time is measured, not assumed, so
 * a throttled background tab still keeps correct time; `speed` multiplies it (tests).
 */
export function useSessionPlayer(
  session: Session,
  exercises: SessionExercises,
  speed: number,
  onCues: (cues: Cue[], state: PlayerState) => void,
  kept?: {
    resumeFrom?: SessionProgress | undefined;
    onProgress?: ((p: SessionProgress) => void) | undefined;
  },
) {
  const steps = useMemo(() => buildSteps(session, secondsPerRepOf(exercises)), [session, exercises]);
  const [state, setState] = useState(() =>
    resumeState(
      steps,
      session.blocks.map((b) => b.exerciseId),
      kept?.resumeFrom,
    ),
  );
  const stateRef = useRef(state);
  const cuesRef = useRef(onCues);
  cuesRef.current = onCues;

  const dispatch = useCallback((event: PlayerEvent) => {
    const before = stateRef.current;
    const after = reduce(before, event);
    if (after === before) return;
    stateRef.current = after;
    setState(after);
    const cues = cuesBetween(before, after);
    if (cues.length) cuesRef.current(cues, after);
  }, []);

  // Kept after every exercise (and at the end), not on every tick: the next exercise and what
  // happened to the ones before it are all a resume needs.
  const progressRef = useRef(kept?.onProgress);
  progressRef.current = kept?.onProgress;
  const { nextBlock } = progressOf(state);
  const touched = nextBlock > 0 || state.blocks.some((b) => b.completed || b.skipped || b.pain);
  useEffect(() => {
    if (touched) progressRef.current?.({ blocks: state.blocks, nextBlock });
  }, [state.blocks, nextBlock, touched]);

  const running = state.status === 'running';
  useEffect(() => {
    if (!running) return;
    let last = performance.now();
    const id = window.setInterval(() => {
      const now = performance.now();
      const ms = (now - last) * speed;
      last = now;
      dispatch({ type: 'tick', ms });
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running, speed, dispatch]);

  return { state, dispatch, steps };
}
