import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../domain/time/index.js';
import { ApiError } from '../../../api.js';
import type { ClinicView } from '../../care/care-api.js';
import { CheckedField } from './CheckedField.js';
import { RemovableList } from './RemovableList.js';
import { dateInWords, type SaveSettings } from './settings-api.js';
import { useSaveStatus } from './use-save-status.js';
import { rangesText } from './week-model.js';

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
  const feedback = useSaveStatus();
  const dateRef = useRef<HTMLInputElement>(null);
  const words = (d: string) => dateInWords(d, i18n.language);
  // Closures are the clinic's local dates; today is the clinic's today.
  const today = todayIn(clinic.timeZone, new Date());
  const upcoming = clinic.closures.filter((c) => c.date >= today);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    feedback.clear();
    const problem = !date ? t('closures.pickDate') : date < today ? t('closures.past') : null;
    setDateError(problem);
    if (problem) return dateRef.current?.focus();
    const added = await feedback.run(
      async () => {
        await save(`/closures/${date}`, 'PUT', {
          ranges: [],
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        });
        await onSaved();
      },
      t('closures.added', { date: words(date) }),
      (err) => {
        if (!(err instanceof ApiError && err.field?.includes('date'))) return false;
        setDateError(t('closures.pickDate'));
        dateRef.current?.focus();
        return true;
      },
    );
    if (added) {
      setDate('');
      setReason('');
    }
  };

  return (
    <RemovableList
      title={t('closures.title')}
      hint={t('closures.hint')}
      none={t('closures.none')}
      feedback={feedback}
      items={upcoming.map((c) => ({
        key: c.date,
        content: (
          <>
            <strong>{words(c.date)}</strong>
            {c.reason ? ` · ${c.reason}` : ''}
            {c.ranges.length > 0 && ` · ${t('closures.openOnly', { hours: rangesText(c.ranges) })}`}
          </>
        ),
        what: words(c.date),
        question: t('closures.confirm', { date: words(c.date) }),
        remove: async () => {
          await save(`/closures/${c.date}`, 'DELETE');
          await onSaved();
        },
        removed: t('closures.removed', { date: words(c.date) }),
      }))}
    >
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
    </RemovableList>
  );
}
