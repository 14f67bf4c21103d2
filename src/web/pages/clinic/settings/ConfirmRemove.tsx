import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Remove" that asks first, in place: the question and its two answers replace the button and
 * the safe answer ("Keep it") is not the focused one, so a double press does not remove.
 */
export function ConfirmRemove({
  what,
  question,
  onRemove,
}: {
  /** Read out with the button: what it removes. */
  what: string;
  question: string;
  onRemove(): Promise<void>;
}) {
  const { t } = useTranslation('settings');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionRef = useRef<HTMLLegendElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button ref={buttonRef} type="button" className="button settings-small" onClick={() => setAsking(true)}>
        {t('remove')}
        <span className="visually-hidden"> {what}</span>
      </button>
    );
  return (
    <fieldset className="settings-confirm">
      <legend ref={questionRef} tabIndex={-1}>
        {question}
      </legend>
      <div className="settings-actions">
        <button
          type="button"
          className="button danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onRemove();
            } finally {
              setBusy(false);
              setAsking(false);
            }
          }}
        >
          {t('confirmRemove')}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          {t('keep')}
        </button>
      </div>
    </fieldset>
  );
}
