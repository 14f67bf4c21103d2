import type { TFunction } from 'i18next';
import {
  CONTRAINDICATION_LABELS,
  type Contraindication,
  EQUIPMENT_LABELS,
  type Equipment,
} from '../../../domain/content/exercise-model.js';
import { exerciseById } from '../../../domain/content/exercises/index.js';
import type { Language } from '../../../domain/i18n.js';
import { formatDate } from './programme-api.js';

/**
 * The generator records why it left an exercise out as codes ("equipment:foam-roller",
 * "contraindication:…;replaced-by:…"); this turns them into a sentence in the page's language.
 */
export function exclusionReason(reason: string, lang: Language, t: TFunction): string {
  return reason
    .split(';')
    .map((part) => {
      const [kind, code = ''] = part.split(':') as [string, string?];
      if (kind === 'contraindication' && code in CONTRAINDICATION_LABELS) {
        return CONTRAINDICATION_LABELS[code as Contraindication][lang];
      }
      if (kind === 'equipment' && code in EQUIPMENT_LABELS) {
        return t('excluded.equipment', { item: EQUIPMENT_LABELS[code as Equipment][lang].toLowerCase() });
      }
      if (kind === 'restriction') return t('excluded.restriction');
      if (kind === 'replaced-by')
        return t('excluded.replaced', { name: exerciseById(code)?.name[lang] ?? code });
      if (kind === 'from') return t('excluded.from', { date: formatDate(code, lang, true) });
      return t('excluded.other');
    })
    .join(' ');
}
