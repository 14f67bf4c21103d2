import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, toLanguage } from '../../../domain/i18n.js';
import { DAILY_ADVICE_TEXT } from '../../../domain/programme/daily-advice.js';
import type { StoredProgramme } from '../../../domain/programme/types.js';
import { changePreferences } from './programme-api.js';

/**
 * The daily-session recommendation for someone who sits a lot: why, and one button to take it.
 * The plan itself keeps the days the person chose until they press it.
 */
export function DailyAdviceCard({
  programme,
  onChanged,
}: {
  programme: StoredProgramme;
  onChanged: (p: StoredProgramme) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const lang = toLanguage(i18n.language);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (!programme.dailyAdvice) return null;

  const switchToDaily = async () => {
    setBusy(true);
    setError('');
    const { weekdays: _chosen, ...rest } = programme.preferences;
    try {
      onChanged(await changePreferences(programme.id, { ...rest, daysPerWeek: 7 }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card daily-advice" aria-labelledby="daily-advice-title" data-testid="daily-advice">
      <h2 id="daily-advice-title">{localize(DAILY_ADVICE_TEXT.title, lang)}</h2>
      <p>{localize(DAILY_ADVICE_TEXT.why, lang)}</p>
      <p className="hint">{localize(DAILY_ADVICE_TEXT.choice, lang)}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="button" disabled={busy} onClick={switchToDaily}>
        {busy ? t('dailyAdvice.switching') : t('dailyAdvice.switch')}
      </button>
    </section>
  );
}
