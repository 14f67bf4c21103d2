import { useEffect, useRef, useState } from 'react';
import { Checkbox, CheckboxGroup, Label, Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Weekday } from '../../../domain/reminders/schedule.js';
import { useAccount } from '../../account-state.js';
import { SelectField } from '../../components/Field.js';
import { loadReminders, type ReminderChoice, saveReminders } from './reminders-api.js';
import './reminders.css';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
// Every half hour a person may choose: from 08:00 to 20:30 (quiet hours are 21:00–08:00).
const TIMES = Array.from({ length: 26 }, (_, i) => {
  const minutes = 8 * 60 + i * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});
const DEFAULTS = {
  sessionDays: [1, 3, 5] as Weekday[],
  sessionTime: '18:00',
  checkinDays: WEEKDAYS,
  checkinTime: '20:00',
};

const browserZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
};

/** A wall-clock time as the person's language writes it (no zone involved: UTC in, UTC out). */
const timeLabel = (time: string, lang: string) => {
  const [h, m] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, h, m),
  );
};

/** Email reminders for sessions and the daily check-in, on the programme page; off by default. */
export function RemindersCard() {
  const { t, i18n } = useTranslation('reminders');
  const account = useAccount();
  const isPatient = account?.user?.role === 'patient';
  const [draft, setDraft] = useState<ReminderChoice | null>(null);
  const [savedOn, setSavedOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!isPatient) return;
    let live = true;
    loadReminders()
      .then((s) => {
        if (!live) return;
        const fresh = !s.timeZone;
        setDraft({
          enabled: s.enabled,
          // The zone the times were chosen in; the device's own for a first choice.
          timeZone: s.timeZone ?? browserZone(),
          sessionDays: fresh ? DEFAULTS.sessionDays : (s.sessionDays as Weekday[]),
          sessionTime: fresh ? DEFAULTS.sessionTime : s.sessionTime,
          checkinDays: fresh ? DEFAULTS.checkinDays : (s.checkinDays as Weekday[]),
          checkinTime: fresh ? DEFAULTS.checkinTime : s.checkinTime,
        });
        setSavedOn(s.enabled);
      })
      .catch(() => live && setError(t('loadFailed')));
    return () => {
      live = false;
    };
  }, [isPatient, t]);

  if (!account) return null;
  if (!isPatient)
    return (
      <section className="card reminders-card" aria-labelledby="reminders-title">
        <h2 id="reminders-title">{t('title')}</h2>
        <p>{t('needAccount')}</p>
        <Link href="/account" className="button">
          {t('signIn')}
        </Link>
      </section>
    );

  const save = async (choice: ReminderChoice, done: string) => {
    setBusy(true);
    setError('');
    setStatus('');
    try {
      const saved = await saveReminders(choice);
      setSavedOn(saved.enabled);
      setStatus(done);
      requestAnimationFrame(() => statusRef.current?.focus());
    } catch {
      setError(t('saveFailed'));
    } finally {
      setBusy(false);
    }
  };

  const lang = i18n.language;
  const timeOptions = TIMES.map((value) => ({ value, label: timeLabel(value, lang) }));
  const days = (name: 'sessionDays' | 'checkinDays') =>
    draft ? (
      <CheckboxGroup
        className="reminder-days"
        value={draft[name].map(String)}
        onChange={(v) => setDraft({ ...draft, [name]: v.map(Number).sort() as Weekday[] })}
        isDisabled={busy}
      >
        <Label>{t(`${name}.label`)}</Label>
        <div className="reminder-day-list">
          {WEEKDAYS.map((d) => (
            <Checkbox key={d} value={String(d)} className="reminder-day" aria-label={t(`day.${d}`)}>
              <span aria-hidden="true">{t(`dayShort.${d}`)}</span>
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
    ) : null;

  return (
    <section className="card reminders-card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {draft ? (
        <>
          <Switch
            className="reminder-switch"
            isSelected={draft.enabled}
            isDisabled={busy}
            onChange={(on) => {
              // Switched on with nothing chosen yet: start from the suggested days and times.
              const empty = !draft.sessionDays.length && !draft.checkinDays.length;
              setDraft({ ...draft, ...(on && empty ? DEFAULTS : {}), enabled: on });
              setStatus('');
              if (!on && savedOn) void save({ ...draft, enabled: false }, t('savedOff'));
            }}
          >
            <span className="reminder-switch-track" aria-hidden="true">
              <span className="reminder-switch-thumb" />
            </span>
            {t('switch')}
          </Switch>
          {draft.enabled ? (
            <form
              className="reminder-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (!draft.sessionDays.length && !draft.checkinDays.length) {
                  setError(t('noDays'));
                  return;
                }
                void save(draft, t('savedOn'));
              }}
            >
              <fieldset>
                <legend>{t('sessions')}</legend>
                {days('sessionDays')}
                <SelectField
                  look="plain"
                  label={t('time')}
                  value={draft.sessionTime}
                  options={timeOptions}
                  disabled={busy}
                  onChange={(v) => setDraft({ ...draft, sessionTime: v })}
                />
              </fieldset>
              <fieldset>
                <legend>{t('checkins')}</legend>
                {days('checkinDays')}
                <SelectField
                  look="plain"
                  label={t('time')}
                  value={draft.checkinTime}
                  options={timeOptions}
                  disabled={busy}
                  onChange={(v) => setDraft({ ...draft, checkinTime: v })}
                />
              </fieldset>
              <p className="hint">{t('zoneHint', { zone: draft.timeZone })}</p>
              {draft.timeZone !== browserZone() ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => setDraft({ ...draft, timeZone: browserZone() })}
                >
                  {t('useDeviceZone', { zone: browserZone() })}
                </button>
              ) : null}
              <p className="hint">{t('quietHint')}</p>
              <button type="submit" className="button primary" disabled={busy}>
                {t('save')}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      <p className="field-error" role="alert">
        {error}
      </p>
      <p className="reminder-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
    </section>
  );
}
