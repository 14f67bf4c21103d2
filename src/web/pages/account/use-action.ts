import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './account-api.js';

/** Runs a form's action, keeping its busy and error state. */
export function useAction() {
  const { t } = useTranslation('account');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await action();
      } catch (e) {
        setError(errorText(t, e));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, error, run };
}

/** A form's submit handler that keeps the browser from navigating. */
export const onSubmit = (fn: () => void) => (e: FormEvent) => {
  e.preventDefault();
  fn();
};
