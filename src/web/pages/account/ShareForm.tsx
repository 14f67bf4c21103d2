import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field.js';
import { LegalNotice } from '../legal/LegalLinks.js';
import { onSubmit } from './use-action.js';

export interface ClinicChoice {
  id: string;
  name: string;
}

const SCOPES = ['assessment', 'programme', 'progress'] as const;

/**
 * Grants a clinic a consent. Opt-in: nothing is ticked at first; each box says who will see
 * what, until when, and how to stop, in its own text.
 */
export function ShareForm(props: {
  clinics: ClinicChoice[];
  busy: boolean;
  onShare(clinicId: string, scopes: string[]): void;
}) {
  const { t } = useTranslation('account');
  const [clinicId, setClinicId] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const clinicName = props.clinics.find((c) => c.id === clinicId)?.name ?? t('sharing.theClinic');
  const toggle = (scope: string, on: boolean) =>
    setScopes((s) => (on ? [...new Set([...s, scope])] : s.filter((x) => x !== scope)));
  return (
    <form onSubmit={onSubmit(() => props.onShare(clinicId, scopes))}>
      <SelectField
        look="account"
        id="share-clinic"
        label={t('sharing.clinicLabel')}
        required
        value={clinicId}
        onChange={setClinicId}
        options={props.clinics.map((c) => ({ value: c.id, label: c.name }))}
      >
        <option value="">{t('sharing.choose')}</option>
      </SelectField>
      <fieldset className="account-scopes">
        <legend>{t('sharing.what')}</legend>
        {SCOPES.map((scope) => (
          <label key={scope}>
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(e) => toggle(scope, e.target.checked)}
            />{' '}
            {t(`sharing.consent.${scope}`, { clinic: clinicName })}
          </label>
        ))}
      </fieldset>
      <LegalNotice which="shareNotice" />
      <div>
        <button type="submit" className="button" disabled={props.busy || !clinicId || scopes.length === 0}>
          {t('sharing.share')}
        </button>
      </div>
    </form>
  );
}
