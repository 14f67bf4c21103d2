import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { toLanguage } from '../../../domain/i18n.js';
import { localDate } from '../../../domain/time/index.js';
import { type ClinicView, formatDay, formatTime, type SeriesBooked } from './care-api.js';

/** A booked course: what, with whom, every date, and where to see or cancel them. */
export function SeriesConfirmation({
  booked,
  clinic,
  onAgain,
}: {
  booked: SeriesBooked;
  clinic: ClinicView;
  onAgain(): void;
}) {
  const { t, i18n } = useTranslation('care');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, []);
  const first = booked.series.bookings[0]!;
  const token = encodeURIComponent(booked.cancelToken);
  return (
    <div className="page care-page">
      <section className="card care-confirmed" aria-labelledby="confirmed-title">
        <h1 id="confirmed-title" tabIndex={-1} ref={heading}>
          {t('series.confirmedTitle', { count: booked.series.bookings.length })}
        </h1>
        <dl className="care-summary">
          <dt>{t('confirmed.what')}</dt>
          <dd>{first.serviceName[toLanguage(i18n.language)]}</dd>
          <dt>{t('confirmed.who')}</dt>
          <dd>{first.practitionerName}</dd>
          <dt>{t('confirmed.where')}</dt>
          <dd>
            {clinic.name}, {clinic.address}
          </dd>
        </dl>
        <ol className="care-series-list">
          {booked.series.bookings.map((b) => (
            <li key={b.id}>
              {t('confirmed.at', {
                day: formatDay(localDate(b.start, clinic.timeZone), i18n.language),
                time: formatTime(b.start, clinic.timeZone, i18n.language),
              })}
            </li>
          ))}
        </ol>
        <p>{t('series.email', { email: first.patient.email })}</p>
        <p className="actions">
          <Link className="button primary" href={`/care/booking/${first.id}?token=${token}`}>
            {t('series.manage')}
          </Link>
        </p>
        <button type="button" className="button" onClick={onAgain}>
          {t('confirmed.again')}
        </button>
      </section>
    </div>
  );
}
