import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The way from the clinic page to "My patients". */
export function PatientsLink() {
  const { t } = useTranslation('patients');
  return (
    <p className="patients-link">
      <Link href="/clinic/patients" className="button">
        {t('title')}
      </Link>
    </p>
  );
}
