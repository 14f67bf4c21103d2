import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.js';
import { calendarDownloadUrl, createCalendarFeed, revokeCalendarFeed } from './programme-api.js';

/** Reminders in the person's own calendar: a one-off .ics file, or a private feed that stays current. */
export function CalendarCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('programme');
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setStatus('');
    try {
      await action();
    } catch (e) {
      setStatus((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.title')}</h2>
      <p>{t('calendar.intro')}</p>
      <div className="actions">
        <a className="button" href={calendarDownloadUrl(programmeId)} download="psoas-programme.ics">
          {t('calendar.download')}
        </a>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const feed = await createCalendarFeed(programmeId);
              setUrl(new URL(feed.url, window.location.origin).href);
              setStatus(t('calendar.created'));
            })
          }
        >
          {url ? t('calendar.renew') : t('calendar.createFeed')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              await revokeCalendarFeed(programmeId);
              setUrl('');
              setStatus(t('calendar.revoked'));
            })
          }
        >
          {t('calendar.revoke')}
        </button>
      </div>
      {url ? (
        <TextField
          look="plain"
          id="calendar-url"
          label={t('calendar.feedUrl')}
          type="text"
          readOnly
          value={url}
          onChange={setUrl}
          onFocus={(e) => e.currentTarget.select()}
          hint={t('calendar.feedHint')}
        />
      ) : null}
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
