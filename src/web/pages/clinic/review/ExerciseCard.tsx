import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exerciseById } from '../../../../domain/content/index.js';
import { toLanguage } from '../../../../domain/i18n.js';
import type { DoseChange, PractitionerEdits } from '../../../../domain/programme/review.js';
import { SelectField, TextField } from '../../../components/Field.js';
import { DoseLine } from './DoseLine.js';
import { type ShownExercise, withChange, withRemoved, withReplaced } from './edits.js';
import type { ReviewView } from './review-api.js';

const toNumber = (value: string): number | undefined => {
  const n = Number(value);
  return value.trim() === '' || !Number.isInteger(n) ? undefined : n;
};

/**
 * One exercise of the coming sessions: what it is, why it is there, its dose, and the
 * practitioner's changes (dose, sides, note; replace; remove), each saved at once.
 */
export function ExerciseCard({
  shown,
  edits,
  library,
  busy,
  onSave,
  outcome,
}: {
  shown: ShownExercise;
  edits: PractitionerEdits;
  library: ReviewView['library'];
  busy: boolean;
  onSave(next: PractitionerEdits): void;
  outcome: ReactNode;
}) {
  const { t, i18n } = useTranslation('review');
  const lang = toLanguage(i18n.language);
  const exercise = exerciseById(shown.exerciseId);
  const kind = exercise?.dosage.kind;
  const hasHold =
    kind === 'hold' || (kind === 'reps' && exercise?.dosage.kind === 'reps' && !!exercise.dosage.holdSeconds);
  const [sets, setSets] = useState(String(shown.dose.sets));
  const [reps, setReps] = useState(shown.dose.reps === undefined ? '' : String(shown.dose.reps));
  const [hold, setHold] = useState(
    shown.dose.holdSeconds === undefined ? '' : String(shown.dose.holdSeconds),
  );
  const [perSide, setPerSide] = useState(shown.dose.perSide);
  const [note, setNote] = useState(shown.edit && 'note' in shown.edit ? (shown.edit.note ?? '') : '');
  const [by, setBy] = useState('');
  const name = exercise?.name[lang] ?? shown.exerciseId;
  const why =
    shown.edit?.kind === 'add'
      ? t('why.added')
      : shown.edit?.kind === 'replace'
        ? t('why.replaced', {
            name: exerciseById(shown.edit.exerciseId)?.name[lang] ?? shown.edit.exerciseId,
          })
        : t(`why.${shown.phase}`);
  const headingId = `exercise-${shown.exerciseId}`;

  const dose = (): DoseChange => {
    const change: DoseChange = {};
    const s = toNumber(sets);
    if (s !== undefined && s !== shown.dose.sets) change.sets = s;
    const r = toNumber(reps);
    if (kind === 'reps' && r !== undefined && r !== shown.dose.reps) change.reps = r;
    const h = toNumber(hold);
    if (hasHold && h !== undefined && h !== shown.dose.holdSeconds) change.holdSeconds = h;
    if (perSide !== shown.dose.perSide) change.perSide = perSide;
    // Keep what an earlier review set, unless changed now.
    const earlier = shown.edit && shown.edit.kind !== 'remove' ? shown.edit.dose : undefined;
    return { ...earlier, ...change };
  };

  return (
    <article className="card review-exercise" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p className="hint">{why}</p>
      <p>
        <DoseLine dose={shown.dose} /> · {t('inSessions', { count: shown.sessions })}
      </p>
      {shown.easedFor ? (
        <p className="review-eased" data-testid="review-eased">
          {t(`easedForPain.${shown.easedFor}`)}
        </p>
      ) : null}
      <details className="review-change">
        <summary>{t('change')}</summary>
        <form
          className="review-dose"
          onSubmit={(e) => {
            e.preventDefault();
            onSave(withChange(edits, shown.exerciseId, dose(), note));
          }}
        >
          <fieldset>
            <legend>{t('dose')}</legend>
            <div className="review-numbers">
              <TextField
                look="plain"
                label={t('sets')}
                type="number"
                inputMode="numeric"
                min={1}
                max={10}
                value={sets}
                onChange={setSets}
              />
              {kind === 'reps' ? (
                <TextField
                  look="plain"
                  label={t('reps')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={50}
                  value={reps}
                  onChange={setReps}
                />
              ) : null}
              {hasHold ? (
                <TextField
                  look="plain"
                  label={t('hold')}
                  type="number"
                  inputMode="numeric"
                  min={5}
                  max={180}
                  value={hold}
                  onChange={setHold}
                />
              ) : null}
            </div>
            <label className="choice">
              <input type="checkbox" checked={perSide} onChange={(e) => setPerSide(e.target.checked)} />
              {t('perSide')}
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor={`note-${shown.exerciseId}`}>{t('note')}</label>
            <textarea
              id={`note-${shown.exerciseId}`}
              maxLength={500}
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('saveExercise')}
          </button>
        </form>
        <div className="review-swap">
          <SelectField
            look="plain"
            label={t('replaceWith')}
            value={by}
            onChange={setBy}
            options={library
              .filter((l) => !l.excludedBecause)
              .map((l) => ({
                value: l.exerciseId,
                label: exerciseById(l.exerciseId)?.name[lang] ?? l.exerciseId,
              }))}
          >
            <option value="">{t('choose')}</option>
          </SelectField>
          <button
            type="button"
            className="button"
            disabled={busy || !by}
            onClick={() => onSave(withReplaced(edits, shown.exerciseId, by))}
          >
            {t('replace')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onSave(withRemoved(edits, shown.exerciseId))}
          >
            {t('remove', { name })}
          </button>
        </div>
      </details>
      {outcome}
    </article>
  );
}
