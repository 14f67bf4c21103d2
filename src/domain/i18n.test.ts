import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LANGUAGES, localize, sameInEvery, toLanguage } from './i18n.js';
import { localizedSchema } from './i18n-schemas.js';

describe('toLanguage', () => {
  it('reads a language we speak from a tag, a region tag or an Accept-Language header', () => {
    expect(toLanguage('es')).toBe('es');
    expect(toLanguage('es-MX')).toBe('es');
    expect(toLanguage('ES_es')).toBe('es');
    expect(toLanguage('en-GB')).toBe('en');
    expect(toLanguage('fr-CA,es;q=0.8,en;q=0.9')).toBe('en');
    expect(toLanguage('fr-CA, es;q=0.8')).toBe('es');
    expect(toLanguage('es;q=0, en')).toBe('en');
  });

  it('falls back to English for anything else', () => {
    expect(toLanguage('fr')).toBe('en');
    expect(toLanguage('est')).toBe('en');
    expect(toLanguage('')).toBe('en');
    expect(toLanguage(undefined)).toBe('en');
    expect(toLanguage(42)).toBe('en');
  });

  it('always answers one of the languages', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(LANGUAGES).toContain(toLanguage(s));
      }),
    );
  });
});

describe('localize', () => {
  it('picks the reader’s language, and English from a row written before a language existed', () => {
    expect(localize({ en: 'Back', es: 'Espalda' }, 'es')).toBe('Espalda');
    const old = { en: 'Back' } as unknown as { en: string; es: string };
    expect(localize(old, 'es')).toBe('Back');
  });

  it('builds values and schemas with every language', () => {
    expect(sameInEvery('7')).toEqual({ en: '7', es: '7' });
    const schema = localizedSchema(z.string().min(1));
    expect(schema.safeParse({ en: 'a', es: 'b' }).success).toBe(true);
    expect(schema.safeParse({ en: 'a' }).success).toBe(false);
  });
});
