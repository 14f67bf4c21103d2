import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountChanged } from '../../account-state.js';
import { api } from '../../api.js';
import { FormError } from '../../components/Field.js';
import { SignInFields } from '../../components/SignInFields.js';
import { onSubmit, useAction } from './use-action.js';

export function SignInForm({ onDone }: { onDone(): Promise<void> }) {
  const { t } = useTranslation('account');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  return (
    <section aria-labelledby="signin-title" className="card">
      <h2 id="signin-title">{t('signIn.title')}</h2>
      <form
        onSubmit={onSubmit(() =>
          run(async () => {
            await api('/api/account/signin', { method: 'POST', body: { email, password } });
            accountChanged();
            await onDone();
          }),
        )}
      >
        <SignInFields
          look="account"
          labels={{ email: t('signIn.email'), password: t('signIn.password') }}
          email={email}
          password={password}
          onEmail={setEmail}
          onPassword={setPassword}
        />
        <FormError look="account" text={error} />
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
