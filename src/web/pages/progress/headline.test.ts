import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { painHeadline, spanInWords } from './headline.js';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('the first sentence of the progress page', () => {
  it('compares the first and the latest check-in, whatever their order', () => {
    expect(painHeadline([])).toEqual({ kind: 'none' });
    expect(painHeadline([{ date: day(0), painNow: 5 }])).toEqual({ kind: 'one', pain: 5 });
    expect(
      painHeadline([
        { date: day(21), painNow: 4 },
        { date: day(0), painNow: 6 },
        { date: day(10), painNow: 8 },
      ]),
    ).toEqual({ kind: 'change', from: 6, to: 4, days: 21, direction: 'down' });
    expect(
      painHeadline([
        { date: day(0), painNow: 3 },
        { date: day(5), painNow: 3 },
      ]),
    ).toMatchObject({
      direction: 'same',
    });
  });

  it('says the span in words', () => {
    expect(spanInWords(21, 'en')).toBe('three weeks');
    expect(spanInWords(21, 'es')).toBe('tres semanas');
    expect(spanInWords(5, 'en')).toBe('five days');
    expect(spanInWords(1, 'es')).toBe('un día');
    expect(spanInWords(0, 'en')).toBe('one day');
    expect(spanInWords(100, 'en')).toBe('14 weeks');
  });

  it('always moves the way the numbers move (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 120 }), pain: fc.integer({ min: 0, max: 10 }) }), {
          minLength: 2,
          maxLength: 30,
        }),
        (rows) => {
          const h = painHeadline(rows.map((r) => ({ date: day(r.d), painNow: r.pain })));
          if (h.kind !== 'change') return;
          expect(h.direction).toBe(h.to < h.from ? 'down' : h.to > h.from ? 'up' : 'same');
          expect(h.days).toBeGreaterThan(0);
          expect(spanInWords(h.days, 'en')).toMatch(/\S/);
        },
      ),
    );
  });
});
