import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFESSIONS, professionLabel } from './professions.js';

describe('practitioner professions', () => {
  it('shows codes in the reader language, joined as words', () => {
    expect(professionLabel('chiropractor; physiotherapist', 'en')).toBe('Chiropractor and physiotherapist');
    expect(professionLabel('chiropractor; physiotherapist', 'es')).toBe('Quiropráctico y fisioterapeuta');
    expect(professionLabel('registered-acupuncturist', 'es')).toBe('Acupuntor colegiado');
    expect(
      professionLabel('registered-massage-therapist; osteopathic-manual-practitioner; kinesiologist', 'en'),
    ).toBe('Registered massage therapist, osteopathic manual practitioner and kinesiologist');
  });

  it('understands the English names older data stored', () => {
    expect(professionLabel('Chiropractor and physiotherapist', 'es')).toBe('Quiropráctico y fisioterapeuta');
    expect(professionLabel('Registered massage therapist; osteopathic manual practitioner', 'es')).toBe(
      'Masajista terapéutico colegiado y osteópata',
    );
  });

  it("leaves a clinic's own wording as typed", () => {
    expect(professionLabel('Shiatsu practitioner', 'es')).toBe('Shiatsu practitioner');
    expect(professionLabel('chiropractor; shiatsu', 'es')).toBe('chiropractor; shiatsu');
  });

  it('every code has a name in both languages, and any text is either translated or unchanged', () => {
    for (const names of Object.values(PROFESSIONS)) {
      expect(names.en.length).toBeGreaterThan(0);
      expect(names.es.length).toBeGreaterThan(0);
    }
    const codes = Object.keys(PROFESSIONS);
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('en' as const, 'es' as const), (text, lang) => {
        const label = professionLabel(text, lang);
        // Either the text is returned as typed, or it was made only of known codes and names.
        if (label !== text) expect(text.split(/;|\band\b/i).every((p) => p.trim() !== '')).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 4 }), (picked) => {
        const label = professionLabel(picked.join('; '), 'es');
        for (const code of picked)
          expect(label.toLowerCase()).toContain(
            PROFESSIONS[code as keyof typeof PROFESSIONS].es.toLowerCase(),
          );
      }),
    );
  });
});
