import type { Language } from './i18n.js';

/**
 * Practitioner professions as codes, each with its name in English and Spanish. A clinic stores
 * a code (or several, joined by ";"); the booking page shows the names in the reader's language.
 * Text that is not a known code (a clinic's own wording) is shown as typed.
 */
export const PROFESSIONS = {
  'registered-acupuncturist': { en: 'Registered acupuncturist', es: 'Acupuntor colegiado' },
  'registered-massage-therapist': {
    en: 'Registered massage therapist',
    es: 'Masajista terapéutico colegiado',
  },
  'osteopathic-manual-practitioner': { en: 'Osteopathic manual practitioner', es: 'Osteópata' },
  chiropractor: { en: 'Chiropractor', es: 'Quiropráctico' },
  physiotherapist: { en: 'Physiotherapist', es: 'Fisioterapeuta' },
  kinesiologist: { en: 'Kinesiologist', es: 'Kinesiólogo' },
  'family-doctor': { en: 'Family doctor', es: 'Médico de familia' },
  'sports-medicine-physician': { en: 'Sports medicine physician', es: 'Médico del deporte' },
  'yoga-therapist': { en: 'Yoga therapist', es: 'Terapeuta de yoga' },
  'pilates-instructor': { en: 'Pilates instructor', es: 'Instructor de pilates' },
} as const satisfies Record<string, Record<Language, string>>;

export type ProfessionCode = keyof typeof PROFESSIONS;

const AND: Record<Language, string> = { en: ' and ', es: ' y ' };

/** A code, or a name in either language, to its code (older data stored English names). */
function codeOf(part: string): ProfessionCode | undefined {
  const key = part.trim().toLowerCase();
  for (const [code, names] of Object.entries(PROFESSIONS) as [ProfessionCode, Record<Language, string>][]) {
    if (key === code || key === names.en.toLowerCase() || key === names.es.toLowerCase()) return code;
  }
  return undefined;
}

/**
 * The profession as the reader reads it: "chiropractor; physiotherapist" → "Chiropractor and
 * physiotherapist" / "Quiropráctico y fisioterapeuta". Unknown text comes back unchanged.
 */
export function professionLabel(stored: string, lang: Language): string {
  const parts = stored.split(/;|\band\b/i).map((p) => p.trim());
  const codes = parts.map(codeOf);
  if (parts.length === 0 || codes.some((c) => c === undefined)) return stored;
  const names = (codes as ProfessionCode[]).map((c, i) => {
    const name: string = PROFESSIONS[c][lang];
    return i === 0 ? name : name.charAt(0).toLowerCase() + name.slice(1);
  });
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')}${AND[lang]}${names.at(-1)}`;
}
