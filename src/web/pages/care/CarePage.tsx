import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../domain/i18n.js';
import { addDays, localDate } from '../../../domain/time/index.js';
import { ApiError, api } from '../../api.js';
import { Confirmation } from './Confirmation.js';
import {
  type availabilitySchema,
  type ClinicView,
  formatWhen,
  type newSeriesBody,
  type SeriesBooked,
  type SeriesPreview,
  type Slot,
  type seriesCreatedSchema,
} from './care-api.js';
import { loadCareClinic } from './care-clinic.js';
import { DAYS_SHOWN, DayPicker } from './DayPicker.js';
import { DayTimes } from './DayTimes.js';
import { type Booked, GuestForm } from './GuestForm.js';
import { PolicySummary } from './PolicySummary.js';
import { SeriesChoice, type SeriesWish } from './SeriesChoice.js';
import { SeriesConfirmation } from './SeriesConfirmation.js';
import { ServiceChoice } from './ServiceChoice.js';
import { TakenSlots } from './TakenSlots.js';
import { WaitlistForm } from './WaitlistForm.js';
import './care.css';

/**
 * Guest booking, one decision at a time as on a phone: treatment → practitioner (or anyone) →
 * a day → a time of that day → details. The first day with free times is chosen for the person,
 * who can pick another with one tap.
 */
