import { type FormEvent, useId, useRef, useState } from 'react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../../domain/i18n.js';
import { formatAmount, parseAmount } from '../../../../domain/money/price.js';
import type { Service } from '../../care/care-api.js';
import { CheckedField } from './CheckedField.js';
import { localeOf, type SaveSettings } from './settings-api.js';
import { useSaveStatus } from './use-save-status.js';

/** One service: length, price in the clinic's currency (typed with decimals), offered or not. */
export function ServiceEditor({
  service,
  save,
  onSaved,
}: {
  service: Service;
  save: SaveSettings;
  onSaved(): Promise<void>;
}) {
  const { t, i18n } = useTranslation('settings');
  const locale = localeOf(i18n.language);
  const [duration, setDuration] = useState(String(service.durationMinutes));
  const [price, setPrice] = useState(() => formatAmount(service.priceCents, service.currency, locale));
  const [active, setActive] = useState(service.active);
  const [errors, setErrors] = useState<{ duration?: string; price?: string }>({});
  const feedback = useSaveStatus();
  const durationRef = useRef<HTMLInputElement>(null);
  const priceRef = useRef<HTMLInputElement>(null);
  const base = useId();
  const name = service.name[toLanguage(i18n.language)];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    feedback.clear();
    const minutes = Number(duration);
    const cents = parseAmount(price, service.currency, locale);
    const found = {
      ...(!/^\d+$/.test(duration.trim()) || minutes < 5 || minutes > 480
        ? { duration: t('services.durationError') }
        : {}),
      ...(cents === null || cents > 10_000_000
        ? { price: t('services.priceError', { example: formatAmount(8500, service.currency, locale) }) }
        : {}),
    };
    setErrors(found);
    if (found.duration) return durationRef.current?.focus();
    if (found.price || cents === null) return priceRef.current?.focus();
    await feedback.run(
      async () => {
        await save(`/services/${service.id}`, 'PATCH', {
          durationMinutes: minutes,
          priceCents: cents,
          active,
        });
        await onSaved();
        setPrice(formatAmount(cents, service.currency, locale));
      },
      t('services.saved', { name }),
    );
  };

  return (
    <form onSubmit={submit} className="settings-service" aria-labelledby={`${base}-name`} noValidate>
      <h4 id={`${base}-name`}>{name}</h4>
      <div className="settings-row">
        <CheckedField
          label={t('services.duration')}
          inputMode="numeric"
          value={duration}
          onChange={setDuration}
          error={errors.duration}
          inputRef={durationRef}
          suffix={t('services.minutes')}
        />
        <CheckedField
          label={t('services.price', { currency: service.currency })}
          inputMode="decimal"
          value={price}
          onChange={setPrice}
          error={errors.price}
          inputRef={priceRef}
          suffix={service.currency}
        />
        <Switch className="settings-switch" isSelected={active} onChange={setActive}>
          <span className="settings-switch-track" aria-hidden="true" />
          <span>{t('services.offered')}</span>
        </Switch>
        <button type="submit" className="button">
          {t('services.save')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
      <p role="alert" className="care-error">
        {feedback.failure ?? ''}
      </p>
      <p role="status" className="settings-status">
        {feedback.status ?? ''}
      </p>
    </form>
  );
}
