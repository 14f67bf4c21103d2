import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearch } from 'wouter';
import { toLanguage } from '../../../domain/i18n.js';
import { ApiError, api } from '../../api.js';
import {
  type Booked,
  type bookingCreatedSchema,
  formatWhen,
  newIdempotencyKey,
  type Slot,
} from './care-api.js';
import type { bookOfferBody, WaitlistOfferView, waitlistOfferSchema } from './waitlist-api.js';
import './care.css';

/**
 * A freed time offered from the waitlist, reached from the offer email: the time and one button.
 * The booking goes through the same statement as any other, so when someone else pressed first
 * the page says so, with the next free times, and the person stays on the waitlist.
 */
export function WaitlistOfferPage() {
  const { t, i18n } = useTranslation('waitlist');
  const language = toLanguage(i18n.language);
  const { id } = useParams<{ id: string }>();
  const token = new URLSearchParams(useSearch()).get('token') ?? undefined;
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  const [offer, setOffer] = useState<WaitlistOfferView | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [booked, setBooked] = useState<Booked | null>(null);
  const [lost, setLost] = useState<Slot[] | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // One key per page: a double press or a retry books once.
  const [key] = useState(newIdempotencyKey);
  const result = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    api<typeof waitlistOfferSchema>(`/api/waitlist-offers/${id}${query}`)
      .then(setOffer)
      .catch(() => setMissing(true));
  }, [id, query]);
  useEffect(() => {
    if (booked || lost || refusal) result.current?.focus();
  }, [booked, lost, refusal]);

  const book = async () => {
    setBusy(true);
    try {
      setBooked(
        await api<typeof bookingCreatedSchema, typeof bookOfferBody>(`/api/waitlist-offers/${id}/book`, {
          method: 'POST',
          body: { ...(token ? { token } : {}), idempotencyKey: key },
        }),
      );
    } catch (e) {
      if (e instanceof ApiError && e.code === 'slot_taken') setLost((e.body?.slots as Slot[]) ?? []);
      else setRefusal(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const when = offer ? formatWhen(offer.start, offer.timeZone, i18n.language) : '';
  const takenBefore = offer?.status === 'taken';
  return (
    <div className="page care-page">
      <h1>{t('offer.title')}</h1>
      {missing && <p role="alert">{t('offer.notFound')}</p>}
      {!offer && !missing && <p className="loading">{t('loading')}</p>}
      {offer && (
        <section className="card care-confirmed" aria-labelledby="offer-what">
          <h2 id="offer-what">{offer.serviceName[language]}</h2>
          <dl className="care-summary">
            <dt>{t('offer.who')}</dt>
            <dd>{offer.practitionerName}</dd>
            <dt>{t('offer.when')}</dt>
            <dd>{when}</dd>
            <dt>{t('offer.where')}</dt>
            <dd>{offer.clinicName}</dd>
          </dl>
          {booked ? (
            <>
              <h2 tabIndex={-1} ref={result}>
                {t('offer.booked')}
              </h2>
              <p>{t('offer.bookedEmail', { email: booked.booking.patient.email })}</p>
              <p className="actions">
                <Link
                  className="button primary"
                  href={`/care/booking/${booked.booking.id}?token=${encodeURIComponent(booked.cancelToken)}`}
                >
                  {t('offer.manage')}
                </Link>
              </p>
            </>
          ) : lost || takenBefore ? (
            <>
              <div role="alert">
                <h2 tabIndex={-1} ref={result}>
                  {t('offer.taken')}
                </h2>
                <p>{t('offer.stay')}</p>
              </div>
              {lost && lost.length > 0 && (
                <>
                  <p>{t('offer.next')}</p>
                  <ul>
                    {lost.map((s) => (
                      <li key={`${s.practitionerId}-${s.start}`}>
                        {formatWhen(s.start, offer.timeZone, i18n.language)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p className="actions">
                <Link className="button primary" href="/care">
                  {t('offer.choose')}
                </Link>
              </p>
            </>
          ) : offer.status === 'booked' ? (
            <p role="status">{t('offer.alreadyYours')}</p>
          ) : offer.status === 'past' || refusal ? (
            <p role="alert" className="care-warning">
              <span tabIndex={-1} ref={result}>
                {refusal ?? t('offer.past', { phone: offer.clinicPhone })}
              </span>
            </p>
          ) : (
            <>
              <p className="care-hint">{t('offer.firstWins')}</p>
              <p className="actions">
                <button type="button" className="button primary" disabled={busy} onClick={book}>
                  {busy ? t('offer.booking') : t('offer.book')}
                </button>
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
