import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "None of these apply to me" for a screen of warning-sign questions: one answer instead of a
 * "No" per question, but only after a deliberate second step that names how many signs the
 * person is ruling out. The single questions stay where they are, one tap away.
 */
export function NoneApply(props: { count: number; onConfirm(): void }) {
  const { t } = useTranslation('assessment');
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <div className="none-apply">
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('noneApply.button')}
        </button>
      </div>
    );
  return (
    <section className="none-apply confirming" aria-labelledby="none-apply-question">
      <p id="none-apply-question" ref={question} tabIndex={-1}>
        {t('noneApply.confirm', { count: props.count })}
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={props.onConfirm}>
          {t('noneApply.yes')}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          {t('noneApply.back')}
        </button>
      </div>
    </section>
  );
}
