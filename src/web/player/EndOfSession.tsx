import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionOutcome } from '../../domain/outcomes/index.js';
import type { SessionResult, SessionResultBlock } from '../../domain/programme/types.js';
import { RatingScale, type RatingScaleHandle } from '../components/RatingScale.js';

type Rated = Omit<SessionResult, 'clientId' | 'sessionId' | 'completedAt'>;

/**
 * After the last exercise: how hard it felt and the pain now, then save. Both start unanswered
 * (a pre-set 0 recorded "no pain" for anyone who just pressed Save); what is done so far is kept
 * on the device, so leaving this screen without saving loses nothing.
 */
export function EndOfSession({
  blocks,
  onSave,
}: {
  blocks: SessionResultBlock[];
  onSave: (r: Rated) => Promise<void>;
}) {
  const { t } = useTranslation('programme');
  const [effort, setEffort] = useState<number>();
  const [painNow, setPainNow] = useState<number>();
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const effortRef = useRef<RatingScaleHandle>(null);
  const painRef = useRef<RatingScaleHandle>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const done = blocks.filter((b) => b.completed).length;
  const withPain = blocks.filter((b) => b.pain).length;
  const outcome = sessionOutcome({ blocks });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (effort === undefined || painNow === undefined) {
      (effort === undefined ? effortRef : painRef).current?.focus();
      return;
    }
    setSaving(true);
    setError('');
    try {
      await onSave({ blocks, effort, painNow });
    } catch (err) {
      setError((err as Error).message);
      setSaving(false);
    }
  };

  return (
    <form className="end-of-session card" onSubmit={submit} aria-labelledby="end-title" noValidate>
      <h2 id="end-title" tabIndex={-1} ref={headingRef}>
        {outcome === 'done' ? t('end.title') : t(`end.title-${outcome}`)}
      </h2>
      <p data-testid="end-summary">
        {outcome === 'skipped' ? t('end.skippedSummary') : t('end.summary', { done, total: blocks.length })}
      </p>
      {withPain > 0 ? <p className="warning">{t('end.painLogged', { count: withPain })}</p> : null}
      <RatingScale
        ref={effortRef}
        name="effort"
        label={t('end.effortLabel')}
        minLabel={t('end.effortMin')}
        maxLabel={t('end.effortMax')}
        value={effort}
        onChange={setEffort}
        error={tried && effort === undefined ? t('end.missing') : undefined}
      />
      <RatingScale
        ref={painRef}
        name="painNow"
        label={t('end.painLabel')}
        minLabel={t('end.painMin')}
        maxLabel={t('end.painMax')}
        value={painNow}
        onChange={setPainNow}
        error={tried && painNow === undefined ? t('end.missing') : undefined}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="small">{t('end.keptNote')}</p>
      <button type="submit" className="button primary" disabled={saving}>
        {saving ? t('end.saving') : t('end.save')}
      </button>
    </form>
  );
}
