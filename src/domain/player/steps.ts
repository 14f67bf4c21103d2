import type { Block, Session } from '../programme/types.js';

/**
 * A guided session as a flat list of timed steps. The player only ever counts down the current
 * step, so every feature (3-2-1, holds, rep counting, side switches, rests) is one step kind.
 */
export type Side = 'left' | 'right';

interface StepBase {
  /** Index of the block (exercise) of the session this step belongs to. */
  block: number;
  /** Milliseconds the step lasts at normal speed. */
  durationMs: number;
}
export type Step =
  | (StepBase & { kind: 'get-ready' })
  | (StepBase & { kind: 'hold'; set: number; sets: number; side?: Side })
  | (StepBase & {
      kind: 'reps';
      set: number;
      sets: number;
      side?: Side;
      reps: number;
      /** Milliseconds one repetition takes, the pause at the top included. */
      repMs: number;
      holdSeconds?: number;
    })
  | (StepBase & { kind: 'duration' })
  | (StepBase & { kind: 'switch-sides' })
  | (StepBase & { kind: 'rest' });

export type StepKind = Step['kind'];

export const GET_READY_SECONDS = 3;
/** Time to change position between the left and the right side. */
export const MIN_SWITCH_SECONDS = 5;
/** Used when the exercise library gives no pace for a repetition. */
export const DEFAULT_SECONDS_PER_REP = 3;

/** Seconds one repetition takes without its hold, per exercise (from the content library). */
export type RepPace = (exerciseId: string) => number | undefined;

const sec = (s: number) => Math.max(0, Math.round(s * 1000));

function workSteps(block: Block, index: number, set: number, side: Side | undefined, pace: RepPace): Step[] {
  const { dose } = block;
  const base = { block: index, set, sets: dose.sets, ...(side ? { side } : {}) };
  if (dose.reps !== undefined && dose.reps > 0) {
    const perRep = (pace(block.exerciseId) ?? DEFAULT_SECONDS_PER_REP) + (dose.holdSeconds ?? 0);
    const repMs = sec(perRep);
    return [
      {
        kind: 'reps',
        ...base,
        reps: dose.reps,
        repMs,
        durationMs: repMs * dose.reps,
        ...(dose.holdSeconds ? { holdSeconds: dose.holdSeconds } : {}),
      },
    ];
  }
  if (dose.holdSeconds !== undefined && dose.holdSeconds > 0) {
    return [{ kind: 'hold', ...base, durationMs: sec(dose.holdSeconds) }];
  }
  return [{ kind: 'duration', block: index, durationMs: sec(dose.durationSeconds ?? 60) }];
}

/** Every step of one block: get ready, then each set (left, switch, right), rests between sets. */
export function blockSteps(block: Block, index: number, pace: RepPace): Step[] {
  const steps: Step[] = [{ kind: 'get-ready', block: index, durationMs: sec(GET_READY_SECONDS) }];
  const sets = Math.max(1, Math.floor(block.dose.sets));
  const timed = block.dose.reps === undefined && block.dose.holdSeconds === undefined;
  // A walk or a breathing spell is one continuous stretch of time, whatever its "sets".
  const setCount = timed ? 1 : sets;
  for (let set = 1; set <= setCount; set++) {
    if (block.dose.perSide && !timed) {
      steps.push(...workSteps(block, index, set, 'left', pace));
      steps.push({
        kind: 'switch-sides',
        block: index,
        durationMs: sec(Math.max(MIN_SWITCH_SECONDS, block.dose.restSeconds)),
      });
      steps.push(...workSteps(block, index, set, 'right', pace));
    } else {
      steps.push(...workSteps(block, index, set, undefined, pace));
    }
    if (set < setCount && block.dose.restSeconds > 0) {
      steps.push({ kind: 'rest', block: index, durationMs: sec(block.dose.restSeconds) });
    }
  }
  return steps;
}

/** The whole session as steps, in order. */
export function buildSteps(session: Pick<Session, 'blocks'>, pace: RepPace = () => undefined): Step[] {
  return session.blocks.flatMap((block, i) => blockSteps(block, i, pace));
}

export const totalDurationMs = (steps: readonly Step[]) => steps.reduce((sum, s) => sum + s.durationMs, 0);

/** Index of the first step of `block`, or steps.length when there is no such block. */
export function firstStepOfBlock(steps: readonly Step[], block: number): number {
  const i = steps.findIndex((s) => s.block >= block);
  return i === -1 ? steps.length : i;
}
