import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../domain/i18n.js';
import { api } from '../../api.js';
import { FormError, TextField } from '../../components/Field.js';
import { LegalNotice } from '../legal/LegalLinks.js';
import { NewPasswordField } from './NewPasswordField.js';
import { onSubmit, useAction } from './use-action.js';

/**
 * Sign-up mails a link; the account exists once it is opened (VerifyEmailPage). The answer is
 * the same whether or not the address is registered, so the form only ever says "check your email".
 */
export function SignUpForm({ language }: { language: string }) {
  const { t } = useTranslation('account');
  const [displayName, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  if (sentTo)
    return (
      <section aria-labelledby="signup-title" className="card">
        <h2 id="signup-title">{t('signUp.checkTitle')}</h2>
        <p role="status">{t('signUp.checkEmail', { email: sentTo })}</p>
        <p>{t('signUp.checkHint')}</p>
      </section>
    );
  return (
    <section aria-labelledby="signup-title" className="card">
      <h2 id="signup-title">{t('signUp.title')}</h2>
      <form
        onSubmit={onSubmit(() =>
          run(async () => {
            await api('/api/account/signup', {
              method: 'POST',
              body: { email, password, displayName, language: toLanguage(language) },
            });
            setSentTo(email.trim());
            setPassword('');
          }),
        )}
      >
        <TextField
          look="account"
          label={t('signUp.name')}
          autoComplete="name"
          required
          value={displayName}
          onChange={setName}
        />
        <TextField
          look="account"
          label={t('signUp.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
        />
        <NewPasswordField label={t('signUp.password')} value={password} onChange={setPassword} />
        <FormError look="account" text={error} />
        <LegalNotice which="signUpNotice" />
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('signUp.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
