import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../programme/types.js';
import { currentStep, initialState, type PlayerState, reduce } from './machine.js';
import { progressOf, resumeState } from './resume.js';
import { buildSteps } from './steps.js';

const block = (exerciseId: string, holdSeconds = 5): Block => ({
  exerciseId,
  phase: 'stretch',
  dose: { sets: 1, holdSeconds, perSide: false, restSeconds: 0 },
  estimatedSeconds: 10,
});
const blocks = ['kneeling-lunge', 'thomas-stretch', 'figure-four-stretch', 'bridge', 'clamshell'].map((id) =>
  block(id),
);
const ids = blocks.map((b) => b.exerciseId);
const steps = buildSteps({ blocks });

describe('resuming a session', () => {
  it('after three exercises, resumes at the fourth with the first three as they were', () => {
    let s: PlayerState = reduce(initialState(steps, ids), { type: 'start' });
    s = reduce(s, { type: 'tick', ms: 8_000 }); // 3 s get ready + 5 s hold: the first is done
    s = reduce(s, { type: 'skip' });
    s = reduce(s, { type: 'tick', ms: 4_000 }); // half-way through the third
    s = reduce(s, { type: 'hurt' });
    s = reduce(s, { type: 'report-pain', where: 'lower-back', level: 4 });
    const kept = progressOf(s);
    expect(kept.nextBlock).toBe(3);
    const resumed = resumeState(steps, ids, JSON.parse(JSON.stringify(kept)));
    expect(resumed.status).toBe('idle');
    expect(currentStep(resumed)).toMatchObject({ block: 3, kind: 'get-ready' });
    expect(resumed.blocks.slice(0, 3)).toEqual([
      { exerciseId: 'kneeling-lunge', completed: true },
      { exerciseId: 'thomas-stretch', completed: false, skipped: true },
      { exerciseId: 'figure-four-stretch', completed: false, pain: { where: 'lower-back', level: 4 } },
    ]);
  });

  it('reopens a finished but unsaved session at its end screen', () => {
    const s = reduce(initialState(steps, ids), { type: 'end' });
    const resumed = resumeState(steps, ids, progressOf(s));
    expect(resumed.status).toBe('finished');
    expect(resumed.blocks).toEqual(s.blocks);
  });

  it('starts afresh when the kept progress does not fit the session any more', () => {
    const kept = progressOf(reduce(reduce(initialState(steps, ids), { type: 'start' }), { type: 'skip' }));
    const eased = [...ids.slice(0, 4), 'supine-leg-lift'];
    expect(resumeState(steps, eased, kept)).toEqual(initialState(steps, eased));
    expect(resumeState(steps, ids, { ...kept, nextBlock: 99 })).toEqual(initialState(steps, ids));
    expect(resumeState(steps, ids, undefined)).toEqual(initialState(steps, ids));
  });

  it('loses no finished exercise and invents none, wherever the session is cut off', () => {
    const event = fc.oneof(
      fc.record({ type: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 20_000 }) }),
      fc.constant({ type: 'skip' as const }),
      fc.constant({ type: 'toggle' as const }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const s = events.reduce(reduce, reduce(initialState(steps, ids), { type: 'start' }));
        const kept = progressOf(s);
        const resumed = resumeState(steps, ids, kept);
        // Every exercise before the resume point keeps its outcome exactly.
        expect(resumed.blocks.slice(0, kept.nextBlock)).toEqual(s.blocks.slice(0, kept.nextBlock));
        // Nothing at or after it is marked as done.
        expect(resumed.blocks.slice(kept.nextBlock).some((b) => b.completed || b.skipped || b.pain)).toBe(
          false,
        );
        // Saving the resumed state again keeps the same point.
        expect(progressOf(resumed).nextBlock).toBe(kept.nextBlock);
      }),
    );
  });
});
