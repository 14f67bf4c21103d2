import { useTranslation } from 'react-i18next';
import { exerciseById } from '../../../../domain/content/index.js';
import { toLanguage } from '../../../../domain/i18n.js';
import { reasonText } from './reason-text.js';
import type { EditRefusal } from './review-api.js';

/** Why a change was not saved: one line per refused edit, in words. */
export function RefusalList({ refusals }: { refusals: EditRefusal[] }) {
  const { t, i18n } = useTranslation(['review', 'programme']);
  const lang = toLanguage(i18n.language);
  if (refusals.length === 0) return <p className="review-refused">{t('review:failed')}</p>;
  return (
    <div className="review-refused">
      <p>{t('review:notSaved')}</p>
      <ul>
        {refusals.map((r) => (
          <li key={`${r.index}-${r.reason}`}>
            {r.exerciseId ? `${exerciseById(r.exerciseId)?.name[lang] ?? r.exerciseId}: ` : ''}
            {reasonText(r.reason, lang, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}
