import type { Language } from '../../../domain/i18n.js';

/** What the first sentence of /progress says, before it is put into words. */
export type Headline =
  | { kind: 'none' }
  | { kind: 'one'; pain: number }
  | { kind: 'change'; from: number; to: number; days: number; direction: 'down' | 'up' | 'same' };

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / DAY_MS);

/**
 * Pain from the first to the latest daily check-in (dates as YYYY-MM-DD, any order), so the
 * page can open with "Your pain went from 6 to 4 in three weeks".
 */
export function painHeadline(checkins: readonly { date: string; painNow: number }[]): Headline {
  if (checkins.length === 0) return { kind: 'none' };
  const sorted = [...checkins].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (sorted.length === 1 || first.date === last.date) return { kind: 'one', pain: last.painNow };
  const direction = last.painNow < first.painNow ? 'down' : last.painNow > first.painNow ? 'up' : 'same';
  return {
    kind: 'change',
    from: first.painNow,
    to: last.painNow,
    days: daysBetween(first.date, last.date),
    direction,
  };
}

const WORDS: Record<Language, { day: string[]; week: string[] }> = {
  en: {
    day: [
      '',
      'one day',
      'two days',
      'three days',
      'four days',
      'five days',
      'six days',
      'seven days',
      'eight days',
      'nine days',
      'ten days',
      'eleven days',
      'twelve days',
      'thirteen days',
    ],
    week: [
      '',
      'one week',
      'two weeks',
      'three weeks',
      'four weeks',
      'five weeks',
      'six weeks',
      'seven weeks',
      'eight weeks',
      'nine weeks',
      'ten weeks',
    ],
  },
  es: {
    day: [
      '',
      'un día',
      'dos días',
      'tres días',
      'cuatro días',
      'cinco días',
      'seis días',
      'siete días',
      'ocho días',
      'nueve días',
      'diez días',
      'once días',
      'doce días',
      'trece días',
    ],
    week: [
      '',
      'una semana',
      'dos semanas',
      'tres semanas',
      'cuatro semanas',
      'cinco semanas',
      'seis semanas',
      'siete semanas',
      'ocho semanas',
      'nueve semanas',
      'diez semanas',
    ],
  },
};

/** A span of days in words: "five days", "three weeks", "14 weeks" past ten. */
export function spanInWords(days: number, lang: Language): string {
  const words = WORDS[lang];
  if (days < 14) return words.day[Math.max(1, days)]!;
  const weeks = Math.round(days / 7);
  return words.week[weeks] ?? (lang === 'en' ? `${weeks} weeks` : `${weeks} semanas`);
}
