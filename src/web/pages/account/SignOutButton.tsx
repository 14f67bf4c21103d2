import { useTranslation } from 'react-i18next';
import { accountChanged } from '../../account-state.js';
import { api } from '../../api.js';
import { FormError } from '../../components/Field.js';
import { useAction } from './use-action.js';

export function SignOutButton({ onDone }: { onDone(): Promise<void> }) {
  const { t } = useTranslation('account');
  const { busy, error, run } = useAction();
  return (
    <div className="actions">
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() =>
          run(async () => {
            await api('/api/account/signout', { method: 'POST' });
            accountChanged();
            await onDone();
          })
        }
      >
        {t('signOut')}
      </button>
      <FormError look="account" text={error} />
    </div>
  );
}
