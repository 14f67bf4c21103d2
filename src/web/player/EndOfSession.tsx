import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResult, SessionResultBlock } from '../../domain/programme/types.js';

type Rated = Omit<SessionResult, 'clientId' | 'sessionId' | 'completedAt'>;

function Scale({ label, value, onChange }: { label: string; value: number; onChange: (n: number) => void }) {
  const { t } = useTranslation('programme');
  const id = useId();
  return (
    <div className="scale">
      <label className="scale-field" htmlFor={id}>
        {label} <output htmlFor={id}>{value}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={value}
        aria-valuetext={t('scale.valueText', { value })}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <p className="scale-ends" aria-hidden="true">
        <span>{t('scale.none')}</span>
        <span>{t('scale.worst')}</span>
      </p>
    </div>
  );
}

/** After the last exercise: how hard it felt and the pain now, then save. */
export function EndOfSession({
  blocks,
  onSave,
}: {
  blocks: SessionResultBlock[];
  onSave: (r: Rated) => Promise<void>;
}) {
  const { t } = useTranslation('programme');
  const [effort, setEffort] = useState(5);
  const [painNow, setPainNow] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const done = blocks.filter((b) => b.completed).length;
  const withPain = blocks.filter((b) => b.pain).length;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
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
    <form className="end-of-session card" onSubmit={submit} aria-labelledby="end-title">
      <h2 id="end-title" tabIndex={-1} ref={headingRef}>
        {t('end.title')}
      </h2>
      <p>{t('end.summary', { done, total: blocks.length })}</p>
      {withPain > 0 ? <p className="warning">{t('end.painLogged', { count: withPain })}</p> : null}
      <Scale label={t('end.effort')} value={effort} onChange={setEffort} />
      <Scale label={t('end.painNow')} value={painNow} onChange={setPainNow} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={saving}>
        {saving ? t('end.saving') : t('end.save')}
      </button>
    </form>
  );
}
