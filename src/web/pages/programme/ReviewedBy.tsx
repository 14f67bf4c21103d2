import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { z } from 'zod';
import type { patientReviewSchema } from '../../../contract/programme-review.js';
import { exerciseById } from '../../../domain/content/index.js';
import { toLanguage } from '../../../domain/i18n.js';
import { api } from '../../api.js';
import { formatDate } from './programme-api.js';

type Review = NonNullable<z.infer<typeof patientReviewSchema>['review']>;

/** "Reviewed by <practitioner> on <date>", with their notes: shown once a practitioner reviewed the plan. */
export function ReviewedBy({ programmeId, updatedAt }: { programmeId: string; updatedAt: string }) {
  const { t, i18n } = useTranslation('review');
  const lang = toLanguage(i18n.language);
  const [review, setReview] = useState<Review | null>(null);
  useEffect(() => {
    let live = true;
    // Reloaded whenever the programme changes (updatedAt), e.g. after new preferences.
    void updatedAt;
    api<typeof patientReviewSchema>(`/api/programmes/${encodeURIComponent(programmeId)}/review`)
      .then((r) => live && setReview(r.review))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [programmeId, updatedAt]);
  if (!review) return null;
  const date = formatDate(review.reviewedAt.slice(0, 10), lang, true);
  return (
    <section className="card reviewed-by" aria-labelledby="reviewed-by-title">
      <h2 id="reviewed-by-title">{t('patient.title')}</h2>
      <p>
        {review.clinicName
          ? t('patient.byAt', { name: review.reviewerName, clinic: review.clinicName, date })
          : t('patient.by', { name: review.reviewerName, date })}
      </p>
      {review.planNote ? (
        <>
          <h3>{t('patient.planNote')}</h3>
          <p className="reviewed-note">{review.planNote}</p>
        </>
      ) : null}
      {review.exerciseNotes.length > 0 ? (
        <details>
          <summary>{t('patient.exerciseNotes')}</summary>
          <ul>
            {review.exerciseNotes.map((n) => (
              <li key={n.exerciseId}>
                <strong>{exerciseById(n.exerciseId)?.name[lang] ?? n.exerciseId}</strong>: {n.note}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <Link href="/programme/handout" className="button">
        {t('handout.open')}
      </Link>
      {review.nextReviewDate ? (
        <p>{t('patient.nextReview', { date: formatDate(review.nextReviewDate, lang, true) })}</p>
      ) : null}
    </section>
  );
}
