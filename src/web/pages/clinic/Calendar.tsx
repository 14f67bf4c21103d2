import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { sharedAssessmentSchema } from '../../../contract/staff.js';
import { formatLocale, toLanguage } from '../../../domain/i18n.js';
import { localDate } from '../../../domain/time/index.js';
import { api } from '../../api.js';
import { SelectField } from '../../components/Field.js';
import { type BookingView, type ClinicView, formatDay, formatTime, formatWhen } from '../care/care-api.js';
import { useMoveTimes } from '../care/use-move-times.js';
import { ReviewLink } from './review/ReviewLink.js';
import { SharedProgress } from './SharedProgress.js';

/** Bookings per day and, within a day, per practitioner (columns that stack on a phone). */
export function Calendar(props: {
  clinic: ClinicView;
  days: string[];
  bookings: BookingView[] | null;
  practitionerId: string;
  onChanged(message: string): void;
}) {
  const { t, i18n } = useTranslation('clinic');
  const { clinic, bookings } = props;
  if (!bookings) return <p className="loading">{t('loading')}</p>;
  const practitioners = clinic.practitioners.filter(
    (p) => !props.practitionerId || p.id === props.practitionerId,
  );
  return (
    <div className="clinic-days">
      {props.days.map((day) => (
        <section key={day} aria-label={formatDay(day, i18n.language)} className="clinic-day">
          <h3>{formatDay(day, i18n.language)}</h3>
          <div className="clinic-columns">
            {practitioners.map((p) => {
              const list = bookings.filter(
                (b) => b.practitionerId === p.id && localDate(b.start, clinic.timeZone) === day,
              );
              return (
                <section
                  key={p.id}
                  className="clinic-column"
                  aria-label={`${p.displayName}, ${formatDay(day, i18n.language)}`}
                >
                  <h4>{p.displayName}</h4>
                  {list.length === 0 ? (
                    <p className="care-hint">{t('nothing')}</p>
                  ) : (
                    <ul className="clinic-bookings">
                      {list.map((b) => (
                        <li key={b.id}>
                          <BookingCard clinic={clinic} booking={b} onChanged={props.onChanged} />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}

function BookingCard({
  clinic,
  booking: b,
  onChanged,
}: {
  clinic: ClinicView;
  booking: BookingView;
  onChanged(m: string): void;
}) {
  const { t, i18n } = useTranslation('clinic');
  const [mode, setMode] = useState<'idle' | 'move' | 'cancel'>('idle');
  const [error, setError] = useState<string | null>(null);
  const base = `/api/staff/clinics/${clinic.id}/bookings/${b.id}`;
  const act = async (path: string, body: unknown, message: string) => {
    setError(null);
    try {
      await api(`${base}/${path}`, { method: 'POST', body });
      setMode('idle');
      onChanged(message);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const time = `${formatTime(b.start, clinic.timeZone, i18n.language)}–${formatTime(b.end, clinic.timeZone, i18n.language)}`;
  return (
    <article className={`clinic-booking status-${b.status}`} aria-label={`${time} ${b.patient.name}`}>
      <p>
        <strong>{time}</strong> · {b.serviceName[toLanguage(i18n.language)]}
      </p>
      <p>
        {b.patient.name} · <a href={`tel:${b.patient.phone.replace(/\s/g, '')}`}>{b.patient.phone}</a>
      </p>
      <p className="care-hint">
        {b.patient.email} · {t(`status.${b.status}`)}
        {b.shareAssessment ? ` · ${t('sharedAssessment')}` : ''}
      </p>
      {b.shareAssessment && <SharedAssessment clinicId={clinic.id} bookingId={b.id} />}
      {/* personId is present only while the patient shares progress with this clinic. */}
      <SharedProgress
        personId={(b as BookingView & { personId?: string | null }).personId ?? null}
        patientName={b.patient.name}
      />
      {(b as BookingView & { personId?: string | null }).personId ? (
        <ReviewLink
          clinicId={clinic.id}
          personId={(b as BookingView & { personId?: string | null }).personId as string}
        />
      ) : null}
      {error && (
        <p role="alert" className="care-error">
          {error}
        </p>
      )}
      {b.status === 'active' && mode === 'idle' && (
        <div className="actions">
          <button type="button" className="button" onClick={() => setMode('move')}>
            {t('move')}
          </button>
          <button type="button" className="button" onClick={() => setMode('cancel')}>
            {t('cancel')}
          </button>
          {Date.parse(b.start) < Date.now() && (
            <button
              type="button"
              className="button"
              onClick={() => void act('status', { status: 'no_show' }, t('done.noShow'))}
            >
              {t('noShow')}
            </button>
          )}
        </div>
      )}
      {mode === 'cancel' && (
        <div className="actions">
          <span>{t('confirmCancel', { name: b.patient.name })}</span>
          <button
            type="button"
            className="button primary"
            onClick={() => void act('cancel', {}, t('done.cancelled'))}
          >
            {t('cancel')}
          </button>
          <button type="button" className="button" onClick={() => setMode('idle')}>
            {t('close')}
          </button>
        </div>
      )}
      {mode === 'move' && (
        <MoveForm
          clinic={clinic}
          booking={b}
          onMove={(start) => act('move', { start }, t('done.moved'))}
          onClose={() => setMode('idle')}
        />
      )}
    </article>
  );
}

function MoveForm(props: {
  clinic: ClinicView;
  booking: BookingView;
  onMove(start: string): Promise<void>;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('clinic');
  const { clinic, booking } = props;
  const { slots, start, setStart } = useMoveTimes(booking, clinic.timeZone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (start) void props.onMove(start);
  };
  return (
    <form onSubmit={submit} className="clinic-move">
      {slots === null ? (
        <p className="loading">{t('loading')}</p>
      ) : slots.length === 0 ? (
        <p>{t('noFreeTimes')}</p>
      ) : (
        <SelectField
          look="care"
          label={t('moveTo', { name: booking.patient.name })}
          value={start}
          onChange={setStart}
          options={slots.map((s) => ({
            value: s.start,
            label: formatWhen(s.start, clinic.timeZone, i18n.language),
          }))}
        />
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={!start}>
          {t('moveSubmit')}
        </button>
        <button type="button" className="button" onClick={props.onClose}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}

type AssessmentSummary = z.infer<typeof sharedAssessmentSchema>;

/** Loaded on request only: every staff read of a patient's assessment is audited. */
function SharedAssessment({ clinicId, bookingId }: { clinicId: string; bookingId: string }) {
  const { t, i18n } = useTranslation('clinic');
  const [summary, setSummary] = useState<AssessmentSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    api<typeof sharedAssessmentSchema>(`/api/staff/clinics/${clinicId}/bookings/${bookingId}/assessment`)
      .then(setSummary)
      .catch((e: unknown) => setError((e as Error).message));
  if (error) return <p className="care-error">{error}</p>;
  if (!summary)
    return (
      <button type="button" className="button" onClick={() => void load()}>
        {t('assessment.show')}
      </button>
    );
  const date = new Intl.DateTimeFormat(formatLocale(toLanguage(i18n.language)), {
    dateStyle: 'medium',
  }).format(new Date(summary.createdAt));
  return (
    <dl className="clinic-assessment" aria-label={t('assessment.title', { date })}>
      <dt>{t('assessment.urgency')}</dt>
      <dd>{summary.highestUrgency}</dd>
      <dt>{t('assessment.selfCare')}</dt>
      <dd>{summary.selfCareAllowed ? t('assessment.yes') : t('assessment.no')}</dd>
      <dt>{t('assessment.likelihood')}</dt>
      <dd>{summary.psoasLikelihood}</dd>
      <dt>{t('assessment.pattern')}</dt>
      <dd>{summary.pattern}</dd>
    </dl>
  );
}