export function CarePage() {
  const { t, i18n } = useTranslation('care');
  const language = toLanguage(i18n.language);
  const [clinic, setClinic] = useState<ClinicView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState('');
  const [practitionerId, setPractitionerId] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [offered, setOffered] = useState<Slot[] | null>(null);
  const [booked, setBooked] = useState<Booked | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [wish, setWish] = useState<SeriesWish | null>(null);
  const [preview, setPreview] = useState<SeriesPreview | null>(null);
  const [seriesBooked, setSeriesBooked] = useState<SeriesBooked | null>(null);
  const onPreview = useCallback((p: SeriesPreview | null) => setPreview(p), []);

  useEffect(() => {
    (async () => {
      const c = await loadCareClinic();
      if (!c) return;
      setClinic(c);
      if (c.services.length === 1) setServiceId(c.services[0]?.id ?? '');
      setFrom(localDate(new Date(), c.timeZone));
    })().catch((e: unknown) => setError((e as Error).message));
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh is bumped to reload after a change
  useEffect(() => {
    if (!clinic || !serviceId || !from) return;
    setSlots(null);
    const q = new URLSearchParams({ serviceId, from, to: addDays(from, DAYS_SHOWN - 1) });
    if (practitionerId) q.set('practitionerId', practitionerId);
    const ac = new AbortController();
    api<typeof availabilitySchema>(`/api/clinics/${clinic.id}/availability?${q}`, { signal: ac.signal })
      .then((r) => setSlots(r.slots))
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError((e as Error).message);
      });
    return () => ac.abort();
  }, [clinic, serviceId, practitionerId, from, refresh]);

  // Free times per day; with "anyone", one time per start (the first free practitioner takes it).
  const byDay = useMemo(() => {
    if (!slots || !clinic) return null;
    const m = new Map<string, Slot[]>();
    for (const s of slots) {
      const d = localDate(s.start, clinic.timeZone);
      const list = m.get(d) ?? [];
      if (!list.some((x) => x.start === s.start)) list.push(s);
      m.set(d, list);
    }
    return m;
  }, [slots, clinic]);
  const counts = useMemo(
    () => (byDay ? new Map([...byDay].map(([d, list]) => [d, list.length])) : null),
    [byDay],
  );

  // Keep the chosen day when it still has times; otherwise move to the first day that has some.
  useEffect(() => {
    if (!byDay) return;
    if (day && byDay.has(day)) return;
    const first = [...byDay.keys()].sort()[0] ?? null;
    setDay(first);
  }, [byDay, day]);

  const service = clinic?.services.find((s) => s.id === serviceId);
  const choose = (slot: Slot) => {
    setChosen(slot);
    setOffered(null);
  };
  const nameOf = (id: string) => clinic?.practitioners.find((p) => p.id === id)?.displayName ?? '';
  const dayTimes = day ? (byDay?.get(day) ?? []) : [];

  const bookSeries = async (patient: { name: string; email: string; phone: string }, key: string) => {
    if (!clinic || !chosen || !wish) return;
    try {
      setSeriesBooked(
        await api<typeof seriesCreatedSchema, typeof newSeriesBody>(`/api/clinics/${clinic.id}/series`, {
          method: 'POST',
          body: {
            serviceId: chosen.serviceId,
            practitionerId: preview?.practitionerId ?? chosen.practitionerId,
            start: chosen.start,
            repeat: wish.repeat,
            count: wish.count,
            idempotencyKey: key,
            patient,
            language,
          },
        }),
      );
    } catch (e) {
      // Nothing was booked: show the dates as they are now, with the one that clashed.
      if (e instanceof ApiError && e.code === 'series_clash') {
        setRefresh((n) => n + 1);
        throw new Error(t('series.clashed'));
      }
      throw e;
    }
  };

  if (seriesBooked && clinic)
    return (
      <SeriesConfirmation
        booked={seriesBooked}
        clinic={clinic}
        onAgain={() => {
          setSeriesBooked(null);
          setChosen(null);
          setWish(null);
        }}
      />
    );

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
          <section className="care-clinic" aria-labelledby="clinic-name">
            <h2 id="clinic-name">{clinic.name}</h2>
            <p>
              {clinic.address} · <a href={`tel:${clinic.phone.replace(/\s/g, '')}`}>{clinic.phone}</a>
            </p>
            <PolicySummary rules={clinic.rules} clinicName={clinic.name} phone={clinic.phone} />
          </section>
          <ServiceChoice
            clinic={clinic}
            serviceId={serviceId}
            practitionerId={practitionerId}
            onService={(id) => {
              setServiceId(id);
              setPractitionerId('');
              setChosen(null);
            }}
            onPractitioner={(id) => {
              setPractitionerId(id);
              setChosen(null);
            }}
          />
          {service && from && (
            <DayPicker
              from={from}
              today={localDate(new Date(), clinic.timeZone)}
              day={day}
              counts={counts}
              onFrom={(d) => {
                setFrom(d);
                setDay(null);
                setChosen(null);
              }}
              onDay={(d) => {
                setDay(d);
                setChosen(null);
              }}
            />
          )}
          {service && counts && counts.size === 0 && <p>{t('noSlotsDays')}</p>}
          {service && day && dayTimes.length > 0 && (
            <DayTimes
              day={day}
              timeZone={clinic.timeZone}
              slots={dayTimes}
              chosen={chosen}
              onChoose={choose}
            />
          )}
          {service && from && counts && !chosen && (
            <WaitlistForm
              key={`${serviceId}-${practitionerId}`}
              clinic={clinic}
              serviceId={serviceId}
              practitionerId={practitionerId}
              serviceName={service.name[language]}
              day={day ?? from}
              today={localDate(new Date(), clinic.timeZone)}
              open={counts.size === 0}
            />
          )}
          {offered && <TakenSlots clinic={clinic} offered={offered} nameOf={nameOf} onChoose={choose} />}
          {chosen && service && (
            <GuestForm
              key={`${chosen.practitionerId}-${chosen.start}`}
              clinic={clinic}
              slot={chosen}
              anyPractitioner={!practitionerId}
              summary={t('chosen', {
                what: service.name[language],
                when: formatWhen(chosen.start, clinic.timeZone, language),
                who: nameOf(chosen.practitionerId),
              })}
              onBooked={setBooked}
              {...(wish
                ? {
                    series: {
                      label: t('series.book', { count: wish.count }),
                      blocked: !preview || preview.occurrences.some((o) => !o.free),
                      book: bookSeries,
                    },
                  }
                : {})}
              onTaken={(fresh) => {
                setChosen(null);
                setOffered(fresh);
                setRefresh((n) => n + 1);
              }}
            >
              <SeriesChoice
                clinic={clinic}
                slot={chosen}
                anyPractitioner={!practitionerId}
                wish={wish}
                refresh={refresh}
                onWish={setWish}
                onPreview={onPreview}
              />
            </GuestForm>
          )}
        </>
      )}
    </div>
  );
}
