import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearch } from 'wouter';
import { toLanguage } from '../../../domain/i18n.js';
import { api } from '../../api.js';
import { formatDay } from './care-api.js';
import type { leaveWaitlistBody, WaitlistEntryView, waitlistEntrySchema } from './waitlist-api.js';
import './care.css';

/**
 * Leaving the waitlist from the link in its emails: the page shows what the entry was for and
 * asks for one press (a mail scanner opening the link leaves nothing).
 */
export function WaitlistLeavePage() {
  const { t, i18n } = useTranslation('waitlist');
  const { id } = useParams<{ id: string }>();
  const token = new URLSearchParams(useSearch()).get('token') ?? undefined;
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  const [entry, setEntry] = useState<WaitlistEntryView | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    api<typeof waitlistEntrySchema>(`/api/waitlist/${id}${query}`)
      .then(setEntry)
      .catch(() => setMissing(true));
  }, [id, query]);
  useEffect(() => {
    if (entry?.status === 'left') done.current?.focus();
  }, [entry?.status]);

  const leave = async () => {
    setError(null);
    try {
      setEntry(
        await api<typeof waitlistEntrySchema, typeof leaveWaitlistBody>(`/api/waitlist/${id}/leave`, {
          method: 'POST',
          body: token ? { token } : {},
        }),
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const days = entry
    ? entry.from === entry.to
      ? formatDay(entry.from, i18n.language)
      : t('range', { from: formatDay(entry.from, i18n.language), to: formatDay(entry.to, i18n.language) })
    : '';
  return (
    <div className="page care-page">
      <h1>{t('leave.title')}</h1>
      {missing && <p role="alert">{t('leave.notFound')}</p>}
      {!entry && !missing && <p className="loading">{t('loading')}</p>}
      {entry && (
        <section className="card care-confirmed" aria-labelledby="entry-what">
          <h2 id="entry-what">{entry.serviceName[toLanguage(i18n.language)]}</h2>
          <p>
            {t('leave.entry', { who: entry.practitionerName ?? t('anyone'), days, clinic: entry.clinicName })}
          </p>
          {error && (
            <p role="alert" className="care-error">
              {t('error', { message: error })}
            </p>
          )}
          {entry.status === 'waiting' && (
            <p className="actions">
              <button type="button" className="button primary" onClick={leave}>
                {t('leave.button')}
              </button>
            </p>
          )}
          {entry.status === 'left' && (
            <p role="status" tabIndex={-1} ref={done}>
              {t('leave.done')}
            </p>
          )}
          {entry.status === 'booked' && <p role="status">{t('leave.booked')}</p>}
          <p>
            <Link href="/care">{t('leave.care')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
