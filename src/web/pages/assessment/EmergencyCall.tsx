import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CountryCode,
  countryFromLocales,
  emergencyNumbersFor,
  isSupportedCountry,
  SUPPORTED_COUNTRIES,
} from '../../../domain/assessment/emergency-numbers.js';
import type { Urgency } from '../../../domain/assessment/index.js';
import type { Language } from '../../../domain/i18n.js';
import { readJson, writeJson } from '../../offline/storage.js';

const COUNTRY_KEY = 'psoas.emergency-country';

function browserLocales(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The country picked here before, else the browser's locale; undefined when neither tells. */
export function useEmergencyCountry(): [CountryCode | undefined, (c: CountryCode | undefined) => void] {
  const [country, setCountry] = useState<CountryCode | undefined>(() => {
    const stored = readJson<string>(COUNTRY_KEY);
    return isSupportedCountry(stored) ? stored : countryFromLocales(browserLocales());
  });
  const choose = (c: CountryCode | undefined) => {
    setCountry(c);
    writeJson(COUNTRY_KEY, c ?? '');
  };
  return [country, choose];
}

/** Whether the call buttons hold the screen's primary action (else another button should). */
export const callIsPrimary = (urgency: Urgency, country: CountryCode | undefined): boolean =>
  urgency === 'emergency' || emergencyNumbersFor(country).healthLine !== undefined;

/**
 * The numbers to call for an emergency or urgent warning sign, as tap-to-call buttons: the
 * emergency number is the primary action for an emergency; for an urgent sign the health advice
 * line is (where the country has one) and the emergency number stays as the fallback.
 */
export function EmergencyCall({
  urgency,
  lang,
  country,
  onCountry: setCountry,
}: {
  urgency: Urgency;
  lang: Language;
  country: CountryCode | undefined;
  onCountry(c: CountryCode | undefined): void;
}) {
  const { t } = useTranslation('assessment');
  const numbers = emergencyNumbersFor(country);
  const selectId = useId();
  const names = useMemo(() => {
    let display: Intl.DisplayNames | undefined;
    try {
      display = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      display = undefined;
    }
    return SUPPORTED_COUNTRIES.map((c) => ({ code: c, name: display?.of(c) ?? c })).sort((a, b) =>
      a.name.localeCompare(b.name, lang),
    );
  }, [lang]);

  const emergencyFirst = urgency === 'emergency' || !numbers.healthLine;
  const emergencyLink = (
    <a
      className={`button call${urgency === 'emergency' ? ' primary danger' : ''}`}
      href={`tel:${numbers.emergency}`}
      data-testid="call-emergency"
    >
      {urgency === 'emergency'
        ? t('call.emergencyNow', { number: numbers.emergency })
        : t('call.emergencyIfWorse', { number: numbers.emergency })}
    </a>
  );
  const healthLink = numbers.healthLine && (
    <a
      // In an emergency the advice line is a quiet link: the one button is the emergency call.
      className={urgency === 'emergency' ? 'call-secondary' : 'button call primary'}
      href={`tel:${numbers.healthLine.number}`}
      data-testid="call-health-line"
    >
      {t(`call.healthLine.${numbers.healthLine.id}`, { number: numbers.healthLine.number })}
    </a>
  );

  return (
    <div className="emergency-call">
      <div className="call-buttons">
        {emergencyFirst ? (
          <>
            {emergencyLink}
            {healthLink}
          </>
        ) : (
          <>
            {healthLink}
            {emergencyLink}
          </>
        )}
      </div>
      {numbers.alsoWorks.length > 0 && (
        <p className="item-help">{t('call.alsoWorks', { numbers: numbers.alsoWorks.join(', ') })}</p>
      )}
      <div className="call-country">
        {!country && <p className="item-help">{t('call.unknownCountry')}</p>}
        <label htmlFor={selectId}>{t('call.country')}</label>{' '}
        <select
          id={selectId}
          value={country ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setCountry(isSupportedCountry(v) ? v : undefined);
          }}
        >
          <option value="">{t('call.otherCountry')}</option>
          {names.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
