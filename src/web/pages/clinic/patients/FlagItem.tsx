import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { detailPath, type PatientFlag } from './patients-api.js';

/** Severity shown three ways: colour, an icon, and a word. */
const ICON: Record<PatientFlag['severity'], string> = { urgent: '⚠', high: '▲', watch: '◷' };

/** One open flag: what happened in words, when, a link to the detail and "Mark handled". */
export function FlagItem({
  flag,
  personId,
  formatDate,
  onHandle,
  busy,
}: {
  flag: PatientFlag;
  personId: string;
  formatDate(d: string): string;
  onHandle(): void;
  busy: boolean;
}) {
  const { t } = useTranslation('patients');
  const words = t(`flag.${flag.code}`, { value: flag.value ?? '' });
  return (
    <li className={`patient-flag patient-flag-${flag.severity}`}>
      <p className="patient-flag-what">
        <span className="patient-flag-badge">
          <span aria-hidden="true">{ICON[flag.severity]}</span> {t(`severity.${flag.severity}`)}
        </span>{' '}
        <strong>{words}</strong>
      </p>
      <p className="patient-flag-when">{t(`when.${flag.code}`, { date: formatDate(flag.date) })}</p>
      <div className="patient-flag-actions">
        <Link href={detailPath(personId, flag.target)} className="button">
          {t('see')}
          <span className="visually-hidden">: {words}</span>
        </Link>
        <button type="button" className="button" onClick={onHandle} disabled={busy}>
          {t('handle')}
          <span className="visually-hidden">: {words}</span>
        </button>
      </div>
    </li>
  );
}
