import type { ActivityRating, AnswerValue, Item, LocalizedText } from '../../../domain/assessment/index.js';

export type Lang = 'en' | 'es';
export const langOf = (language: string): Lang => (language.startsWith('es') ? 'es' : 'en');
export const txt = (text: LocalizedText, lang: Lang) => text[lang];

const YES: LocalizedText = { en: 'Yes', es: 'Sí' };
const NO: LocalizedText = { en: 'No', es: 'No' };

/** An answer as a person reads it, for explanations and print. */
export function formatAnswer(item: Item, value: AnswerValue, lang: Lang): string {
  switch (item.type) {
    case 'yes-no':
      return txt(value === true ? YES : NO, lang);
    case 'scale':
      return `${value}/10`;
    case 'number':
      return `${value} ${txt(item.unit, lang)}`;
    case 'single':
      return txt(
        item.options.find((o) => o.id === value)?.text ?? { en: String(value), es: String(value) },
        lang,
      );
    case 'multi':
      return (value as string[])
        .map((id) => txt(item.options.find((o) => o.id === id)?.text ?? { en: id, es: id }, lang))
        .join(', ');
    case 'activities':
      return (value as ActivityRating[]).map((a) => `${a.activity} (${a.score}/10)`).join('; ');
  }
}
