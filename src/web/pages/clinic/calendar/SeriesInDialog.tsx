import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api.js';
import type { bookingSeriesSchema, SeriesView, seriesCancelledSchema } from '../../care/care-api.js';

/**
 * In the appointment dialog: "Visit 3 of 6 in a course" and cancelling the rest of the course
 * (every visit that has not started; staff are not bound by the patient's cut-off). Cancelling
 * this one visit is the dialog's own cancel.
 */
export function SeriesInDialog(props: {
  clinicId: string;
  bookingId: string;
  patientName: string;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation('calendar');
  const [series, setSeries] = useState<SeriesView | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/staff/clinics/${props.clinicId}/bookings/${props.bookingId}/series`;
  useEffect(() => {
    api<typeof bookingSeriesSchema>(base)
      .then((r) => setSeries(r.series))
      .catch(() => setSeries(null));
  }, [base]);
  if (!series) return null;
  const me = series.bookings.find((b) => b.id === props.bookingId);
  const rest = series.bookings.filter((b) => b.status === 'active' && Date.parse(b.start) > Date.now());
  const cancelRest = async () => {
    setError(null);
    try {
      const r = await api<typeof seriesCancelledSchema>(`${base}/cancel`, { method: 'POST', body: {} });
      props.onChanged(t('series.cancelled', { count: r.cancelled.length, name: props.patientName }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="cal-series">
      <p>
        <strong>
          {t(`series.position.${series.repeat}`, {
            position: me?.position ?? 0,
            count: series.bookings.length,
          })}
        </strong>
      </p>
      {error && (
        <p role="alert" className="care-error">
          {error}
        </p>
      )}
      {rest.length > 1 &&
        (confirming ? (
          <div className="actions">
            <button type="button" className="button danger" onClick={() => void cancelRest()}>
              {t('series.confirmRest', { count: rest.length, name: props.patientName })}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('keep')}
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('series.cancelRest', { count: rest.length })}
          </button>
        ))}
    </div>
  );
}
