import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_MAX } from './messages-api.js';

/** A text box and a Send button; the text stays if sending fails, so nothing typed is lost. */
export function ComposeForm({ label, onSend }: { label: string; onSend(text: string): Promise<void> }) {
  const { t } = useTranslation('messages');
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [sent, setSent] = useState('');
  const left = MESSAGE_MAX - text.length;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError(t('errors.empty'));
      return;
    }
    setBusy(true);
    setError('');
    setSent('');
    try {
      await onSend(text);
      setText('');
      setSent(t('sent'));
    } catch (err) {
      setError(
        (err as { code?: string }).code === 'conversation_closed' ? t('errors.closed') : t('errors.send'),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="compose card" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        maxLength={MESSAGE_MAX}
        value={text}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError('');
        }}
      />
      <p id={`${id}-help`} className="small">
        {t('help', { left })}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="compose-sent">
        {sent}
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('sending') : t('send')}
      </button>
    </form>
  );
}
