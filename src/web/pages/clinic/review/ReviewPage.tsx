import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { exerciseById } from '../../../../domain/content/index.js';
import { toLanguage } from '../../../../domain/i18n.js';
import type { PractitionerEdits } from '../../../../domain/programme/review.js';
import { ApiError } from '../../../api.js';
import { usePageTitle } from '../../../use-page-title.js';
import { formatDate } from '../../programme/programme-api.js';
import { AddExercise } from './AddExercise.js';
import { ExerciseCard } from './ExerciseCard.js';
import { comingExercises, editOf, withRestored } from './edits.js';
import { PlanSettings } from './PlanSettings.js';
import { RefusalList } from './RefusalList.js';
import { type EditRefusal, loadReview, type ReviewView, saveReview } from './review-api.js';
import './review.css';

type State =
  | { kind: 'loading' }
  | { kind: 'not-shared' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; view: ReviewView };

/**
 * /clinic/review/:clinicId/:patientId — a practitioner reviews a patient's programme. Every change
 * (a dose, a removal, an addition, the plan's days and notes) is saved at once as the whole review,
 * so nothing waits unsaved; the answer (saved, or why not) appears by the change and takes focus.
 */
export function ReviewPage() {
  const { t, i18n } = useTranslation('review');
  const lang = toLanguage(i18n.language);
  const { clinicId = '', patientId = '' } = useParams<{ clinicId: string; patientId: string }>();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<
    { kind: 'saved'; where: string } | { kind: 'refused'; where: string; refusals: EditRefusal[] } | null
  >(null);
  const status = useRef<HTMLDivElement>(null);
  usePageTitle(t('title'));

  useEffect(() => {
    let live = true;
    loadReview(clinicId, patientId)
      .then((view) => live && setState({ kind: 'ready', view }))
      .catch((e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && e.status === 404) setState({ kind: 'not-shared' });
        else setState({ kind: 'error', message: (e as Error).message });
      });
    return () => {
      live = false;
    };
  }, [clinicId, patientId]);

  useEffect(() => {
    if (outcome) document.getElementById(`outcome-${outcome.where}`)?.focus();
  }, [outcome]);

  const save = useCallback(
    async (edits: PractitionerEdits, where: string) => {
      setBusy(true);
      setOutcome(null);
      try {
        const view = await saveReview(clinicId, patientId, edits);
        setState({ kind: 'ready', view });
        setOutcome({ kind: 'saved', where });
      } catch (e) {
        if (e instanceof ApiError && e.code === 'edit_refused')
          setOutcome({ kind: 'refused', where, refusals: (e.body?.refusals as EditRefusal[]) ?? [] });
        else if (e instanceof ApiError && e.status === 404) setState({ kind: 'not-shared' });
        else setOutcome({ kind: 'refused', where, refusals: [] });
      } finally {
        setBusy(false);
      }
    },
    [clinicId, patientId],
  );

  const outcomeFor = (where: string) =>
    outcome?.where === where ? (
      <div id={`outcome-${where}`} tabIndex={-1} ref={status} className="review-outcome" role="status">
        {outcome.kind === 'saved' ? (
          <p className="review-saved">{t('saved')}</p>
        ) : (
          <RefusalList refusals={outcome.refusals} />
        )}
      </div>
    ) : null;

  if (state.kind === 'loading')
    return (
      <div className="page review">
        <h1>{t('title')}</h1>
        <p aria-busy="true">{t('loading')}</p>
      </div>
    );
  if (state.kind === 'not-shared' || state.kind === 'error')
    return (
      <div className="page review">
        <h1>{t('title')}</h1>
        <p role="alert">{state.kind === 'error' ? state.message : t('notShared')}</p>
        <Link href="/clinic" className="button">
          {t('back')}
        </Link>
      </div>
    );

  const { view } = state;
  const edits: PractitionerEdits = view.review?.edits ?? { exercises: [] };
  const shown = comingExercises(view.programme.sessions, view.fromDate);
  const present = new Set(shown.map((s) => s.exerciseId));
  const removed = edits.exercises.filter((e) => e.kind === 'remove');

  return (
    <div className="page review">
      <h1>{t('title')}</h1>
      <p className="lead">
        {t(`pattern.${view.programme.pattern}`)}{' '}
        {view.review
          ? t('reviewedBy', {
              name: view.review.reviewerName,
              date: formatDate(view.review.reviewedAt.slice(0, 10), lang, true),
            })
          : t('notReviewed')}
      </p>
      <p className="hint">{t('fromToday', { date: formatDate(view.fromDate, lang, true) })}</p>
      <Link
        href={`/clinic/review/${encodeURIComponent(clinicId)}/${encodeURIComponent(patientId)}/handout`}
        className="button"
      >
        {t('handout.open')}
      </Link>

      <section aria-labelledby="review-exercises">
        <h2 id="review-exercises">{t('exercises')}</h2>
        {shown.length === 0 ? <p>{t('noneLeft')}</p> : null}
        <div className="review-list">
          {shown.map((s) => (
            <ExerciseCard
              key={s.exerciseId}
              shown={{ ...s, edit: editOf(edits, s.exerciseId) }}
              edits={edits}
              library={view.library.filter((l) => !present.has(l.exerciseId))}
              busy={busy}
              onSave={(next) => save(next, s.exerciseId)}
              outcome={outcomeFor(s.exerciseId)}
            />
          ))}
        </div>
      </section>

      {removed.length > 0 ? (
        <section aria-labelledby="review-removed" className="card">
          <h2 id="review-removed">{t('removed')}</h2>
          <ul className="review-removed">
            {removed.map((e) => (
              <li key={e.exerciseId}>
                {exerciseById(e.exerciseId)?.name[lang] ?? e.exerciseId}{' '}
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => save(withRestored(edits, e.exerciseId), 'removed')}
                >
                  {t('putBack')}
                </button>
              </li>
            ))}
          </ul>
          {outcomeFor('removed')}
        </section>
      ) : null}

      <AddExercise
        library={view.library.filter((l) => !present.has(l.exerciseId))}
        edits={edits}
        busy={busy}
        onSave={(next) => save(next, 'add')}
        outcome={outcomeFor('add')}
      />

      <PlanSettings
        edits={edits}
        preferences={view.programme.preferences}
        fromDate={view.fromDate}
        busy={busy}
        onSave={(next) => save(next, 'plan')}
        outcome={outcomeFor('plan')}
      />
    </div>
  );
}
