import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { FormError, TextField } from '../../components/Field.js';
import { onSubmit, useAction } from './use-action.js';

/** Erases the person; a second step asks again (and, for an account, for the password). */
export function DeleteAccount({
  needsPassword,
  onDone,
}: {
  needsPassword: boolean;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation('account');
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the question so keyboard and screen reader users land on it.
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  return (
    <section aria-labelledby="erase-title" className="card account-danger">
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p>{needsPassword ? t('erase.text') : t('erase.textGuest')}</p>
      {!confirming ? (
        <div>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('erase.start')}
          </button>
        </div>
      ) : (
        <form
          onSubmit={onSubmit(() =>
            run(async () => {
              await api('/api/account', { method: 'DELETE', body: needsPassword ? { password } : {} });
              setConfirming(false);
              await onDone();
            }),
          )}
        >
          <h3 ref={confirmHeading} tabIndex={-1}>
            {t('erase.confirmTitle')}
          </h3>
          {needsPassword && (
            <TextField
              look="account"
              label={t('erase.confirmPassword')}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={setPassword}
            />
          )}
          <FormError look="account" text={error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t('erase.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('erase.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
