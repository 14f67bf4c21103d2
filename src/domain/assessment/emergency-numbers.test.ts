import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countryFromLocales,
  emergencyNumbersFor,
  emergencyNumbersForLocales,
  regionOf,
  SUPPORTED_COUNTRIES,
} from './emergency-numbers.js';

describe('emergency numbers', () => {
  it.each([
    { country: 'CA', emergency: '911', healthLine: '811' },
    { country: 'US', emergency: '911', healthLine: undefined },
    { country: 'GB', emergency: '999', healthLine: '111' },
    { country: 'ES', emergency: '112', healthLine: undefined },
    { country: 'DE', emergency: '112', healthLine: undefined },
    { country: 'FR', emergency: '112', healthLine: undefined },
  ])('$country: emergency $emergency, health line $healthLine', ({ country, emergency, healthLine }) => {
    const n = emergencyNumbersFor(country);
    expect(n.country).toBe(country);
    expect(n.emergency).toBe(emergency);
    expect(n.healthLine?.number).toBe(healthLine);
  });

  it('says 112 also works in the UK', () => {
    expect(emergencyNumbersFor('GB').alsoWorks).toEqual(['112']);
  });

  it.each([
    [['es-ES'], 'ES', '112'],
    [['en-CA'], 'CA', '911'],
    [['en-GB'], 'GB', '999'],
    [['en-US', 'en'], 'US', '911'],
    [['fr_CA'], 'CA', '911'],
    [['en-UK'], 'GB', '999'],
    // The first locale with a supported region decides.
    [['es', 'es-419', 'en-GB', 'en-US'], 'GB', '999'],
    [['zh-Hant-TW'], undefined, '112'],
    [['es'], undefined, '112'],
    [[], undefined, '112'],
  ] as const)('%j → %s, %s', (locales, country, emergency) => {
    expect(countryFromLocales(locales)).toBe(country);
    expect(emergencyNumbersForLocales(locales).emergency).toBe(emergency);
  });

  it('reads the region, not an extension or a script', () => {
    expect(regionOf('es-ES')).toBe('ES');
    expect(regionOf('sr-Latn-RS')).toBe('RS');
    expect(regionOf('en-u-ca-gregory')).toBeUndefined();
    expect(regionOf('es-419')).toBeUndefined();
    expect(regionOf('en')).toBeUndefined();
  });

  it('every supported country yields numbers made of digits only', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORTED_COUNTRIES), fc.constantFrom('en', 'es', 'fr'), (c, lang) => {
        const n = emergencyNumbersForLocales([`${lang}-${c}`]);
        expect(n.country).toBe(c);
        for (const number of [n.emergency, ...n.alsoWorks, ...(n.healthLine ? [n.healthLine.number] : [])]) {
          expect(number).toMatch(/^\d+$/);
        }
      }),
    );
  });

  it('an unknown locale yields 112 and no country', () => {
    const supported = new Set<string>([...SUPPORTED_COUNTRIES, 'UK']);
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 4 }), (locales) => {
        fc.pre(locales.every((l) => !supported.has(regionOf(l) ?? '')));
        const n = emergencyNumbersForLocales(locales);
        expect(n.country).toBeUndefined();
        expect(n.emergency).toBe('112');
        expect(n.healthLine).toBeUndefined();
      }),
    );
  });

  it('an unsupported country code yields 112', () => {
    fc.assert(
      fc.property(
        fc
          .stringMatching(/^[A-Z]{2}$/)
          .filter((c) => !(SUPPORTED_COUNTRIES as readonly string[]).includes(c)),
        (c) => {
          expect(emergencyNumbersFor(c).emergency).toBe('112');
          expect(emergencyNumbersFor(c).country).toBeUndefined();
        },
      ),
    );
  });
});
