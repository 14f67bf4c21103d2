import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { toLanguage } from '../../../domain/i18n.js';
import { type ClinicView, formatWhen } from './care-api.js';
import type { Booked } from './GuestForm.js';

/** The booked time, the calendar invite and the link to change or cancel it. */
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
  const b = booked.booking;
  const token = encodeURIComponent(booked.cancelToken);
  return (
    <div className="page care-page">
      <section className="card care-confirmed" aria-labelledby="confirmed-title">
        <h1 id="confirmed-title">{t('confirmed.title')}</h1>
        <p>
          {t('confirmed.text', {
            service: b.serviceName[toLanguage(i18n.language)],
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
