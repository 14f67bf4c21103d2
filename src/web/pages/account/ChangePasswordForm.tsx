import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { FormError, TextField } from '../../components/Field.js';
import { NewPasswordField } from './NewPasswordField.js';
import { onSubmit, useAction } from './use-action.js';

export function ChangePasswordForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('account');
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const { busy, error, run } = useAction();
  return (
    <section aria-labelledby="change-title" className="card">
      <h2 id="change-title">{t('change.title')}</h2>
      <form
        onSubmit={onSubmit(() =>
          run(async () => {
            await api('/api/account/password', { method: 'PUT', body: { currentPassword, newPassword } });
            setCurrent('');
            setNew('');
            onDone();
          }),
        )}
      >
        <TextField
          look="account"
          label={t('change.current')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={setCurrent}
        />
        <NewPasswordField label={t('change.new')} value={newPassword} onChange={setNew} />
        <FormError look="account" text={error} />
        <div>
          <button type="submit" className="button" disabled={busy}>
            {t('change.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
