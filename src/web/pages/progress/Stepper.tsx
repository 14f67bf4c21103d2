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
