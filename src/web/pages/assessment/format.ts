import type { ActivityRating, AnswerValue, Item } from '../../../domain/assessment/index.js';
import { type Language, type Localized, localize, sameInEvery } from '../../../domain/i18n.js';

const YES: Localized = { en: 'Yes', es: 'Sí' };
const NO: Localized = { en: 'No', es: 'No' };

/** An answer as a person reads it, for explanations and print. */
export function formatAnswer(item: Item, value: AnswerValue, lang: Language): string {
  switch (item.type) {
    case 'yes-no':
      return localize(value === true ? YES : NO, lang);
    case 'scale':
      return `${value}/10`;
    case 'number':
      return `${value} ${localize(item.unit, lang)}`;
    case 'single':
      return localize(item.options.find((o) => o.id === value)?.text ?? sameInEvery(String(value)), lang);
    case 'multi':
      return (value as string[])
        .map((id) => localize(item.options.find((o) => o.id === id)?.text ?? sameInEvery(id), lang))
        .join(', ');
    case 'activities':
      return (value as ActivityRating[]).map((a) => `${a.activity} (${a.score}/10)`).join('; ');
  }
}
