import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { toLanguage } from '../../../domain/i18n.js';
import { localDate } from '../../../domain/time/index.js';
import { type ClinicView, formatDay, formatTime } from './care-api.js';
import type { Booked } from './GuestForm.js';

/**
 * The booked visit as a short list (what, with whom, when, where) rather than one sentence, so
 * no locale's time format ("11:00 a.m.") collides with sentence punctuation; then the calendar
 * invite and the link to change or cancel it. The heading takes focus: the person sees at once
 * that the booking went through.
 */
export function Confirmation({
  booked,
  clinic,
  onAgain,
}: {
  booked: Booked;
  clinic: ClinicView;
  onAgain(): void;
}) {
  const { t, i18n } = useTranslation('care');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, []);
  const b = booked.booking;
  const token = encodeURIComponent(booked.cancelToken);
  const day = localDate(b.start, clinic.timeZone);
  return (
    <div className="page care-page">
      <section className="card care-confirmed" aria-labelledby="confirmed-title">
        <h1 id="confirmed-title" tabIndex={-1} ref={heading}>
          {t('confirmed.title')}
        </h1>
        <dl className="care-summary">
          <dt>{t('confirmed.what')}</dt>
          <dd>{b.serviceName[toLanguage(i18n.language)]}</dd>
          <dt>{t('confirmed.who')}</dt>
          <dd>{b.practitionerName}</dd>
          <dt>{t('confirmed.when')}</dt>
          <dd>
            {t('confirmed.at', {
              day: formatDay(day, i18n.language),
              time: formatTime(b.start, clinic.timeZone, i18n.language),
            })}
          </dd>
          <dt>{t('confirmed.where')}</dt>
          <dd>
            {clinic.name}, {clinic.address}
          </dd>
        </dl>
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
