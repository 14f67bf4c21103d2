import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REMINDER_CHOICES } from '../../../domain/programme/calendar-reminders.js';
import { SelectField, TextField } from '../../components/Field.js';
import {
  calendarDownloadUrl,
  calendarSettings,
  createCalendarFeed,
  revokeCalendarFeed,
  saveCalendarSettings,
} from './programme-api.js';

/** Reminders in the person's own calendar: a one-off .ics file, or a private feed that stays current. */
export function CalendarCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('programme');
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // '' is "no reminder"; the stored choice arrives from the server.
  const [reminder, setReminder] = useState('');

  useEffect(() => {
    let live = true;
    calendarSettings(programmeId)
      .then((s) => live && setReminder(s.reminderMinutes === null ? '' : String(s.reminderMinutes)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [programmeId]);

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
      <SelectField
        look="plain"
        id="calendar-reminder"
        label={t('calendar.reminder')}
        hint={t('calendar.reminderHint')}
        value={reminder}
        disabled={busy}
        options={[
          { value: '', label: t('calendar.reminderNone') },
          ...REMINDER_CHOICES.map((m) => ({
            value: String(m),
            label: t('calendar.reminderMinutes', { count: m }),
          })),
        ]}
        onChange={(value) =>
          run(async () => {
            const saved = await saveCalendarSettings(programmeId, {
              reminderMinutes: value === '' ? null : (Number(value) as (typeof REMINDER_CHOICES)[number]),
            });
            setReminder(saved.reminderMinutes === null ? '' : String(saved.reminderMinutes));
            setStatus(t('calendar.reminderSaved'));
          })
        }
      />
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
