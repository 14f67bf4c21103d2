import type { SessionResultBlock } from '../programme/types.js';
import { initialState, type PlayerState } from './machine.js';
import { firstStepOfBlock, type Step } from './steps.js';

/**
 * What the device keeps after every exercise so a session survives a closed tab, a reload or a
 * flat battery: what happened to each exercise so far and which exercise comes next. Time inside
 * an exercise is not kept: an exercise cut off half-way is started again, which is safer than
 * resuming mid-hold after the body has cooled down.
 */
export interface SessionProgress {
  blocks: SessionResultBlock[];
  /** Index of the exercise to play next; blocks.length once the last one is over. */
  nextBlock: number;
}

/** The progress to keep for a state: the exercise under way (or the end) and the blocks so far. */
export function progressOf(s: PlayerState): SessionProgress {
  const step = s.steps[s.index];
  return {
    blocks: s.blocks.map((b) => ({ ...b })),
    nextBlock: s.status === 'finished' || !step ? s.blocks.length : step.block,
  };
}

/** True when the kept progress belongs to a session with exactly these exercises, in this order. */
export function progressFits(saved: SessionProgress, exerciseIds: readonly string[]): boolean {
  return (
    saved.blocks.length === exerciseIds.length &&
    saved.blocks.every((b, i) => b.exerciseId === exerciseIds[i]) &&
    Number.isInteger(saved.nextBlock) &&
    saved.nextBlock >= 0 &&
    saved.nextBlock <= exerciseIds.length
  );
}

/**
 * The player as it was left: the exercises already played keep their outcome, the next one waits
 * at its "get ready" step for the person to press Start. Progress that no longer fits the session
 * (the plan was eased since) is ignored and the session starts from the beginning.
 */
export function resumeState(
  steps: readonly Step[],
  exerciseIds: readonly string[],
  saved: SessionProgress | undefined,
): PlayerState {
  const fresh = initialState(steps, exerciseIds);
  if (!saved || !progressFits(saved, exerciseIds)) return fresh;
  const blocks = saved.blocks.map((b) => ({ ...b }));
  const index = firstStepOfBlock(steps, saved.nextBlock);
  if (index >= steps.length) return { ...fresh, blocks, index: steps.length, status: 'finished' };
  // An exercise at or after the resume point cannot already be over.
  const cleaned = blocks.map((b, i) =>
    i >= saved.nextBlock ? { exerciseId: b.exerciseId, completed: false } : b,
  );
  return { ...fresh, blocks: cleaned, index };
}
