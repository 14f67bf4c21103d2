import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The way from a booking (or a patient list) to the review of that patient's programme. */
export function ReviewLink({ clinicId, personId }: { clinicId: string; personId: string }) {
  const { t } = useTranslation('review');
  return (
    <Link
      href={`/clinic/review/${encodeURIComponent(clinicId)}/${encodeURIComponent(personId)}`}
      className="button"
    >
      {t('open')}
    </Link>
  );
}
