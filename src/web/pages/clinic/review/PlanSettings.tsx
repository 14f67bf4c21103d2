import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PractitionerEdits } from '../../../../domain/programme/review.js';
import type { IsoWeekday, Preferences } from '../../../../domain/programme/types.js';
import { addDays } from '../../../../domain/time/index.js';
import { CheckboxGrid } from '../../../components/CheckboxGrid.js';
import { TextField } from '../../../components/Field.js';

const DAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** The plan as a whole: days of the week, a note for the patient, the next review date. */
export function PlanSettings({
  edits,
  preferences,
  fromDate,
  busy,
  onSave,
  outcome,
}: {
  edits: PractitionerEdits;
  preferences: Preferences;
  fromDate: string;
  busy: boolean;
  onSave(next: PractitionerEdits): void;
  outcome: ReactNode;
}) {
  const { t } = useTranslation('review');
  const [days, setDays] = useState<IsoWeekday[]>(edits.weekdays ?? preferences.weekdays ?? []);
  const [note, setNote] = useState(edits.planNote ?? '');
  const [review, setReview] = useState(edits.nextReviewDate ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section className="card review-plan" aria-labelledby="review-plan">
      <h2 id="review-plan">{t('plan')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (days.length > 0 && days.length < 3) {
            setProblem(t('reason.weekdays-invalid'));
            return;
          }
          setProblem(null);
          const next: PractitionerEdits = { exercises: edits.exercises };
          if (days.length >= 3) next.weekdays = [...days].sort((a, b) => a - b);
          if (note.trim()) next.planNote = note.trim();
          if (review) next.nextReviewDate = review;
          onSave(next);
        }}
      >
        <CheckboxGrid
          legend={t('days')}
          hint={t('daysHint')}
          options={DAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
          selected={days}
          onToggle={(d) => setDays((old) => (old.includes(d) ? old.filter((x) => x !== d) : [...old, d]))}
        />
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="plan-note">{t('planNote')}</label>
          <textarea
            id="plan-note"
            maxLength={1000}
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <TextField
          look="plain"
          label={t('nextReview')}
          type="date"
          min={fromDate}
          max={addDays(fromDate, 366)}
          value={review}
          onChange={setReview}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {t('savePlan')}
        </button>
      </form>
      {outcome}
    </section>
  );
}
