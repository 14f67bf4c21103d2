import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocale, toLanguage } from '../../../domain/i18n.js';
import { todayIn } from '../../../domain/time/index.js';
import { api } from '../../api.js';
import { TextField } from '../../components/Field.js';
import type { ClinicView, Service, TimeRange } from '../care/care-api.js';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

const toText = (ranges: TimeRange[] | undefined) =>
  (ranges ?? []).map((r) => `${r.start}-${r.end}`).join(', ');
const parseRanges = (text: string): TimeRange[] =>
  text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [start = '', end = ''] = p.split('-').map((x) => x.trim());
      return { start, end };
    });

/** Clinic admin: weekly hours, closures and holidays, services. */
export function ClinicSettings({ clinic, onSaved }: { clinic: ClinicView; onSaved(): Promise<void> }) {
  const { t } = useTranslation('clinic');
  const [error, setError] = useState<string | null>(null);
  const save = async (path: string, method: string, body?: unknown) => {
    setError(null);
    try {
      await api(`/api/staff/clinics/${clinic.id}${path}`, { method, body });
      await onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section aria-labelledby="settings-title" className="card clinic-settings">
      <h2 id="settings-title">{t('settings.title')}</h2>
      {error && (
        <p role="alert" className="care-error">
          {t('error', { message: error })}
        </p>
      )}
      <Hours clinic={clinic} save={save} />
      <Closures clinic={clinic} save={save} />
      <h3>{t('settings.services')}</h3>
      <ul className="clinic-services">
        {clinic.services.map((s) => (
          <li key={s.id}>
            <ServiceRow service={s} save={save} />
          </li>
        ))}
      </ul>
    </section>
  );
}

type Save = (path: string, method: string, body?: unknown) => Promise<void>;

function Hours({ clinic, save }: { clinic: ClinicView; save: Save }) {
  const { t } = useTranslation('clinic');
  const [text, setText] = useState(() =>
    Object.fromEntries(WEEKDAYS.map((d) => [d, toText(clinic.openingHours[d])])),
  );
  const base = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const openingHours = Object.fromEntries(
      WEEKDAYS.map((d) => [d, parseRanges(text[d] ?? '')]).filter(([, r]) => (r as TimeRange[]).length > 0),
    );
    void save('/hours', 'PUT', { openingHours });
  };
  return (
    <form onSubmit={submit} className="clinic-hours" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{t('settings.hours')}</h3>
      <p className="care-hint" id={`${base}-hint`}>
        {t('settings.hoursHint')}
      </p>
      {WEEKDAYS.map((d) => (
        <div className="care-field clinic-hours-row" key={d}>
          <label htmlFor={`${base}-${d}`}>{t(`settings.weekday.${d}`)}</label>
          <input
            id={`${base}-${d}`}
            value={text[d] ?? ''}
            aria-describedby={`${base}-hint`}
            onChange={(e) => setText((old) => ({ ...old, [d]: e.target.value }))}
          />
        </div>
      ))}
      <button type="submit" className="button primary">
        {t('settings.saveHours')}
      </button>
    </form>
  );
}

function Closures({ clinic, save }: { clinic: ClinicView; save: Save }) {
  const { t, i18n } = useTranslation('clinic');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  // Closures are the clinic's local dates; today is the clinic's today.
  const today = todayIn(clinic.timeZone, new Date());
  const upcoming = clinic.closures.filter((c) => c.date >= today);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(`/closures/${date}`, 'PUT', { ranges: [], ...(reason ? { reason } : {}) }).then(() => {
      setDate('');
      setReason('');
    });
  };
  const fmt = new Intl.DateTimeFormat(formatLocale(toLanguage(i18n.language)), {
    timeZone: 'UTC',
    dateStyle: 'medium',
  });
  return (
    <div className="clinic-closures">
      <h3>{t('settings.closures')}</h3>
      <ul>
        {upcoming.map((c) => (
          <li key={c.date}>
            {fmt.format(new Date(`${c.date}T12:00:00Z`))} · {c.reason ?? ''}{' '}
            {c.ranges.length === 0 ? `(${t('settings.closed')})` : `(${toText(c.ranges)})`}{' '}
            <button
              type="button"
              className="button"
              onClick={() => void save(`/closures/${c.date}`, 'DELETE')}
            >
              {t('settings.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="care-choices">
        <TextField
          look="care"
          label={t('settings.date')}
          type="date"
          required
          min={today}
          value={date}
          onChange={setDate}
        />
        <TextField
          look="care"
          label={t('settings.reason')}
          maxLength={200}
          value={reason}
          onChange={setReason}
        />
        <button type="submit" className="button primary">
          {t('settings.addClosure')}
        </button>
      </form>
    </div>
  );
}

function ServiceRow({ service, save }: { service: Service; save: Save }) {
  const { t, i18n } = useTranslation('clinic');
  const [duration, setDuration] = useState(String(service.durationMinutes));
  const [price, setPrice] = useState(String(service.priceCents));
  const [active, setActive] = useState(service.active);
  const activeId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(`/services/${service.id}`, 'PATCH', {
      durationMinutes: Number(duration),
      priceCents: Number(price),
      active,
    });
  };
  return (
    <form onSubmit={submit} className="clinic-service" aria-label={service.name[toLanguage(i18n.language)]}>
      <strong>{service.name[toLanguage(i18n.language)]}</strong>
      <TextField
        look="care"
        label={t('settings.duration')}
        type="number"
        min={5}
        max={480}
        required
        value={duration}
        onChange={setDuration}
      />
      <TextField
        look="care"
        label={t('settings.price')}
        type="number"
        min={0}
        required
        value={price}
        onChange={setPrice}
      />
      <div className="clinic-check">
        <input id={activeId} type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        <label htmlFor={activeId}>{t('settings.active')}</label>
      </div>
      <button type="submit" className="button">
        {t('settings.saveService')}
      </button>
    </form>
  );
}
