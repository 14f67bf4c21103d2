import { type FormEvent, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams, useSearch } from 'wouter';
import type { bookingSchema } from '../../../contract/bookings.js';
import { toLanguage } from '../../../domain/i18n.js';
import { ApiError, api } from '../../api.js';
import { SelectField } from '../../components/Field.js';
import { type BookingView, formatWhen } from './care-api.js';
import { telHref } from './PolicySummary.js';
import { SeriesSection } from './SeriesSection.js';
import { useMoveTimes } from './use-move-times.js';
import './care.css';

/** The patient's view of one booking, reached from the confirmation or the email link. */
export function ManageBookingPage() {
  const { t, i18n } = useTranslation('care');
  const { id } = useParams<{ id: string }>();
  const token = new URLSearchParams(useSearch()).get('token') ?? undefined;
  const [booking, setBooking] = useState<BookingView | null>(null);
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [moving, setMoving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Past the clinic's cut-off (by the clock here, or as the server answered) changes are by phone.
  const [refusedLate, setRefusedLate] = useState(false);
  const { t: tp } = useTranslation('policy');
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  // Bumped when the series section changes this booking too.
  const [reload, setReload] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload is bumped to read the booking again
  useEffect(() => {
    api<typeof bookingSchema>(`/api/bookings/${id}${query}`)
      .then(setBooking)
      .catch(() => setMissing(true));
  }, [id, query, reload]);

  const cancel = async () => {
    setError(null);
    try {
      setBooking(
        await api<typeof bookingSchema>(`/api/bookings/${id}/cancel`, {
          method: 'POST',
          body: token ? { token } : {},
        }),
      );
      setNotice(t('manage.cancelled'));
      setConfirming(false);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'too_late') setRefusedLate(true);
      else setError((e as Error).message);
    }
  };
  const tooLate = !!booking && (refusedLate || Date.now() > Date.parse(booking.changeDeadline));

  return (
    <div className="page care-page">
      <h1>{t('manage.title')}</h1>
      {missing && <p role="alert">{t('manage.notFound')}</p>}
      {!booking && !missing && <p className="loading">{t('loading')}</p>}
      <p role="status" className="care-chosen">
        {notice ?? ''}
      </p>
      {booking && (
        <section className="card care-confirmed" aria-labelledby="booking-title">
          <h2 id="booking-title">{booking.serviceName[toLanguage(i18n.language)]}</h2>
          <p>
            <strong>{t(`manage.status.${booking.status}`)}</strong>
          </p>
          <p>{formatWhen(booking.start, booking.timeZone, i18n.language)}</p>
          <p>
            {booking.practitionerName} · {booking.clinicName}
          </p>
          {error && (
            <p role="alert" className="care-error">
              {t('error', { message: error })}
            </p>
          )}
          {booking.status === 'active' && (
            <p role={refusedLate ? 'alert' : undefined} className={tooLate ? 'care-warning' : 'care-hint'}>
              {tooLate ? (
                <Trans
                  t={tp}
                  i18nKey="tooLate"
                  values={{ clinic: booking.clinicName, phone: booking.clinicPhone }}
                  components={{ phone: <a href={telHref(booking.clinicPhone)}>{booking.clinicPhone}</a> }}
                />
              ) : (
                tp('deadline', { when: formatWhen(booking.changeDeadline, booking.timeZone, i18n.language) })
              )}
            </p>
          )}
          {booking.status === 'active' && (
            <div className="actions">
              <a
                className="button primary"
                href={`/api/bookings/${booking.id}/invite.ics${query}`}
                download="appointment.ics"
              >
                {t('confirmed.ics')}
              </a>
              {!tooLate && (
                <button
                  type="button"
                  className="button"
                  aria-expanded={moving}
                  onClick={() => setMoving((m) => !m)}
                >
                  {t('manage.reschedule')}
                </button>
              )}
              {tooLate ? null : !confirming ? (
                <button type="button" className="button" onClick={() => setConfirming(true)}>
                  {t('manage.cancel')}
                </button>
              ) : (
                <>
                  <button type="button" className="button primary" onClick={() => void cancel()}>
                    {t('manage.confirmCancel')}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(false)}>
                    {t('manage.keep')}
                  </button>
                </>
              )}
            </div>
          )}
          {booking.status === 'active' && moving && !tooLate && (
            <Reschedule
              booking={booking}
              token={token}
              onMoved={(b) => {
                setBooking(b);
                setMoving(false);
                setNotice(t('manage.moved'));
              }}
              onTooLate={() => {
                setMoving(false);
                setRefusedLate(true);
              }}
            />
          )}
        </section>
      )}
      {booking && (
        <SeriesSection
          key={booking.status}
          bookingId={booking.id}
          token={token}
          onChanged={() => setReload((n) => n + 1)}
        />
      )}
      <p>
        <Link href="/care">{t('confirmed.again')}</Link>
      </p>
    </div>
  );
}

function Reschedule(props: {
  booking: BookingView;
  token: string | undefined;
  onMoved(b: BookingView): void;
  onTooLate(): void;
}) {
  const { t, i18n } = useTranslation('care');
  const { booking } = props;
  const { slots, start, setStart } = useMoveTimes(booking, booking.timeZone);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const moved = await api<typeof bookingSchema>(`/api/bookings/${booking.id}/reschedule`, {
        method: 'POST',
        body: { start, ...(props.token ? { token: props.token } : {}) },
      });
      props.onMoved(moved);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'too_late') return props.onTooLate();
      setError((err as Error).message);
    }
  };
  if (!slots) return <p className="loading">{t('loading')}</p>;
  if (slots.length === 0) return <p>{t('manage.noFreeTimes')}</p>;
  return (
    <form onSubmit={submit} className="care-form">
      <SelectField
        look="care"
        label={t('manage.newTime')}
        value={start}
        onChange={setStart}
        options={slots.map((s) => ({
          value: s.start,
          label: formatWhen(s.start, booking.timeZone, i18n.language),
        }))}
      />
      {error && (
        <p role="alert" className="care-error">
          {t('error', { message: error })}
        </p>
      )}
      <button type="submit" className="button primary">
        {t('manage.moveSubmit')}
      </button>
    </form>
  );
}
