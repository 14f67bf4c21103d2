import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Phase } from '../programme/types.js';
import {
  type Cue,
  cuesBetween,
  currentRep,
  currentStep,
  initialState,
  type PlayerEvent,
  type PlayerState,
  reduce,
  remainingSeconds,
  toResult,
} from './machine.js';
import { buildSteps, GET_READY_SECONDS, totalDurationMs } from './steps.js';

const PHASES: Phase[] = ['warm-up', 'stretch', 'strengthen', 'release', 'cool-down'];

const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.record({
    exerciseId: fc.constantFrom('kneeling-lunge', 'thomas-stretch', 'figure-four-stretch'),
    phase: fc.constantFrom(...PHASES),
    dose: fc.record({
      sets: fc.integer({ min: 1, max: 3 }),
      holdSeconds: fc.integer({ min: 1, max: 60 }),
      perSide: fc.boolean(),
      restSeconds: fc.integer({ min: 0, max: 30 }),
    }),
    estimatedSeconds: fc.constant(60),
  }),
  fc.record({
    exerciseId: fc.constantFrom('bridge', 'clamshell', 'supine-leg-lift'),
    phase: fc.constant<Phase>('strengthen'),
    dose: fc.record({
      sets: fc.integer({ min: 1, max: 3 }),
      reps: fc.integer({ min: 1, max: 15 }),
      holdSeconds: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      perSide: fc.boolean(),
      restSeconds: fc.integer({ min: 0, max: 30 }),
    }),
    estimatedSeconds: fc.constant(60),
  }),
  fc.record({
    exerciseId: fc.constantFrom('gentle-walk', 'breathing-relaxation'),
    phase: fc.constantFrom<Phase>('warm-up', 'cool-down'),
    dose: fc.record({
      sets: fc.constant(1),
      durationSeconds: fc.integer({ min: 1, max: 300 }),
      perSide: fc.constant(false),
      restSeconds: fc.constant(0),
    }),
    estimatedSeconds: fc.constant(60),
  }),
);
const sessionArb = fc.record({ blocks: fc.array(blockArb, { minLength: 1, maxLength: 6 }) });

const start = (blocks: Block[]) =>
  reduce(
    initialState(
      buildSteps({ blocks }),
      blocks.map((b) => b.exerciseId),
    ),
    { type: 'start' },
  );

const run = (s: PlayerState, events: PlayerEvent[]) => events.reduce(reduce, s);

