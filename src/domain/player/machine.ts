import type { SessionResult, SessionResultBlock } from '../programme/types.js';
import { firstStepOfBlock, type Step } from './steps.js';

/**
 * The session player as a pure reducer: the browser feeds it elapsed time (already multiplied by
 * any speed factor) and the person's actions; cues for sounds and speech are derived by comparing
 * two states, so the whole timing logic is testable without a clock.
 */
export type PlayerStatus = 'idle' | 'running' | 'paused' | 'hurt' | 'finished';

export interface PlayerState {
  steps: readonly Step[];
  index: number;
  /** Milliseconds spent in the current step. */
  elapsedMs: number;
  status: PlayerStatus;
  /** What happened to each block (exercise), in session order. */
  blocks: SessionResultBlock[];
}

export type PlayerEvent =
  | { type: 'start' }
  | { type: 'tick'; ms: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'toggle' }
  | { type: 'skip' }
  | { type: 'hurt' }
  | { type: 'cancel-hurt' }
  | { type: 'report-pain'; where: string; level: number }
  /** Stop the session now: what was not reached counts as skipped. */
  | { type: 'end' };

export function initialState(steps: readonly Step[], exerciseIds: readonly string[]): PlayerState {
  return {
    steps,
    index: 0,
    elapsedMs: 0,
    status: steps.length === 0 ? 'finished' : 'idle',
    blocks: exerciseIds.map((exerciseId) => ({ exerciseId, completed: false })),
  };
}

export const currentStep = (s: PlayerState): Step | undefined => s.steps[s.index];

/** Whole seconds left in the current step, as a countdown shows them. */
export function remainingSeconds(s: PlayerState): number {
  const step = currentStep(s);
  if (!step) return 0;
  return Math.ceil(Math.max(0, step.durationMs - s.elapsedMs) / 1000);
}

/** The repetition in progress (1-based) during a reps step, else undefined. */
export function currentRep(s: PlayerState): number | undefined {
  const step = currentStep(s);
  if (!step || step.kind !== 'reps') return undefined;
  if (step.repMs <= 0) return step.reps;
  return Math.min(step.reps, Math.floor(s.elapsedMs / step.repMs) + 1);
}

/** Share of the whole session done, 0..1, for a progress bar. */
export function progress(s: PlayerState): number {
  const total = s.steps.reduce((sum, st) => sum + st.durationMs, 0);
  if (s.status === 'finished' || total === 0) return 1;
  const done = s.steps.slice(0, s.index).reduce((sum, st) => sum + st.durationMs, 0) + s.elapsedMs;
  return Math.min(1, done / total);
}

function withBlock(blocks: SessionResultBlock[], i: number, patch: Partial<SessionResultBlock>) {
  return blocks.map((b, j) => (j === i ? { ...b, ...patch } : b));
}

/** Moves to the first step of the block after `block`, finishing when there is none. */
function jumpPastBlock(s: PlayerState, block: number, status: PlayerStatus): PlayerState {
  const index = firstStepOfBlock(s.steps, block + 1);
  if (index >= s.steps.length) return { ...s, index: s.steps.length, elapsedMs: 0, status: 'finished' };
  return { ...s, index, elapsedMs: 0, status };
}

function advance(s: PlayerState, ms: number): PlayerState {
  let { index, elapsedMs, blocks } = s;
  let left = Math.max(0, ms);
  while (index < s.steps.length) {
    const step = s.steps[index]!;
    const remaining = step.durationMs - elapsedMs;
    if (left < remaining) {
      elapsedMs += left;
      break;
    }
    left -= remaining;
    const next = s.steps[index + 1];
    if (!next || next.block !== step.block) {
      const b = blocks[step.block];
      if (b && !b.skipped && !b.pain) blocks = withBlock(blocks, step.block, { completed: true });
    }
    index += 1;
    elapsedMs = 0;
  }
  if (index >= s.steps.length)
    return { ...s, index: s.steps.length, elapsedMs: 0, blocks, status: 'finished' };
  return { ...s, index, elapsedMs, blocks };
}

export function reduce(s: PlayerState, e: PlayerEvent): PlayerState {
  if (s.status === 'finished') return s;
  const step = currentStep(s);
  switch (e.type) {
    case 'start':
      return s.status === 'idle' ? { ...s, status: 'running' } : s;
    case 'tick':
      return s.status === 'running' ? advance(s, e.ms) : s;
    case 'pause':
      return s.status === 'running' ? { ...s, status: 'paused' } : s;
    case 'resume':
      return s.status === 'paused' ? { ...s, status: 'running' } : s;
    case 'toggle':
      if (s.status === 'running') return { ...s, status: 'paused' };
      if (s.status === 'paused' || s.status === 'idle') return { ...s, status: 'running' };
      return s;
    case 'skip': {
      if (!step || s.status === 'hurt') return s;
      const b = s.blocks[step.block];
      const blocks = b && !b.completed ? withBlock(s.blocks, step.block, { skipped: true }) : s.blocks;
      return jumpPastBlock({ ...s, blocks }, step.block, s.status);
    }
    case 'hurt':
      return { ...s, status: 'hurt' };
    case 'cancel-hurt':
      return s.status === 'hurt' ? { ...s, status: 'paused' } : s;
    case 'report-pain': {
      if (s.status !== 'hurt' || !step) return s;
      const level = Math.max(0, Math.min(10, Math.round(e.level)));
      const blocks = withBlock(s.blocks, step.block, { completed: false, pain: { where: e.where, level } });
      return jumpPastBlock({ ...s, blocks }, step.block, 'paused');
    }
    case 'end': {
      const from = step ? step.block : s.blocks.length;
      const blocks = s.blocks.map((b, i) =>
        i >= from && !b.completed && !b.pain ? { ...b, skipped: true } : b,
      );
      return { ...s, blocks, index: s.steps.length, elapsedMs: 0, status: 'finished' };
    }
  }
}

/** What the player should say or sound after a state change. */
export type Cue =
  | { type: 'step'; step: Step }
  | { type: 'countdown'; seconds: number }
  | { type: 'rep'; rep: number }
  | { type: 'finished' };

export function cuesBetween(before: PlayerState, after: PlayerState): Cue[] {
  if (after.status === 'finished') return before.status === 'finished' ? [] : [{ type: 'finished' }];
  if (after.status !== 'running') return [];
  const step = currentStep(after);
  if (!step) return [];
  const cues: Cue[] = [];
  const newStep = after.index !== before.index || before.status === 'idle';
  if (newStep) cues.push({ type: 'step', step });
  const rep = currentRep(after);
  if (rep !== undefined && (newStep || rep !== currentRep(before)) && rep > 1)
    cues.push({ type: 'rep', rep });
  const left = remainingSeconds(after);
  const leftBefore = newStep ? Number.POSITIVE_INFINITY : remainingSeconds(before);
  if (left >= 1 && left <= 3 && left < leftBefore) cues.push({ type: 'countdown', seconds: left });
  return cues;
}

export interface ResultDetails {
  clientId: string;
  sessionId: string;
  completedAt: string;
  effort: number;
  painNow: number;
}

export function toResult(s: PlayerState, d: ResultDetails): SessionResult {
  const clamp = (n: number) => Math.max(0, Math.min(10, Math.round(n)));
  return {
    clientId: d.clientId,
    sessionId: d.sessionId,
    completedAt: d.completedAt,
    blocks: s.blocks.map((b) => ({ ...b })),
    effort: clamp(d.effort),
    painNow: clamp(d.painNow),
  };
}
