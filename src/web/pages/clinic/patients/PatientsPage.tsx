import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatLocale, toLanguage } from '../../../../domain/i18n.js';
import { usePageTitle } from '../../../use-page-title.js';
import { PatientCard } from './PatientCard.js';
import { type PatientsState, useStaffPatients } from './use-staff-patients.js';
import '../../care/care.css';
import './patients.css';

/** Dates of the patient's calendar, in the reader's language. */
export function useFormatDate() {
  const { i18n } = useTranslation('patients');
  const fmt = new Intl.DateTimeFormat(formatLocale(toLanguage(i18n.language)), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return (d: string) => fmt.format(new Date(`${d}T12:00:00Z`));
}

/** "My patients": who shares progress with the clinic, those who may need the practitioner first. */
export function PatientsPage() {
  const { t } = useTranslation('patients');
  usePageTitle(t('title'));
  const { state, markHandled } = useStaffPatients();
  const formatDate = useFormatDate();
  return (
    <div className="page patients-page">
      <h1>{t('title')}</h1>
      <Status state={state} />
      {state.kind === 'ready' && (
        <>
          <p className="care-hint">{t('lead', { clinic: state.clinicName })}</p>
          <p className="patients-count">
            {t('needYou', { count: state.list.patients.filter((p) => p.flags.length).length })}
          </p>
          {state.list.patients.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ul className="patients-list">
              {state.list.patients.map((p) => (
                <li key={p.personId}>
                  <PatientCard patient={p} formatDate={formatDate} onHandle={(f) => markHandled(p, f)} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

export function Status({ state }: { state: PatientsState }) {
  const { t } = useTranslation('patients');
  if (state.kind === 'loading') return <p className="loading">{t('loading')}</p>;
  if (state.kind === 'signed-out')
    return (
      <p>
        {t('signedOut')} <Link href="/clinic">{t('signIn')}</Link>
      </p>
    );
  if (state.kind === 'not-staff') return <p role="alert">{t('notStaff')}</p>;
  if (state.kind === 'error')
    return (
      <p role="alert" className="care-error">
        {state.message}
      </p>
    );
  return null;
}
