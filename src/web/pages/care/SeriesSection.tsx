import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { bookingSchema } from '../../../contract/bookings.js';
import { ApiError, api } from '../../api.js';
import {
  type bookingSeriesSchema,
  formatWhen,
  type SeriesView,
  type seriesCancelledSchema,
} from './care-api.js';
import { telHref } from './PolicySummary.js';

/**
 * The course a booking belongs to, on its manage page: every visit with its state, cancel one,
 * or cancel all the remaining ones. The clinic's cut-off applies to each visit: one too close
 * to cancel online says so and gives the clinic's number.
 */
export function SeriesSection(props: { bookingId: string; token: string | undefined; onChanged(): void }) {
  const { t, i18n } = useTranslation('care');
  const [series, setSeries] = useState<SeriesView | null>(null);
  const [confirming, setConfirming] = useState<'all' | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const query = props.token ? `?token=${encodeURIComponent(props.token)}` : '';
  const body = props.token ? { token: props.token } : {};

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload is bumped after a change
  useEffect(() => {
    api<typeof bookingSeriesSchema>(`/api/bookings/${props.bookingId}/series${query}`)
      .then((r) => setSeries(r.series))
      .catch(() => setSeries(null));
  }, [props.bookingId, query, reload]);

  if (!series) return null;
  const first = series.bookings[0]!;
  const remaining = series.bookings.filter((b) => b.status === 'active' && Date.parse(b.start) > Date.now());
  const changeable = remaining.filter((b) => b.changeable);

  const after = (message: string) => {
    setNotice(message);
    setConfirming(null);
    setReload((n) => n + 1);
    props.onChanged();
  };
  const cancelOne = async (id: string) => {
    setError(null);
    try {
      await api<typeof bookingSchema>(`/api/bookings/${id}/cancel`, { method: 'POST', body });
      after(t('series.cancelledOne'));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'too_late')
        after(t('series.tooLateOne', { phone: first.clinicPhone }));
      else setError((e as Error).message);
    }
  };
  const cancelAll = async () => {
    setError(null);
    try {
      const r = await api<typeof seriesCancelledSchema>(`/api/bookings/${props.bookingId}/series/cancel`, {
        method: 'POST',
        body,
      });
      after(
        [
          t('series.cancelledMany', { count: r.cancelled.length }),
          r.tooLate.length > 0 ? t('series.keptLate', { count: r.tooLate.length, phone: r.clinicPhone }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="card care-series" aria-labelledby="series-heading">
      <h2 id="series-heading">{t(`series.heading.${series.repeat}`, { count: series.bookings.length })}</h2>
      <p role="status" className="care-chosen">
        {notice ?? ''}
      </p>
      {error && (
        <p role="alert" className="care-error">
          {t('error', { message: error })}
        </p>
      )}
      <ol className="care-series-list">
        {series.bookings.map((b) => (
          <li key={b.id} className={b.status === 'active' ? 'care-series-free' : 'care-series-gone'}>
            <span className="care-series-when">
              {t('series.position', { position: b.position, count: series.bookings.length })} ·{' '}
              {formatWhen(b.start, b.timeZone, i18n.language)}
            </span>
            <span className="care-series-state">
              {t(`manage.status.${b.status}`)}
              {b.status === 'active' && !b.changeable && Date.parse(b.start) > Date.now() && (
                <>
                  {' · '}
                  <Trans
                    t={t}
                    i18nKey="series.callToChange"
                    values={{ phone: b.clinicPhone }}
                    components={{ phone: <a href={telHref(b.clinicPhone)}>{b.clinicPhone}</a> }}
                  />
                </>
              )}
            </span>
            {b.changeable &&
              (confirming === b.id ? (
                <span className="actions">
                  <button type="button" className="button primary" onClick={() => void cancelOne(b.id)}>
                    {t('series.confirmOne', { when: formatWhen(b.start, b.timeZone, i18n.language) })}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(null)}>
                    {t('manage.keep')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="button care-series-cancel"
                  aria-label={t('series.cancelOneLabel', {
                    when: formatWhen(b.start, b.timeZone, i18n.language),
                  })}
                  onClick={() => setConfirming(b.id)}
                >
                  {t('series.cancelOne')}
                </button>
              ))}
          </li>
        ))}
      </ol>
      {changeable.length > 1 &&
        (confirming === 'all' ? (
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void cancelAll()}>
              {t('series.confirmAll', { count: changeable.length })}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {t('manage.keep')}
            </button>
          </div>
        ) : (
          <div className="actions">
            <button type="button" className="button" onClick={() => setConfirming('all')}>
              {t('series.cancelAll', { count: changeable.length })}
            </button>
          </div>
        ))}
    </section>
  );
}
