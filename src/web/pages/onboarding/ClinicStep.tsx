import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../domain/i18n.js';
import { SelectField } from '../../components/Field.js';
import { SetupField } from './SetupField.js';
import type { Problems, SetupDraft } from './setup-draft.js';

/** Step 1: who and where the clinic is. */
export function ClinicStep({
  draft,
  problems,
  change,
}: {
  draft: SetupDraft;
  problems: Problems;
  change(d: Partial<SetupDraft['clinic']>): void;
}) {
  const { t } = useTranslation('onboarding');
  const c = draft.clinic;
  const zones = useMemo(() => {
    const all = (Intl as { supportedValuesOf?(k: string): string[] }).supportedValuesOf?.('timeZone') ?? [];
    return (all.includes(c.timeZone) ? all : [c.timeZone, ...all]).map((z) => ({
      value: z,
      label: z.replaceAll('_', ' '),
    }));
  }, [c.timeZone]);
  const err = (field: string) => (problems[field] ? t(problems[field]) : undefined);
  return (
    <>
      <SetupField
        label={t('clinic.name')}
        value={c.name}
        onChange={(name) => change({ name })}
        error={err('clinic.name')}
        autoComplete="organization"
      />
      <SetupField
        label={t('clinic.address')}
        value={c.address}
        onChange={(address) => change({ address })}
        error={err('clinic.address')}
        autoComplete="street-address"
      />
      <SetupField
        label={t('clinic.phone')}
        hint={t('clinic.phoneHint')}
        type="tel"
        value={c.phone}
        onChange={(phone) => change({ phone })}
        error={err('clinic.phone')}
        autoComplete="tel"
      />
      <SetupField
        label={t('clinic.email')}
        hint={t('clinic.emailHint')}
        type="email"
        value={c.email}
        onChange={(email) => change({ email })}
        error={err('clinic.email')}
        autoComplete="email"
      />
      <SelectField
        look="care"
        label={t('clinic.timeZone')}
        hint={t('clinic.timeZoneHint')}
        value={c.timeZone}
        onChange={(timeZone) => change({ timeZone })}
        options={zones}
      />
      <fieldset className="setup-choices">
        <legend>{t('clinic.languages')}</legend>
        {LANGUAGES.map((l) => (
          <label key={l} className="setup-choice">
            <input
              type="checkbox"
              checked={c.languages.includes(l)}
              onChange={() =>
                change({
                  languages: c.languages.includes(l)
                    ? c.languages.filter((x) => x !== l)
                    : [...c.languages, l],
                })
              }
            />
            {LANGUAGE_NAMES[l]}
          </label>
        ))}
        {err('clinic.languages') && <p className="care-error setup-field-error">{err('clinic.languages')}</p>}
      </fieldset>
    </>
  );
}
