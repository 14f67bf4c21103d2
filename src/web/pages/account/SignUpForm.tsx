import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { FormError, TextField } from '../../components/Field.js';
import { NewPasswordField } from './NewPasswordField.js';
import { onSubmit, useAction } from './use-action.js';

export function SignUpForm({ language, onDone }: { language: string; onDone(): Promise<void> }) {
  const { t } = useTranslation('account');
  const [displayName, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  return (
    <section aria-labelledby="signup-title" className="card">
      <h2 id="signup-title">{t('signUp.title')}</h2>
      <form
        onSubmit={onSubmit(() =>
          run(async () => {
            await api('/api/account/signup', {
              method: 'POST',
              body: { email, password, displayName, language: language === 'es' ? 'es' : 'en' },
            });
            await onDone();
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
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('signUp.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
