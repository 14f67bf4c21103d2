import { useTranslation } from 'react-i18next';
import type { Message } from './messages-api.js';

/**
 * A conversation, oldest first, as one list: each message says who wrote it and when, in words
 * (not only by its side of the screen), so a screen reader hears the same as a glance shows.
 */
export function MessageList({
  messages,
  viewer,
  otherName,
}: {
  messages: Message[];
  /** Whose screen this is: their own messages read "You". */
  viewer: 'patient' | 'clinic';
  /** The other side's name: the clinic for the patient, the patient for the clinic. */
  otherName: string;
}) {
  const { t, i18n } = useTranslation('messages');
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  if (messages.length === 0) return <p className="messages-empty">{t('empty')}</p>;
  return (
    <ol className="messages-list" aria-label={t('listLabel', { name: otherName })}>
      {messages.map((m) => {
        const mine = m.from === viewer;
        // A clinic is several people: its side names who wrote, so colleagues tell answers apart.
        const who = mine
          ? viewer === 'clinic' && m.author
            ? m.author
            : t('you')
          : m.from === 'clinic'
            ? m.author
              ? t('authorAt', { author: m.author, clinic: otherName })
              : otherName
            : otherName;
        return (
          <li key={m.id} className={`message ${mine ? 'message-mine' : 'message-theirs'}`}>
            <p className="message-meta">
              <strong>{who}</strong> · <time dateTime={m.sentAt}>{when(m.sentAt)}</time>
            </p>
            {m.hurt && <p className="message-hurt">{t('hurtBadge', { level: m.hurt.level })}</p>}
            <p className="message-text">{m.text}</p>
          </li>
        );
      })}
    </ol>
  );
}
