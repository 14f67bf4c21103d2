import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionResultBlock } from '../programme/types.js';
import { addDays } from '../time/index.js';
import { adherence } from './adherence.js';
import { doneSessions, sessionCounts, sessionOutcome } from './session-outcome.js';

const START = '2026-11-02';
const done: SessionResultBlock = { exerciseId: 'bridge', completed: true };
const skipped: SessionResultBlock = { exerciseId: 'bridge', completed: false, skipped: true };
const hurt: SessionResultBlock = {
  exerciseId: 'bridge',
  completed: false,
  pain: { where: 'lower-back', level: 6 },
};

describe('sessionOutcome', () => {
  it('calls a session done only when an exercise was completed', () => {
    expect(sessionOutcome({ blocks: [skipped, done, skipped] })).toBe('done');
    expect(sessionOutcome({ blocks: [skipped, skipped] })).toBe('skipped');
    expect(sessionOutcome({ blocks: [skipped, hurt] })).toBe('stopped');
    expect(sessionOutcome({ blocks: [] })).toBe('skipped');
  });
});

describe('sessionCounts', () => {
  it('counts each due session once, with its best recording, and names the missed ones', () => {
    const planned = [0, 2, 4, 7].map((d) => ({ id: `s${d}`, date: addDays(START, d) }));
    const results = [
      { sessionId: 's0', blocks: [skipped] },
      { sessionId: 's0', blocks: [done] }, // played properly later the same day
      { sessionId: 's2', blocks: [skipped, skipped] },
      { sessionId: 's7', blocks: [done] }, // not due yet
    ];
    expect(sessionCounts(planned, results, addDays(START, 5))).toEqual({
      planned: 3,
      done: 1,
      stopped: 0,
      skipped: 1,
      missed: 1,
    });
  });

  it('adds up to the planned sessions, and its done count is adherence’s', () => {
    const blockArb = fc.constantFrom(done, skipped, hurt);
    const day = fc.integer({ min: 0, max: 41 });
    fc.assert(
      fc.property(
        fc.uniqueArray(day),
        fc.array(fc.record({ day, blocks: fc.array(blockArb, { maxLength: 4 }) })),
        day,
        (days, recorded, until) => {
          const planned = days.map((d) => ({ id: `s${d}`, week: 1, date: addDays(START, d) }));
          const results = recorded.map((r) => ({ sessionId: `s${r.day}`, blocks: r.blocks }));
          const c = sessionCounts(planned, results, addDays(START, until));
          expect(c.done + c.stopped + c.skipped + c.missed).toBe(c.planned);
          const a = adherence(
            planned,
            doneSessions(results, () => START),
            addDays(START, until),
          );
          expect(c.done).toBe(a.done);
          expect(c.planned).toBe(a.planned);
        },
      ),
    );
  });
});
