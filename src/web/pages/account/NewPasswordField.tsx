import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.js';

/** The length the server asks of a new password, checked by the browser before sending. */
const MIN_LENGTH = 10;

/** A field for choosing a password, with the rule spelled out under it. */
export function NewPasswordField(props: { label: string; value: string; onChange(value: string): void }) {
  const { t } = useTranslation('account');
  return (
    <TextField
      look="account"
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_LENGTH}
      hint={t('signUp.passwordHint')}
      {...props}
    />
  );
}
