import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { checkinFormSchema } from '../../../contract/checkins.js';
import { type CheckinFields, NOTE_MAX_LENGTH } from '../../../domain/outcomes/index.js';
import { ApiError, api } from '../../api.js';
import { RatingScale, type RatingScaleHandle } from '../../components/RatingScale.js';
import { usePageTitle } from '../../use-page-title.js';
import { localToday } from './progress-data.js';
import { Stepper } from './Stepper.js';
import './progress.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string; field?: string };

/** The counted habits, in the order of the form, with the bounds of the check-in schema (domain/outcomes/checkin.ts). */
const STEPPERS = [
  { id: 'minutesWalked', label: 'checkin.minutesWalked', step: 5, min: 0, max: 600 },
  { id: 'sittingHours', label: 'checkin.sittingHours', step: 0.5, min: 0, max: 24 },
  { id: 'sittingBreaks', label: 'checkin.sittingBreaks', step: 1, min: 0, max: 100 },
  { id: 'waterGlasses', label: 'checkin.water', step: 1, min: 0, max: 40 },
] as const;

/** /progress/checkin — today's check-in, prefilled from the latest day so it takes seconds. */
export function CheckinPage() {
  const { t } = useTranslation('progress');
  const [date] = useState(localToday);
  const [values, setValues] = useState<CheckinFields | null>(null);
  const [info, setInfo] = useState<{ existing: boolean; previousDate: string | null }>({
    existing: false,
    previousDate: null,
  });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Today's pain is the one answer never carried over from an earlier day: a copied number would
  // be saved as today's pain by anyone who only changed their walking minutes.
  const [painNow, setPainNow] = useState<number>();
  // Stress too starts unset (no slider resting at 0 that saves "calm" for someone who skipped it).
  const [stress, setStress] = useState<number>();
  const [tried, setTried] = useState(false);
  const painRef = useRef<RatingScaleHandle>(null);
  const stressRef = useRef<RatingScaleHandle>(null);

  usePageTitle(t('checkin.title'));
  useEffect(() => {
    api<typeof checkinFormSchema>(`/api/checkins/${date}/form`)
      .then((r) => {
        setValues(r.values);
        setInfo(r);
        if (r.existing) {
          setPainNow(r.values.painNow);
          setStress(r.values.stress);
        }
      })
      .catch((e: Error) => setStatus({ kind: 'failed', message: e.message }));
  }, [date]);

  if (!values) {
    return status.kind === 'failed' ? (
      <p role="alert">{t('checkin.failed', { message: status.message })}</p>
    ) : (
      <p className="loading">{t('loading')}</p>
    );
  }
  const set =
    <K extends keyof CheckinFields>(key: K) =>
    (v: CheckinFields[K]) => {
      setValues({ ...values, [key]: v });
      if (status.kind === 'saved') setStatus({ kind: 'idle' });
    };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (painNow === undefined) {
      painRef.current?.focus();
      return;
    }
    if (stress === undefined) {
      stressRef.current?.focus();
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await api(`/api/checkins/${date}`, { method: 'PUT', body: { ...values, painNow, stress } });
      setStatus({ kind: 'saved' });
      setInfo({ existing: true, previousDate: null });
    } catch (err) {
      const field = err instanceof ApiError ? err.field : undefined;
      setStatus({ kind: 'failed', message: (err as Error).message, field });
    }
  };

  return (
    <div className="checkin-page">
      <h1>{t('checkin.title')}</h1>
      <p className="small">{t('checkin.for', { date })}</p>
      {info.existing ? (
        <p className="small">{t('checkin.editing')}</p>
      ) : info.previousDate ? (
        <p className="small">{t('checkin.prefilled', { date: info.previousDate })}</p>
      ) : null}
      <form onSubmit={submit} className="checkin-form" noValidate>
        <RatingScale
          ref={painRef}
          name="painNow"
          label={t('checkin.pain')}
          value={painNow}
          minLabel={t('checkin.painMin')}
          maxLabel={t('checkin.painMax')}
          onChange={(v) => {
            setPainNow(v);
            if (status.kind === 'saved') setStatus({ kind: 'idle' });
          }}
          error={tried && painNow === undefined ? t('checkin.painMissing') : undefined}
          hint={info.existing ? undefined : t('checkin.painHelp')}
        />
        {STEPPERS.map((stepper) => (
          <Stepper
            key={stepper.id}
            id={stepper.id}
            label={t(stepper.label)}
            value={values[stepper.id]}
            step={stepper.step}
            min={stepper.min}
            max={stepper.max}
            onChange={set(stepper.id)}
          />
        ))}
        <RatingScale
          ref={stressRef}
          name="stress"
          label={t('checkin.stress')}
          value={stress}
          minLabel={t('checkin.stressMin')}
          maxLabel={t('checkin.stressMax')}
          onChange={(v) => {
            setStress(v);
            if (status.kind === 'saved') setStatus({ kind: 'idle' });
          }}
          error={tried && stress === undefined ? t('checkin.stressMissing') : undefined}
        />
        <div className="field toggle">
          <input
            id="classAttended"
            type="checkbox"
            checked={values.classAttended}
            onChange={(e) => set('classAttended')(e.target.checked)}
          />
          <label htmlFor="classAttended">{t('checkin.classAttended')}</label>
        </div>
        <div className="field">
          <label htmlFor="note">{t('checkin.note')}</label>
          <textarea
            id="note"
            rows={2}
            maxLength={NOTE_MAX_LENGTH}
            value={values.note}
            aria-describedby="note-help"
            onChange={(e) => set('note')(e.target.value)}
          />
          <p id="note-help" className="small">
            {t('checkin.noteHelp', { max: NOTE_MAX_LENGTH })}
          </p>
        </div>
        <button type="submit" className="button primary save" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('checkin.saving') : t('checkin.save')}
        </button>
        <div role="status" className="save-status">
          {status.kind === 'saved' && <Link href="/progress">{t('checkin.saved')}</Link>}
        </div>
        {status.kind === 'failed' && <p role="alert">{t('checkin.failed', { message: status.message })}</p>}
      </form>
    </div>
  );
}
