import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { z } from 'zod';
import type { invitePreviewSchema } from '../../../contract/onboarding.js';
import { accountChanged } from '../../account-state.js';
import { ApiError, api } from '../../api.js';
import { FormError } from '../../components/Field.js';
import { NewPasswordField } from '../account/NewPasswordField.js';
import { SetupField } from './SetupField.js';
import '../account/account.css';
import '../care/care.css';
import './onboarding.css';

type Preview = z.infer<typeof invitePreviewSchema>;

/** Where an invite's link lands: the invitee chooses a name and password. The token stays in the fragment. */
export function JoinPage() {
  const { t } = useTranslation('onboarding');
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const [preview, setPreview] = useState<Preview | null | 'invalid'>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<'form' | 'busy' | 'done'>('form');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!token) return setPreview('invalid');
    api<typeof invitePreviewSchema>('/api/staff-invites/preview', { method: 'POST', body: { token } }).then(
      setPreview,
      () => setPreview('invalid'),
    );
  }, [token]);

  const accept = async () => {
    if (!name.trim()) return setNameError(t('errors.required'));
    setNameError(undefined);
    if (password.length < 10) return setError(t('errors.password'));
    setState('busy');
    setError(null);
    try {
      await api('/api/staff-invites/accept', {
        method: 'POST',
        body: { token, displayName: name, password },
      });
      window.history.replaceState(null, '', window.location.pathname);
      accountChanged();
      setState('done');
      requestAnimationFrame(() => heading.current?.focus());
    } catch (e) {
      setState('form');
      if (e instanceof ApiError && e.code === 'invite_link_invalid') setPreview('invalid');
      else if (e instanceof ApiError && e.code === 'account_exists') setError(t('errors.accountExistsJoin'));
      else setError(t('errors.generic'));
    }
  };

  return (
    <div className="page setup-page">
      <h1 ref={heading} tabIndex={-1}>
        {state === 'done' ? t('join.doneTitle') : t('join.title')}
      </h1>
      {preview === 'invalid' && <p role="alert">{t('join.invalid')}</p>}
      {state === 'done' && (
        <p>
          <Link href="/clinic" className="button primary">
            {t('join.open')}
          </Link>
        </p>
      )}
      {preview && preview !== 'invalid' && state !== 'done' && (
        <>
          <p>
            {t('join.lead', {
              clinic: preview.clinicName,
              role: t(`roles.${preview.role}`),
              email: preview.email,
            })}
          </p>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void accept();
            }}
          >
            <SetupField
              label={t('join.name')}
              value={name}
              onChange={setName}
              error={nameError}
              autoComplete="name"
            />
            <NewPasswordField label={t('join.password')} value={password} onChange={setPassword} />
            <FormError look="care" text={error} />
            <button type="submit" className="button primary" disabled={state === 'busy'}>
              {t('join.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
