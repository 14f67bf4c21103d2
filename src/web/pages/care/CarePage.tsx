import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiError, api } from '../../api.js';
import {
  addDays,
  type BookingView,
  type ClinicView,
  formatDay,
  formatPrice,
  formatTime,
  formatWhen,
  lang,
  localDate,
  mondayOf,
  newIdempotencyKey,
  type Slot,
} from './care-api.js';
import './care.css';

interface Booked {
  booking: BookingView;
  cancelToken: string;
}

/** Guest booking: treatment → practitioner (or anyone) → a free time in a week view → details. */
export function CarePage() {
  const { t, i18n } = useTranslation('care');
  const language = lang(i18n.language);
  const [clinic, setClinic] = useState<ClinicView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState('');
  const [practitionerId, setPractitionerId] = useState('');
  const [weekStart, setWeekStart] = useState<string | null>(null);
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [offered, setOffered] = useState<Slot[] | null>(null);
  const [booked, setBooked] = useState<Booked | null>(null);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    (async () => {
      const list = await api<{ id: string }[]>('/api/clinics');
      if (!list[0]) return;
      const c = await api<ClinicView>(`/api/clinics/${list[0].id}`);
      setClinic(c);
      setServiceId(c.services[0]?.id ?? '');
      setWeekStart(localDate(new Date(), c.timeZone));
    })().catch((e: unknown) => setError((e as Error).message));
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh is bumped to reload after a change
  useEffect(() => {
    if (!clinic || !serviceId || !weekStart) return;
    setSlots(null);
    const q = new URLSearchParams({ serviceId, from: weekStart, to: addDays(weekStart, 6) });
    if (practitionerId) q.set('practitionerId', practitionerId);
    const ac = new AbortController();
    api<{ slots: Slot[] }>(`/api/clinics/${clinic.id}/availability?${q}`, { signal: ac.signal })
      .then((r) => setSlots(r.slots))
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError((e as Error).message);
      });
    return () => ac.abort();
  }, [clinic, serviceId, practitionerId, weekStart, refresh]);

  const service = clinic?.services.find((s) => s.id === serviceId);
  const givers = clinic?.practitioners.filter((p) => service?.practitionerIds.includes(p.id)) ?? [];
  const nameOf = (id: string) => clinic?.practitioners.find((p) => p.id === id)?.displayName ?? '';

  if (booked && clinic)
    return (
      <Confirmation
        booked={booked}
        clinic={clinic}
        onAgain={() => {
          setBooked(null);
          setChosen(null);
          setOffered(null);
        }}
      />
    );

  return (
    <div className="page care-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="care-warning">{t('disclaimer')}</p>
      {error && (
        <p role="alert" className="care-error">
          {t('error', { message: error })}
        </p>
      )}
      {!clinic && !error && <p className="loading">{t('loading')}</p>}
      {clinic && (
        <>
          <section className="card care-clinic" aria-labelledby="clinic-name">
            <h2 id="clinic-name">{clinic.name}</h2>
            <p>
              {clinic.address} · <a href={`tel:${clinic.phone.replace(/\s/g, '')}`}>{clinic.phone}</a>
            </p>
          </section>
          <div className="care-choices">
            <Select
              label={t('service')}
              value={serviceId}
              onChange={(v) => {
                setServiceId(v);
                setPractitionerId('');
                setChosen(null);
              }}
              options={clinic.services.map((s) => ({
                value: s.id,
                label: t('serviceOption', {
                  name: s.name[language],
                  minutes: s.durationMinutes,
                  price: formatPrice(s.priceCents, s.currency, language),
                }),
              }))}
            />
            <Select
              label={t('practitioner')}
              value={practitionerId}
              onChange={(v) => {
                setPractitionerId(v);
                setChosen(null);
              }}
              options={[
                { value: '', label: t('anyPractitioner') },
                ...givers.map((p) => ({ value: p.id, label: `${p.displayName} (${p.profession})` })),
              ]}
            />
          </div>
          {weekStart && (
            <WeekView
              clinic={clinic}
              weekStart={weekStart}
              slots={slots}
              chosen={chosen}
              onWeek={(d) => setWeekStart(d)}
              onChoose={(s) => {
                setChosen(s);
                setOffered(null);
              }}
              nameOf={nameOf}
            />
          )}
          {offered && (
            <section aria-labelledby="taken-title" className="card care-taken">
              <h2 id="taken-title">{t('taken')}</h2>
              <ul className="care-slots">
                {offered.map((s) => (
                  <li key={`${s.practitionerId}-${s.start}`}>
                    <button
                      type="button"
                      className="care-slot"
                      onClick={() => {
                        setChosen(s);
                        setOffered(null);
                      }}
                    >
                      {formatWhen(s.start, clinic.timeZone, language)} · {nameOf(s.practitionerId)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {chosen && service && (
            <GuestForm
              key={`${chosen.practitionerId}-${chosen.start}`}
              clinic={clinic}
              slot={chosen}
              anyPractitioner={!practitionerId}
              summary={t('chosen', {
                when: formatWhen(chosen.start, clinic.timeZone, language),
                who: nameOf(chosen.practitionerId),
              })}
              onBooked={setBooked}
              onTaken={(fresh) => {
                setChosen(null);
                setOffered(fresh);
                setRefresh((n) => n + 1);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

function Select(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="care-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function WeekView(props: {
  clinic: ClinicView;
  weekStart: string;
  slots: Slot[] | null;
  chosen: Slot | null;
  onWeek(date: string): void;
  onChoose(slot: Slot): void;
  nameOf(id: string): string;
}) {
  const { t, i18n } = useTranslation('care');
  const { clinic, weekStart, slots } = props;
  const today = localDate(new Date(), clinic.timeZone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const byDay = useMemo(() => {
    const m = new Map<string, Slot[]>();
    for (const s of slots ?? []) {
      const d = localDate(s.start, clinic.timeZone);
      // "Any practitioner": one button per time, the first free practitioner takes it.
      const list = m.get(d) ?? [];
      if (!list.some((x) => x.start === s.start)) list.push(s);
      m.set(d, list);
    }
    return m;
  }, [slots, clinic.timeZone]);
  return (
    <section aria-labelledby="week-title" className="care-week">
      <div className="care-week-head">
        <h2 id="week-title">{t('week')}</h2>
        <p>{t('weekOf', { date: formatDay(weekStart, i18n.language) })}</p>
        <div className="care-week-nav">
          <button
            type="button"
            className="button"
            disabled={weekStart <= today}
            onClick={() => props.onWeek(weekStart <= addDays(today, 7) ? today : addDays(weekStart, -7))}
          >
            {t('previousWeek')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => props.onWeek(addDays(mondayOf(weekStart), 7))}
          >
            {t('nextWeek')}
          </button>
        </div>
      </div>
      <p className="care-hint">{t('timesShownIn', { zone: clinic.timeZone })}</p>
      {slots === null ? (
        <p className="loading">{t('loading')}</p>
      ) : slots.length === 0 ? (
        <p>{t('noSlotsWeek')}</p>
      ) : (
        <div className="care-days">
          {days.map((d) => {
            const list = byDay.get(d) ?? [];
            return (
              <section key={d} className="care-day" aria-label={formatDay(d, i18n.language)}>
                <h3>{formatDay(d, i18n.language)}</h3>
                {list.length === 0 ? (
                  <p className="care-hint">{t('noSlots')}</p>
                ) : (
                  <ul className="care-slots">
                    {list.map((s) => (
                      <li key={s.start}>
                        <button
                          type="button"
                          className="care-slot"
                          aria-pressed={props.chosen?.start === s.start}
                          onClick={() => props.onChoose(s)}
                        >
                          {formatTime(s.start, clinic.timeZone, i18n.language)}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}

function GuestForm(props: {
  clinic: ClinicView;
  slot: Slot;
  anyPractitioner: boolean;
  summary: string;
  onBooked(b: Booked): void;
  onTaken(fresh: Slot[]): void;
}) {
  const { t, i18n } = useTranslation('care');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per attempt at this slot: a double click or a retry books once.
  const [key] = useState(newIdempotencyKey);
  const [latest, setLatest] = useState<{ id: string; createdAt: string } | null>(null);
  const [share, setShare] = useState(false);
  useEffect(() => {
    // The person's own assessments (none for a new visitor: 401 or an empty list).
    api<{ id: string; createdAt: string }[]>('/api/assessments')
      .then((list) => setLatest(list[0] ?? null))
      .catch(() => setLatest(null));
  }, []);
  const ids = { name: useId(), email: useId(), phone: useId(), share: useId() };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api<Booked>(`/api/clinics/${props.clinic.id}/bookings`, {
        method: 'POST',
        body: {
          serviceId: props.slot.serviceId,
          practitionerId: props.anyPractitioner ? null : props.slot.practitionerId,
          start: props.slot.start,
          idempotencyKey: key,
          patient: { name, email, phone },
          language: lang(i18n.language),
          ...(latest && share ? { assessmentId: latest.id, shareAssessment: true } : {}),
        },
      });
      props.onBooked(res);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'slot_taken')
        props.onTaken((err.body?.slots as Slot[]) ?? []);
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card care-form" onSubmit={submit} aria-labelledby="details-title">
      <h2 id="details-title">{t('details')}</h2>
      <p className="care-chosen">{props.summary}</p>
      <div className="care-field">
        <label htmlFor={ids.name}>{t('name')}</label>
        <input
          id={ids.name}
          autoComplete="name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="care-field">
        <label htmlFor={ids.email}>{t('email')}</label>
        <input
          id={ids.email}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-describedby={`${ids.email}-hint`}
        />
        <p id={`${ids.email}-hint`} className="care-hint">
          {t('emailHint')}
        </p>
      </div>
      <div className="care-field">
        <label htmlFor={ids.phone}>{t('phone')}</label>
        <input
          id={ids.phone}
          type="tel"
          autoComplete="tel"
          required
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          aria-describedby={`${ids.phone}-hint`}
        />
        <p id={`${ids.phone}-hint`} className="care-hint">
          {t('phoneHint')}
        </p>
      </div>
      {latest && (
        <div className="clinic-check care-share">
          <input
            id={ids.share}
            type="checkbox"
            checked={share}
            onChange={(e) => setShare(e.target.checked)}
            aria-describedby={`${ids.share}-hint`}
          />
          <label htmlFor={ids.share}>
            {t('share', {
              date: new Date(latest.createdAt).toLocaleDateString(
                lang(i18n.language) === 'es' ? 'es-CA' : 'en-CA',
              ),
            })}
          </label>
          <p id={`${ids.share}-hint`} className="care-hint">
            {t('shareHint')}
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="care-error">
          {t('error', { message: error })}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('booking') : t('book')}
      </button>
    </form>
  );
}

function Confirmation({ booked, clinic, onAgain }: { booked: Booked; clinic: ClinicView; onAgain(): void }) {
  const { t, i18n } = useTranslation('care');
  const b = booked.booking;
  const token = encodeURIComponent(booked.cancelToken);
  return (
    <div className="page care-page">
      <section className="card care-confirmed" aria-labelledby="confirmed-title">
        <h1 id="confirmed-title">{t('confirmed.title')}</h1>
        <p>
          {t('confirmed.text', {
            service: b.serviceName[lang(i18n.language)],
            who: b.practitionerName,
            when: formatWhen(b.start, clinic.timeZone, i18n.language),
          })}
        </p>
        <p>
          {clinic.name}, {clinic.address}
        </p>
        <p>{t('confirmed.email', { email: b.patient.email })}</p>
        <p className="actions">
          <a
            className="button primary"
            href={`/api/bookings/${b.id}/invite.ics?token=${token}`}
            download="appointment.ics"
          >
            {t('confirmed.ics')}
          </a>
          <Link className="button" href={`/care/booking/${b.id}?token=${token}`}>
            {t('confirmed.manage')}
          </Link>
        </p>
        <button type="button" className="button" onClick={onAgain}>
          {t('confirmed.again')}
        </button>
      </section>
    </div>
  );
}
