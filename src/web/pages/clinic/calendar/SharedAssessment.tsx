import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { sharedAssessmentSchema } from '../../../../contract/staff.js';
import { formatLocale, toLanguage } from '../../../../domain/i18n.js';
import { api } from '../../../api.js';

type AssessmentSummary = z.infer<typeof sharedAssessmentSchema>;

/** Loaded on request only: every staff read of a patient's assessment is audited. */
export function SharedAssessment({ clinicId, bookingId }: { clinicId: string; bookingId: string }) {
  const { t, i18n } = useTranslation('clinic');
  const [summary, setSummary] = useState<AssessmentSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    api<typeof sharedAssessmentSchema>(`/api/staff/clinics/${clinicId}/bookings/${bookingId}/assessment`)
      .then(setSummary)
      .catch((e: unknown) => setError((e as Error).message));
  if (error) return <p className="care-error">{error}</p>;
  if (!summary)
    return (
      <button type="button" className="button" onClick={() => void load()}>
        {t('assessment.show')}
      </button>
    );
  const date = new Intl.DateTimeFormat(formatLocale(toLanguage(i18n.language)), {
    dateStyle: 'medium',
  }).format(new Date(summary.createdAt));
  return (
    <dl className="clinic-assessment" aria-label={t('assessment.title', { date })}>
      <dt>{t('assessment.urgency')}</dt>
      <dd>{summary.highestUrgency}</dd>
      <dt>{t('assessment.selfCare')}</dt>
      <dd>{summary.selfCareAllowed ? t('assessment.yes') : t('assessment.no')}</dd>
      <dt>{t('assessment.likelihood')}</dt>
      <dd>{summary.psoasLikelihood}</dd>
      <dt>{t('assessment.pattern')}</dt>
      <dd>{summary.pattern}</dd>
    </dl>
  );
}
