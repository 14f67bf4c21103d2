import { useTranslation } from 'react-i18next';
import type { RedFlag } from '../../../domain/assessment/index.js';
import { type Language, localize } from '../../../domain/i18n.js';

/**
 * Shown as soon as an emergency or urgent warning sign is ticked: where to go and how fast,
 * and a way to save the answers without finishing the questionnaire.
 */
export function StopNotice({
  flags,
  lang,
  busy,
  onSave,
}: {
  flags: RedFlag[];
  lang: Language;
  busy: boolean;
  onSave(): void;
}) {
  const { t } = useTranslation('assessment');
  const top = flags[0]!;
  const conditions = [
    ...new Set(flags.filter((f) => f.urgency !== 'routine-referral').map((f) => f.condition)),
  ];
  return (
    <section className={`stop-notice urgency-${top.urgency}`} role="alert" aria-labelledby="stop-title">
      <h3 id="stop-title">{t('stop.title')}</h3>
      <p className="stop-urgency">
        <strong>{t(`stop.${top.urgency}`)}</strong>
      </p>
      <p className="stop-advice">{localize(top.advice, lang)}</p>
      <ul>
        {conditions.map((c) => (
          <li key={c}>{t(`condition.${c}`)}</li>
        ))}
      </ul>
      <button type="button" className="button primary" disabled={busy} onClick={onSave}>
        {busy ? t('saving') : t('stop.saveAndSee')}
      </button>
      <p className="item-help">{t('stop.change')}</p>
    </section>
  );
}
