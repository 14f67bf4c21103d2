import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMinorUnits, toMinorUnits } from './money.js';

describe('prices typed by a person', () => {
  it('reads whole amounts, decimals with a point or a comma, and spaces between thousands', () => {
    expect(toMinorUnits('45')).toBe(4500);
    expect(toMinorUnits('45.5')).toBe(4550);
    expect(toMinorUnits('45,05')).toBe(4505);
    expect(toMinorUnits(' 1 200,00 ')).toBe(120000);
  });
  it('refuses what is not a price', () => {
    for (const bad of ['', 'abc', '-5', '4.555', '1e3', '45.']) expect(toMinorUnits(bad)).toBeNull();
  });
  it('shows every amount back as text it reads again unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (minor) => {
        expect(toMinorUnits(fromMinorUnits(minor))).toBe(minor);
      }),
    );
  });
});
