import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { patientReviewSchema } from '../../../contract/programme-review.js';
import { DEFAULT_WEEKDAYS } from '../../../domain/programme/generate.js';
import { api } from '../../api.js';
import { usePageTitle } from '../../use-page-title.js';
import { Handout, type HandoutData } from '../clinic/review/Handout.js';
import { loadCurrentProgramme, todayLocal } from './programme-api.js';

/** /programme/handout — the patient's own printable programme, with their clinic's letterhead once reviewed. */
export function ProgrammeHandoutPage() {
  const { t } = useTranslation('review');
  const [data, setData] = useState<HandoutData | 'missing' | null>(null);
  usePageTitle(t('handout.title'));
  useEffect(() => {
    (async () => {
      const { programme } = await loadCurrentProgramme();
      if (!programme) return setData('missing');
      const { review } = await api<typeof patientReviewSchema>(
        `/api/programmes/${encodeURIComponent(programme.id)}/review`,
      ).catch((): z.infer<typeof patientReviewSchema> => ({ review: null }));
      setData({
        clinicName: review?.clinicName ?? null,
        reviewerName: review?.reviewerName ?? null,
        reviewedAt: review?.reviewedAt ?? null,
        planNote: review?.planNote ?? null,
        nextReviewDate: review?.nextReviewDate ?? null,
        notes: review?.exerciseNotes ?? [],
        sessions: programme.sessions,
        fromDate: todayLocal(),
        weekdays: programme.preferences.weekdays ?? DEFAULT_WEEKDAYS[programme.preferences.daysPerWeek] ?? [],
        minutesPerSession: programme.preferences.minutesPerSession,
      });
    })().catch(() => setData('missing'));
  }, []);
  if (data === null) return <p aria-busy="true">{t('loading')}</p>;
  if (data === 'missing') return <p role="alert">{t('handout.none')}</p>;
  return (
    <div className="page">
      <Handout data={data} />
    </div>
  );
}