describe('buildSteps', () => {
  it('gives every block a 3-2-1, each set on both sides when per side, with a switch between them', () => {
    fc.assert(
      fc.property(sessionArb, ({ blocks }) => {
        const steps = buildSteps({ blocks });
        blocks.forEach((block, i) => {
          const own = steps.filter((s) => s.block === i);
          expect(own[0]).toMatchObject({ kind: 'get-ready', durationMs: GET_READY_SECONDS * 1000 });
          const work = own.filter((s) => s.kind === 'hold' || s.kind === 'reps' || s.kind === 'duration');
          const timed = block.dose.durationSeconds !== undefined;
          const perSide = block.dose.perSide && !timed;
          expect(work).toHaveLength(timed ? 1 : block.dose.sets * (perSide ? 2 : 1));
          const left = work.filter((s) => 'side' in s && s.side === 'left');
          const right = work.filter((s) => 'side' in s && s.side === 'right');
          expect(left.length).toBe(perSide ? block.dose.sets : 0);
          expect(right.map((s) => s.durationMs)).toEqual(left.map((s) => s.durationMs));
          expect(own.filter((s) => s.kind === 'switch-sides')).toHaveLength(perSide ? block.dose.sets : 0);
          for (const s of work) {
            if (s.kind === 'hold') expect(s.durationMs).toBe((block.dose.holdSeconds ?? 0) * 1000);
            if (s.kind === 'reps') expect(s.durationMs).toBe(s.reps * s.repMs);
          }
        });
        // Blocks stay in session order.
        const order = steps.map((s) => s.block);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });
});

describe('the player reducer', () => {
  it('finishes a session played to the end with every exercise completed, however time is chunked', () => {
    fc.assert(
      fc.property(
        sessionArb,
        fc.array(fc.integer({ min: 1, max: 7000 }), { minLength: 1 }),
        ({ blocks }, chunks) => {
          const total = totalDurationMs(buildSteps({ blocks }));
          let s = start(blocks);
          let spent = 0;
          for (const ms of chunks) {
            if (spent >= total) break;
            s = reduce(s, { type: 'tick', ms });
            spent += ms;
          }
          if (spent < total) s = reduce(s, { type: 'tick', ms: total - spent });
          expect(s.status).toBe('finished');
          expect(s.blocks.every((b) => b.completed && !b.skipped && !b.pain)).toBe(true);
        },
      ),
    );
  });

  it('is where the same total time puts it, whether ticked at once or in pieces', () => {
    fc.assert(
      fc.property(
        sessionArb,
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 30 }),
        ({ blocks }, chunks) => {
          const pieces = run(
            start(blocks),
            chunks.map((ms) => ({ type: 'tick', ms })),
          );
          const once = reduce(start(blocks), { type: 'tick', ms: chunks.reduce((a, b) => a + b, 0) });
          expect({ index: pieces.index, elapsed: pieces.elapsedMs, status: pieces.status }).toEqual({
            index: once.index,
            elapsed: once.elapsedMs,
            status: once.status,
          });
        },
      ),
    );
  });

  it('does not move while paused, or while asking where it hurts', () => {
    fc.assert(
      fc.property(sessionArb, fc.integer({ min: 1, max: 100_000 }), ({ blocks }, ms) => {
        const paused = reduce(start(blocks), { type: 'pause' });
        expect(reduce(paused, { type: 'tick', ms })).toBe(paused);
        const hurt = reduce(start(blocks), { type: 'hurt' });
        expect(reduce(hurt, { type: 'tick', ms })).toBe(hurt);
        expect(reduce(paused, { type: 'resume' }).status).toBe('running');
      }),
    );
  });

  it('keeps a coherent result under any sequence of actions', () => {
    const eventArb: fc.Arbitrary<PlayerEvent> = fc.oneof(
      fc.integer({ min: 0, max: 20_000 }).map((ms) => ({ type: 'tick' as const, ms })),
      fc.constantFrom<PlayerEvent>(
        { type: 'pause' },
        { type: 'resume' },
        { type: 'toggle' },
        { type: 'skip' },
        { type: 'hurt' },
        { type: 'cancel-hurt' },
        { type: 'start' },
      ),
      fc
        .record({ where: fc.constantFrom('lower-back', 'hip-left'), level: fc.integer({ min: -3, max: 14 }) })
        .map((p) => ({ type: 'report-pain' as const, ...p })),
    );
    fc.assert(
      fc.property(
        sessionArb,
        fc.array(eventArb, { maxLength: 60 }),
        fc.boolean(),
        ({ blocks }, events, end) => {
          let s = run(start(blocks), events);
          if (end) s = reduce(s, { type: 'end' });
          expect(s.index).toBeGreaterThanOrEqual(0);
          expect(s.index).toBeLessThanOrEqual(s.steps.length);
          expect(s.blocks).toHaveLength(blocks.length);
          for (const b of s.blocks) {
            expect(b.completed && b.skipped).toBeFalsy();
            expect(b.completed && b.pain).toBeFalsy();
            if (b.pain) expect(b.pain.level).toBeGreaterThanOrEqual(0);
            if (b.pain) expect(b.pain.level).toBeLessThanOrEqual(10);
          }
          if (s.status === 'finished') {
            // Every exercise ends up done, skipped or stopped for pain: nothing is left unaccounted.
            for (const b of s.blocks) expect(b.completed || b.skipped || b.pain !== undefined).toBe(true);
          }
        },
      ),
    );
  });
});

describe('one concrete session', () => {
  const blocks: Block[] = [
    {
      exerciseId: 'kneeling-lunge',
      phase: 'stretch',
      dose: { sets: 1, holdSeconds: 30, perSide: true, restSeconds: 10 },
      estimatedSeconds: 80,
    },
    {
      exerciseId: 'bridge',
      phase: 'strengthen',
      dose: { sets: 2, reps: 10, perSide: false, restSeconds: 20 },
      estimatedSeconds: 100,
    },
  ];
  const steps = buildSteps({ blocks }, (id) => (id === 'bridge' ? 4 : undefined));

  it('counts 3-2-1, holds the left side, cues the switch, holds the right, then counts reps', () => {
    let s = reduce(
      initialState(
        steps,
        blocks.map((b) => b.exerciseId),
      ),
      { type: 'start' },
    );
    const cues: Cue[] = [];
    const tick = (ms: number) => {
      const next = reduce(s, { type: 'tick', ms });
      cues.push(...cuesBetween(s, next));
      s = next;
    };
    expect(currentStep(s)?.kind).toBe('get-ready');
    expect(remainingSeconds(s)).toBe(3);
    tick(1000);
    expect(cues).toContainEqual({ type: 'countdown', seconds: 2 });
    tick(2000);
    expect(currentStep(s)).toMatchObject({ kind: 'hold', side: 'left' });
    expect(remainingSeconds(s)).toBe(30);
    tick(29_500);
    expect(remainingSeconds(s)).toBe(1);
    tick(500);
    expect(currentStep(s)?.kind).toBe('switch-sides');
    expect(
      cues.filter((c) => c.type === 'step').map((c) => (c as { step: { kind: string } }).step.kind),
    ).toEqual(['hold', 'switch-sides']);
    tick(10_000);
    expect(currentStep(s)).toMatchObject({ kind: 'hold', side: 'right' });
    tick(30_000);
    expect(s.blocks[0]).toEqual({ exerciseId: 'kneeling-lunge', completed: true });
    tick(3000);
    expect(currentStep(s)).toMatchObject({ kind: 'reps', set: 1, reps: 10 });
    expect(currentRep(s)).toBe(1);
    tick(4000 * 3 + 100);
    expect(currentRep(s)).toBe(4);
    expect(cues).toContainEqual({ type: 'rep', rep: 4 });
    tick(steps.slice(s.index).reduce((a, st) => a + st.durationMs, 0));
    expect(s.status).toBe('finished');
    expect(cues.at(-1)).toEqual({ type: 'finished' });
  });

  it('stops an exercise that hurts, logs where and how much, and moves on paused', () => {
    let s = run(start(blocks), [{ type: 'tick', ms: 8000 }, { type: 'hurt' }]);
    expect(s.status).toBe('hurt');
    s = reduce(s, { type: 'report-pain', where: 'lower-back', level: 6 });
    expect(s.status).toBe('paused');
    expect(currentStep(s)).toMatchObject({ kind: 'get-ready', block: 1 });
    s = run(s, [{ type: 'resume' }, { type: 'skip' }]);
    const result = toResult(s, {
      clientId: 'c1',
      sessionId: 's1',
      completedAt: '2026-01-05T10:00:00Z',
      effort: 5,
      painNow: 11,
    });
    expect(result.blocks).toEqual([
      { exerciseId: 'kneeling-lunge', completed: false, pain: { where: 'lower-back', level: 6 } },
      { exerciseId: 'bridge', completed: false, skipped: true },
    ]);
    expect(result.painNow).toBe(10);
    expect(s.status).toBe('finished');
  });
});
