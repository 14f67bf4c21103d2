import { useTranslation } from 'react-i18next';
import { exerciseById } from '../../../../domain/content/index.js';
import { toLanguage } from '../../../../domain/i18n.js';
import type { Session } from '../../../../domain/programme/types.js';
import { ExerciseFigure } from '../../../components/figure/ExerciseFigure.js';
import { formatDate } from '../../programme/programme-api.js';
import { DoseLine } from './DoseLine.js';
import { comingExercises } from './edits.js';
import './handout.css';

export interface HandoutData {
  clinicName: string | null;
  reviewerName: string | null;
  reviewedAt: string | null;
  planNote: string | null;
  nextReviewDate: string | null;
  notes: { exerciseId: string; note: string }[];
  sessions: Session[];
  fromDate: string;
  weekdays: number[];
  minutesPerSession: number;
}

/**
 * A printable programme (the browser's print or "Save as PDF"): the clinic's name as letterhead,
 * each exercise of the coming sessions with its picture, dose and the practitioner's note.
 */
export function Handout({ data }: { data: HandoutData }) {
  const { t, i18n } = useTranslation('review');
  const lang = toLanguage(i18n.language);
  const shown = comingExercises(data.sessions, data.fromDate);
  const note = (id: string) => data.notes.find((n) => n.exerciseId === id)?.note;
  return (
    <article className="handout" aria-labelledby="handout-title">
      <header className="handout-letterhead">
        <p className="handout-clinic">{data.clinicName ?? 'Psoas'}</p>
        <h1 id="handout-title">{t('handout.title')}</h1>
        {data.reviewerName && data.reviewedAt ? (
          <p>
            {t('patient.by', {
              name: data.reviewerName,
              date: formatDate(data.reviewedAt.slice(0, 10), lang, true),
            })}
          </p>
        ) : null}
        <p>
          {t('handout.when', {
            days: data.weekdays.map((d) => t(`weekday.${d}`)).join(', '),
            minutes: data.minutesPerSession,
          })}
        </p>
      </header>
      {data.planNote ? <p className="handout-note">{data.planNote}</p> : null}
      <button type="button" className="button primary no-print" onClick={() => window.print()}>
        {t('handout.print')}
      </button>
      <ol className="handout-list">
        {shown.map((s) => {
          const name = exerciseById(s.exerciseId)?.name[lang] ?? s.exerciseId;
          return (
            <li key={s.exerciseId} className="handout-exercise">
              <ExerciseFigure
                exerciseId={s.exerciseId}
                title={name}
                playing={false}
                className="handout-figure"
              />
              <div>
                <h2>{name}</h2>
                <p>
                  <DoseLine dose={s.dose} />
                </p>
                {note(s.exerciseId) ? <p className="handout-note">{note(s.exerciseId)}</p> : null}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="handout-safety">{t('handout.safety')}</p>
      {data.nextReviewDate ? (
        <p>{t('patient.nextReview', { date: formatDate(data.nextReviewDate, lang, true) })}</p>
      ) : null}
    </article>
  );
}
