import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../domain/i18n.js';
import { api } from '../../api.js';
import { FormError, TextField } from '../../components/Field.js';
import { onSubmit, useAction } from './use-action.js';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ language }: { language: string }) {
  const { t } = useTranslation('account');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, error, run } = useAction();
  return (
    <section aria-labelledby="forgot-title" className="card">
      <h2 id="forgot-title">{t('forgot.title')}</h2>
      <p>{t('forgot.text')}</p>
      <form
        onSubmit={onSubmit(() =>
          run(async () => {
            await api('/api/account/password-reset', {
              method: 'POST',
              body: { email, language: toLanguage(language) },
            });
            setSent(true);
          }),
        )}
      >
        <TextField
          look="account"
          label={t('forgot.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
        />
        <FormError look="account" text={error} />
        <p role="status">{sent ? t('forgot.sent') : ''}</p>
        <div>
          <button type="submit" className="button" disabled={busy}>
            {t('forgot.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
