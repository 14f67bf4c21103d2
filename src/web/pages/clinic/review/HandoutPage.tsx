import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { DEFAULT_WEEKDAYS } from '../../../../domain/programme/generate.js';
import { usePageTitle } from '../../../use-page-title.js';
import { Handout, type HandoutData } from './Handout.js';
import { loadReview } from './review-api.js';

/** /clinic/review/:clinicId/:patientId/handout — the staff side's printable programme. */
export function HandoutPage() {
  const { t } = useTranslation('review');
  const { clinicId = '', patientId = '' } = useParams<{ clinicId: string; patientId: string }>();
  const [data, setData] = useState<HandoutData | 'missing' | null>(null);
  usePageTitle(t('handout.title'));
  useEffect(() => {
    loadReview(clinicId, patientId)
      .then((v) => {
        const edits = v.review?.edits;
        setData({
          clinicName: v.clinicName,
          reviewerName: v.review?.reviewerName ?? null,
          reviewedAt: v.review?.reviewedAt ?? null,
          planNote: edits?.planNote ?? null,
          nextReviewDate: edits?.nextReviewDate ?? null,
          notes: (edits?.exercises ?? []).flatMap((e) =>
            e.kind !== 'remove' && e.note
              ? [{ exerciseId: e.kind === 'replace' ? e.by : e.exerciseId, note: e.note }]
              : [],
          ),
          sessions: v.programme.sessions,
          fromDate: v.fromDate,
          weekdays:
            v.programme.preferences.weekdays ?? DEFAULT_WEEKDAYS[v.programme.preferences.daysPerWeek] ?? [],
          minutesPerSession: v.programme.preferences.minutesPerSession,
        });
      })
      .catch(() => setData('missing'));
  }, [clinicId, patientId]);
  if (data === null) return <p aria-busy="true">{t('loading')}</p>;
  if (data === 'missing') return <p role="alert">{t('notShared')}</p>;
  return (
    <div className="page">
      <Handout data={data} />
    </div>
  );
}
