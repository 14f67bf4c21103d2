import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field.js';
import { onSubmit } from './use-action.js';

export interface ClinicChoice {
  id: string;
  name: string;
}

const SCOPES = ['assessment', 'programme', 'progress'] as const;

/** Grants a clinic a consent; every scope is ticked at first, the person unticks what to keep. */
export function ShareForm(props: {
  clinics: ClinicChoice[];
  busy: boolean;
  onShare(clinicId: string, scopes: string[]): void;
}) {
  const { t } = useTranslation('account');
  const [clinicId, setClinicId] = useState('');
  const [scopes, setScopes] = useState<string[]>([...SCOPES]);
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
            {t(`sharing.scope.${scope}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={props.busy || !clinicId || scopes.length === 0}>
          {t('sharing.share')}
        </button>
      </div>
    </form>
  );
}
