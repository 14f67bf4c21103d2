import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exerciseById } from '../../../../domain/content/index.js';
import { toLanguage } from '../../../../domain/i18n.js';
import type { PractitionerEdits } from '../../../../domain/programme/review.js';
import { SelectField } from '../../../components/Field.js';
import { withAdded } from './edits.js';
import { reasonText } from './reason-text.js';
import type { ReviewView } from './review-api.js';

/** Add an exercise from the library; those the patient's assessment rules out are listed with why. */
export function AddExercise({
  library,
  edits,
  busy,
  onSave,
  outcome,
}: {
  library: ReviewView['library'];
  edits: PractitionerEdits;
  busy: boolean;
  onSave(next: PractitionerEdits): void;
  outcome: ReactNode;
}) {
  const { t, i18n } = useTranslation(['review', 'programme']);
  const lang = toLanguage(i18n.language);
  const [choice, setChoice] = useState('');
  const name = (id: string) => exerciseById(id)?.name[lang] ?? id;
  const allowed = library.filter((l) => !l.excludedBecause);
  const ruledOut = library.filter((l) => l.excludedBecause);
  return (
    <section className="card review-add" aria-labelledby="review-add">
      <h2 id="review-add">{t('review:add')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) onSave(withAdded(edits, choice));
        }}
      >
        <SelectField
          look="plain"
          label={t('review:addWhich')}
          value={choice}
          onChange={setChoice}
          options={allowed.map((l) => ({
            value: l.exerciseId,
            label: `${name(l.exerciseId)} (${t(`review:phase.${l.phase}`)})`,
          }))}
        >
          <option value="">{t('review:choose')}</option>
        </SelectField>
        <button type="submit" className="button primary" disabled={busy || !choice}>
          {t('review:addButton')}
        </button>
      </form>
      {outcome}
      {ruledOut.length > 0 ? (
        <>
          <h3>{t('review:ruledOut')}</h3>
          <ul className="review-ruled-out">
            {ruledOut.map((l) => (
              <li key={l.exerciseId}>
                <strong>{name(l.exerciseId)}</strong>: {reasonText(l.excludedBecause ?? '', lang, t)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
