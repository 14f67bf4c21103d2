import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.js';
import { FormError } from '../../components/Field.js';
import { errorText } from './account-api.js';
import { NewPasswordField } from './NewPasswordField.js';
import './account.css';

/** Where the reset mail's link lands; the token travels in the fragment, never to server logs. */
export function ResetPasswordPage() {
  const { t } = useTranslation('account');
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const [password, setPassword] = useState('');
  const [state, setState] = useState<'form' | 'busy' | 'done'>('form');
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setState('busy');
    setError(null);
    try {
      await api('/api/account/password-reset/confirm', {
        method: 'POST',
        body: { token, newPassword: password },
      });
      // The token is spent; keep it out of the address bar and history.
      window.history.replaceState(null, '', window.location.pathname);
      setState('done');
    } catch (e) {
      setError(errorText(t, e));
      setState('form');
    }
  };

  return (
    <div className="page account-page">
      <h1>{t('reset.title')}</h1>
      {!token && <p>{t('reset.noToken')}</p>}
      {state === 'done' && <p role="status">{t('reset.done')}</p>}
      {token && state !== 'done' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <NewPasswordField label={t('reset.password')} value={password} onChange={setPassword} />
          <FormError look="account" text={error} />
          <div>
            <button type="submit" className="button primary" disabled={state === 'busy'}>
              {t('reset.submit')}
            </button>
          </div>
        </form>
      )}
      <p>
        <Link href="/account">{t('reset.toAccount')}</Link>
      </p>
    </div>
  );
}
