import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEVEL_BAND,
  lungeReading,
  MEANINGFUL_CHANGE,
  noMeasureHint,
  thomasChange,
  thomasReading,
  thomasVerdict,
} from './reading.js';
import { steadyReading } from './steady.js';

describe('readings in words', () => {
  it('reads a thigh 12° above the line as a tight hip, with the number', () => {
    expect(thomasVerdict(12)).toBe('tight');
    expect(thomasReading(12).en).toMatch(
      /^Your hanging thigh stays 12° above the table line: the front of this hip is tight/,
    );
    expect(thomasReading(12).es).toMatch(/12° por encima/);
    expect(thomasVerdict(-8)).toBe('free');
    expect(thomasReading(-8).en).toMatch(/drops 8° below/);
  });

  it('calls anything inside the measuring band level, never tight', () => {
    fc.assert(
      fc.property(fc.double({ min: -LEVEL_BAND + 1e-9, max: LEVEL_BAND - 1e-9, noNaN: true }), (e) => {
        expect(thomasVerdict(e)).toBe('level');
        expect(thomasReading(e).en).not.toMatch(/\d/);
      }),
    );
  });

  it('tells a lunge that leans back that the back is arching, and what to do', () => {
    expect(lungeReading(15, 4).en).toBe('Your back thigh reaches 15° behind your body line.');
    expect(lungeReading(5, 18).en).toMatch(/leans back 18°: your lower back is arching/);
    expect(lungeReading(5, 18).es).toMatch(/Mete el coxis/);
  });

  it('gives one instruction for every reason a frame has no number', () => {
    for (const kind of ['out-of-view', 'unsure', 'too-far', 'not-in-position'] as const) {
      const hint = noMeasureHint(
        kind === 'out-of-view' || kind === 'unsure' ? { kind, landmarks: [] } : { kind },
      );
      expect(hint.en.length).toBeGreaterThan(10);
      expect(hint.es.length).toBeGreaterThan(10);
    }
  });

  it('counts a change between two checks only beyond the measuring error, symmetrically', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ min: -40, max: 40, noNaN: true }),
        (a, b) => {
          const forward = thomasChange(a, b);
          const backward = thomasChange(b, a);
          expect(forward === 'same').toBe(Math.abs(a - b) < MEANINGFUL_CHANGE);
          if (forward === 'better') expect(backward).toBe('worse');
        },
      ),
    );
  });
});

describe('a steady reading', () => {
  const samples = fc.array(fc.double({ min: -60, max: 60, noNaN: true }), { maxLength: 40 });

  it('waits for enough frames and gives a value inside the last frames', () => {
    fc.assert(
      fc.property(samples, (s) => {
        const r = steadyReading(s, { count: 8, spread: 4 });
        if (s.length < 8) expect(r).toBeUndefined();
        if (r === undefined) return;
        const last = s.slice(-8);
        expect(r).toBeGreaterThanOrEqual(Math.min(...last));
        expect(r).toBeLessThanOrEqual(Math.max(...last));
        expect(Math.max(...last) - Math.min(...last)).toBeLessThanOrEqual(4);
      }),
    );
  });

  it('gives the median of a still hold, whatever the order of its frames', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 10, max: 13, noNaN: true }), { minLength: 8, maxLength: 8 }),
        (s) => {
          const sorted = [...s].sort((a, b) => a - b);
          expect(steadyReading(s, { count: 8, spread: 4 })).toBeCloseTo((sorted[3]! + sorted[4]!) / 2, 9);
          expect(steadyReading([...s].reverse(), { count: 8, spread: 4 })).toBe(
            steadyReading(s, { count: 8, spread: 4 }),
          );
        },
      ),
    );
  });
});
