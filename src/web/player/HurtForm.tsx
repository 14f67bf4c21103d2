import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RatingScale, type RatingScaleHandle } from '../components/RatingScale.js';
import { BODY_REGIONS } from './body-regions.js';

/** Asked when the person presses "This hurts": the exercise has stopped; where, and how much? */
export function HurtForm({
  exerciseName,
  onSubmit,
  onCancel,
}: {
  exerciseName: string;
  onSubmit: (where: string, level: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('programme');
  const [where, setWhere] = useState<string>('');
  // Unset until chosen, like every pain scale: a preset number would be recorded as the answer.
  const [level, setLevel] = useState<number>();
  const [error, setError] = useState('');
  const [tried, setTried] = useState(false);
  const levelRef = useRef<RatingScaleHandle>(null);
  const firstRegionRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => headingRef.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!where) {
      setError(t('hurt.chooseWhere'));
      firstRegionRef.current?.focus();
      return;
    }
    if (level === undefined) {
      levelRef.current?.focus();
      return;
    }
    onSubmit(where, level);
  };

  return (
    <form className="hurt-form card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        {t('hurt.title')}
      </h3>
      <p>{t('hurt.stopped', { name: exerciseName })}</p>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{t('hurt.where')}</legend>
        <div className="choice-grid">
          {BODY_REGIONS.map((region, i) => (
            <label key={region} className="choice">
              <input
                ref={i === 0 ? firstRegionRef : undefined}
                type="radio"
                name="where"
                value={region}
                checked={where === region}
                onChange={() => {
                  setWhere(region);
                  setError('');
                }}
              />
              {t(`hurt.regions.${region}`)}
            </label>
          ))}
        </div>
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
      <RatingScale
        ref={levelRef}
        name="hurtLevel"
        label={t('hurt.howMuch')}
        minLabel={t('end.painMin')}
        maxLabel={t('end.painMax')}
        value={level}
        onChange={setLevel}
        error={tried && level === undefined ? t('end.missing') : undefined}
      />
      <p className="hint">{t('hurt.advice')}</p>
      <div className="actions">
        <button type="submit" className="button primary">
          {t('hurt.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('hurt.cancel')}
        </button>
      </div>
    </form>
  );
}
