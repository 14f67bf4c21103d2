import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate, isoInstant, plainStrings, text } from './common.js';

// Every C0 control but tab/LF/CR, DEL and every C1 control.
const controlChar = fc
  .oneof(
    fc.integer({ min: 0x00, max: 0x08 }),
    fc.integer({ min: 0x0b, max: 0x0c }),
    fc.integer({ min: 0x0e, max: 0x1f }),
    fc.integer({ min: 0x7f, max: 0x9f }),
  )
  .map((c) => String.fromCharCode(c));

// Printable text in any script (well-formed code points, no controls, no line breaks).
const normalChar = fc
  .oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xa0, max: 0xd7ff }),
    fc.integer({ min: 0xe000, max: 0x10ffff }),
  )
  .filter((c) => c !== 0x2028 && c !== 0x2029)
  .map((c) => String.fromCodePoint(c));
const normalText = fc.array(normalChar, { maxLength: 40 }).map((cs) => cs.join(''));

const single = text({ max: 1000 });
const multi = text({ max: 1000, multiline: true });

describe('text()', () => {
  it('refuses any text holding a control character, single-line or not, wherever it sits', () => {
    fc.assert(
      fc.property(normalText, controlChar, normalText, (before, control, after) => {
        const value = `${before}${control}${after}`;
        expect(single.safeParse(value).success).toBe(false);
        expect(multi.safeParse(value).success).toBe(false);
      }),
    );
  });

  it('accepts any normal text, trimmed', () => {
    fc.assert(
      fc.property(normalText, (value) => {
        expect(single.parse(`  ${value}\t`)).toBe(value.trim());
        expect(multi.parse(value)).toBe(value.trim());
      }),
    );
  });

  it('allows line breaks and tabs in multi-line text only', () => {
    fc.assert(
      fc.property(normalText, fc.constantFrom('\n', '\r\n', '\u2028'), normalText, (a, br, b) => {
        fc.pre(a.trim() !== '' && b.trim() !== '');
        expect(multi.safeParse(`${a}${br}\t${b}`).success).toBe(true);
        expect(single.safeParse(`${a}${br}${b}`).success).toBe(false);
      }),
    );
  });

  it('refuses lone surrogates but keeps paired ones (emoji)', () => {
    expect(single.safeParse('pain \uD83D here').success).toBe(false);
    expect(single.safeParse('pain \uDE00 here').success).toBe(false);
    expect(single.parse('better 😀')).toBe('better 😀');
  });

  it('says why, and checks length after trimming', () => {
    expect(single.safeParse('a\0b').error?.issues[0]?.message).toBe('must not contain control characters');
    expect(single.safeParse('a\nb').error?.issues[0]?.message).toBe('must be a single line');
    expect(text({ max: 3 }).parse('  abc  ')).toBe('abc');
    expect(text({ max: 3 }).safeParse('abcd').success).toBe(false);
    expect(text({ min: 1, max: 3 }).safeParse('   ').success).toBe(false);
  });
});

describe('plainStrings', () => {
  it('names the path of a string with a control character anywhere in a value', () => {
    const schema = z.unknown().superRefine(plainStrings);
    const result = schema.safeParse({ psfs: [{ activity: 'ok' }, { activity: 'bad\0' }], n: 3 });
    expect(result.error?.issues[0]?.path).toEqual(['psfs', 1, 'activity']);
    expect(schema.safeParse({ psfs: [{ activity: 'walking' }], n: 3 }).success).toBe(true);
  });
});

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const realDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

describe('isoDate and isoInstant', () => {
  it('accept every real date and instant between 1900 and 2100', () => {
    fc.assert(
      fc.property(realDay, (instant) => {
        expect(isoInstant.safeParse(instant).success).toBe(true);
        expect(isoDate.safeParse(instant.slice(0, 10)).success).toBe(true);
        expect(isoInstant.safeParse(`${instant.slice(0, 19)}+05:30`).success).toBe(true);
      }),
    );
  });

  it('refuse years outside 1900–2100', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 1899 }), fc.integer({ min: 2101, max: 9999 })),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          expect(isoDate.safeParse(date).success).toBe(false);
          expect(isoInstant.safeParse(`${date}T10:00:00Z`).success).toBe(false);
        },
      ),
    );
  });

  it('refuse days a month does not have, and impossible times and offsets', () => {
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-5',
      '26-01-05',
    ])
      expect(isoDate.safeParse(bad).success, bad).toBe(false);
    expect(isoDate.safeParse('2028-02-29').success).toBe(true);
    expect(isoDate.safeParse('2100-02-29').success).toBe(false);
    for (const bad of [
      '2026-03-10T25:00:00Z',
      '2026-03-10T24:00:00Z',
      '2026-03-10T10:60:00Z',
      '2026-03-10T10:00:61Z',
      '2026-03-10T10:00:00-99:99',
      '2026-03-10T10:00:00+15:00',
      '2026-03-10T10:00:00+05:60',
      '2026-03-10T10:00:00',
      '2026-02-30T10:00:00Z',
    ])
      expect(isoInstant.safeParse(bad).success, bad).toBe(false);
    expect(isoInstant.safeParse('2026-03-10T10:00:00.123-14:00').success).toBe(true);
  });
});
