import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.js';
import './account.css';

/**
 * Where the sign-up mail's link lands: opening it creates the account and signs this browser in.
 * The token travels in the fragment, so it never reaches server or proxy logs.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation('account');
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const [state, setState] = useState<'busy' | 'done' | 'failed'>('busy');
  // The link works once: React's development double effect must not spend it twice.
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    api('/api/account/verify', { method: 'POST', body: { token } })
      .then(() => setState('done'))
      .catch(() => setState('failed'))
      .finally(() => window.history.replaceState(null, '', window.location.pathname));
  }, [token]);

  return (
    <div className="page account-page">
      <h1>{t('verify.title')}</h1>
      {!token && <p>{t('verify.noToken')}</p>}
      {token && (
        <p role="status" aria-busy={state === 'busy'}>
          {t(`verify.${state}`)}
        </p>
      )}
      <p>
        <Link href="/account">{t('verify.toAccount')}</Link>
      </p>
    </div>
  );
}
