import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../domain/time/index.js';
import { ApiError } from '../../../api.js';
import type { ClinicView } from '../../care/care-api.js';
import { CheckedField } from './CheckedField.js';
import { ConfirmRemove } from './ConfirmRemove.js';
import { dateInWords, type SaveSettings } from './settings-api.js';

/** Closures and holidays: dates the clinic is closed (or keeps other hours), with their reasons. */
export function ClosuresEditor({
  clinic,
  save,
  onSaved,
}: {
  clinic: ClinicView;
  save: SaveSettings;
  onSaved(): Promise<void>;
}) {
  const { t, i18n } = useTranslation('settings');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  const base = useId();
  // Closures are the clinic's local dates; today is the clinic's today.
  const today = todayIn(clinic.timeZone, new Date());
  const upcoming = clinic.closures.filter((c) => c.date >= today);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    setFailure(null);
    const problem = !date ? t('closures.pickDate') : date < today ? t('closures.past') : null;
    setDateError(problem);
    if (problem) return dateRef.current?.focus();
    try {
      await save(`/closures/${date}`, 'PUT', {
        ranges: [],
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      await onSaved();
      setStatus(t('closures.added', { date: dateInWords(date, i18n.language) }));
      setDate('');
      setReason('');
    } catch (err) {
      if (err instanceof ApiError && err.field?.includes('date')) {
        setDateError(t('closures.pickDate'));
        dateRef.current?.focus();
      } else setFailure(t('failed'));
    }
  };
  const remove = async (d: string) => {
    setStatus(null);
    setFailure(null);
    try {
      await save(`/closures/${d}`, 'DELETE');
      await onSaved();
      setStatus(t('closures.removed', { date: dateInWords(d, i18n.language) }));
      listRef.current?.focus();
    } catch {
      setFailure(t('failed'));
    }
  };

  return (
    <section className="settings-section" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} ref={listRef} tabIndex={-1}>
        {t('closures.title')}
      </h3>
      <p className="care-hint">{t('closures.hint')}</p>
      {upcoming.length === 0 ? (
        <p>{t('closures.none')}</p>
      ) : (
        <ul className="settings-list">
          {upcoming.map((c) => (
            <li key={c.date}>
              <span>
                <strong>{dateInWords(c.date, i18n.language)}</strong>
                {c.reason ? ` · ${c.reason}` : ''}
                {c.ranges.length > 0 &&
                  ` · ${t('closures.openOnly', { hours: c.ranges.map((r) => `${r.start}–${r.end}`).join(', ') })}`}
              </span>
              <ConfirmRemove
                what={dateInWords(c.date, i18n.language)}
                question={t('closures.confirm', { date: dateInWords(c.date, i18n.language) })}
                onRemove={() => remove(c.date)}
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="settings-row" noValidate>
        <CheckedField
          type="date"
          label={t('closures.date')}
          min={today}
          max="2100-12-31"
          value={date}
          onChange={(v) => {
            setDate(v);
            setDateError(null);
          }}
          error={dateError}
          inputRef={dateRef}
        />
        <CheckedField
          label={t('closures.reason')}
          hint={t('closures.reasonHint')}
          maxLength={200}
          value={reason}
          onChange={setReason}
        />
        <button type="submit" className="button primary">
          {t('closures.add')}
        </button>
      </form>
      <p role="alert" className="care-error">
        {failure ?? ''}
      </p>
      <p role="status" className="settings-status">
        {status ?? ''}
      </p>
    </section>
  );
}
