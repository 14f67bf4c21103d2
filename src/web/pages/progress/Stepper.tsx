import { useTranslation } from 'react-i18next';

/** A number with big − and + buttons: quicker than typing on a phone, still typeable. */
export function Stepper({
  id,
  label,
  value,
  step,
  min,
  max,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  step: number;
  min: number;
  max: number;
  onChange: (v: number) => void;
}) {
  const { t } = useTranslation('progress');
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v / step) * step));
  return (
    <div className="field stepper">
      <label htmlFor={id}>{label}</label>
      <div className="stepper-row">
        <button
          type="button"
          aria-label={t('checkin.less', { what: label })}
          onClick={() => onChange(clamp(value - step))}
          disabled={value <= min}
        >
          −
        </button>
        <input
          id={id}
          name={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={value}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isFinite(v)) onChange(clamp(v));
          }}
        />
        <button
          type="button"
          aria-label={t('checkin.more', { what: label })}
          onClick={() => onChange(clamp(value + step))}
          disabled={value >= max}
        >
          +
        </button>
      </div>
    </div>
  );
}

/** A 0–10 scale as a slider with its value shown large and its ends named. */
export function Scale({
  id,
  label,
  value,
  minLabel,
  maxLabel,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  minLabel: string;
  maxLabel: string;
  onChange: (v: number) => void;
}) {
  return (
    <div className="field scale">
      <label htmlFor={id}>
        {label}: <output htmlFor={id}>{value}</output>
      </label>
      <input
        id={id}
        name={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={value}
        aria-valuetext={`${value} / 10`}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <div className="scale-ends" aria-hidden="true">
        <span>{minLabel}</span>
        <span>{maxLabel}</span>
      </div>
    </div>
  );
}
