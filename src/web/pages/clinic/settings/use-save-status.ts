import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What a settings part says after its button: "saved" beside it, or why it did not save above
 * it. `run` does the save and says which; an error `handled` returns true for (a wrong field the
 * form points at) is left to the form.
 */
export function useSaveStatus() {
  const { t } = useTranslation('settings');
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const clear = () => {
    setStatus(null);
    setFailure(null);
  };
  const run = async (
    work: () => Promise<unknown>,
    saved: string,
    handled?: (err: unknown) => boolean,
  ): Promise<boolean> => {
    clear();
    try {
      await work();
      setStatus(saved);
      return true;
    } catch (err) {
      if (!handled?.(err)) setFailure(t('failed'));
      return false;
    }
  };
  return { status, failure, setFailure, clear, run };
}

export type SaveStatus = ReturnType<typeof useSaveStatus>;
