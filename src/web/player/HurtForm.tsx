import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const [level, setLevel] = useState(5);
  const [error, setError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => headingRef.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!where) {
      setError(t('hurt.chooseWhere'));
      return;
    }
    onSubmit(where, level);
  };

  return (
    <form className="hurt-form card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        {t('hurt.title')}
      </h3>
      <p>{t('hurt.stopped', { name: exerciseName })}</p>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{t('hurt.where')}</legend>
        <div className="choice-grid">
          {BODY_REGIONS.map((region) => (
            <label key={region} className="choice">
              <input
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
      <label className="scale-field" htmlFor={`${id}-level`}>
        {t('hurt.howMuch')} <output htmlFor={`${id}-level`}>{level}</output>
      </label>
      <input
        id={`${id}-level`}
        type="range"
        min={0}
        max={10}
        step={1}
        value={level}
        aria-valuetext={t('scale.valueText', { value: level })}
        onChange={(e) => setLevel(Number(e.target.value))}
      />
      <p className="scale-ends" aria-hidden="true">
        <span>{t('scale.none')}</span>
        <span>{t('scale.worst')}</span>
      </p>
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
