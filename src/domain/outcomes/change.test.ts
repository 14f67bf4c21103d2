import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionChange, painChange, psfsMean } from './change.js';
import { describeChange } from './words.js';

const score = fc.integer({ min: 0, max: 10 });

describe('pain change against the smallest change that matters', () => {
  it.each([
    [6, 3, 'better', true],
    [6, 4, 'better', true], // 2 points
    [6, 5, 'better', false], // 1 point, 17%
    [3, 2, 'better', true], // 1 point but 33% of baseline
    [10, 8, 'better', true],
    [10, 9, 'better', false],
    [4, 6, 'worse', true],
    [1, 2, 'worse', false], // 100% of a low baseline is still a 1-point wobble
    [5, 5, 'same', false],
  ] as const)('%i → %i is %s, matters=%s', (from, to, direction, matters) => {
    expect(painChange(from, to)).toMatchObject({ direction, matters, delta: to - from });
  });

  it('any fall of 2 points or more matters, any change under 30% and under 2 points does not', () => {
    fc.assert(
      fc.property(score, score, (from, to) => {
        const c = painChange(from, to);
        if (from - to >= 2) expect(c.matters).toBe(true);
        if (Math.abs(to - from) < 2 && (from === 0 || Math.abs(to - from) / from < 0.3))
          expect(c.matters).toBe(false);
        expect(c.direction === 'same').toBe(from === to);
        expect(c).toEqual(painChange(from, to));
      }),
    );
  });

  it('a fall that matters stays mattering when the end point is lower still (monotone)', () => {
    fc.assert(
      fc.property(score, score, score, (from, a, b) => {
        const [hi, lo] = a >= b ? [a, b] : [b, a];
        if (painChange(from, hi).matters && hi < from) expect(painChange(from, lo).matters).toBe(true);
      }),
    );
  });

  it('says it in plain words, in both languages', () => {
    expect(describeChange(painChange(6, 3), 'en')).toBe('Your pain fell from 6 to 3: a change that matters.');
    expect(describeChange(painChange(6, 3), 'es')).toBe('Tu dolor bajó de 6 a 3: una mejora que cuenta.');
    expect(describeChange(painChange(6, 5), 'en')).toMatch(/^Your pain fell from 6 to 5: less than/);
    expect(describeChange(painChange(3, 6), 'en')).toMatch(
      /rose from 3 to 6: a change that matters; please see/,
    );
    expect(describeChange(functionChange(3.4, 6), 'es')).toBe(
      'Tu puntuación de actividades subió de 3,4 a 6: una mejora que cuenta.',
    );
  });
});

describe('PSFS', () => {
  it('a change matters from 2 points either way, and higher is better', () => {
    expect(functionChange(4, 6)).toMatchObject({ direction: 'better', matters: true });
    expect(functionChange(4, 5.9)).toMatchObject({ direction: 'better', matters: false });
    expect(functionChange(6, 4)).toMatchObject({ direction: 'worse', matters: true });
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (a, b) => {
          const c = functionChange(a, b);
          expect(c.matters).toBe(Math.abs(c.delta) >= 2);
        },
      ),
    );
  });

  it('the score is the mean of the ratings, within 0..10', () => {
    expect(psfsMean([])).toBeNull();
    expect(psfsMean([3, 4, 6])).toBe(4.3);
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 5 }), (r) => {
        const m = psfsMean(r)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...r));
        expect(m).toBeLessThanOrEqual(Math.max(...r));
      }),
    );
  });
});
