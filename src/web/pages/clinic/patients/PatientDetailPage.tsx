import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { usePageTitle } from '../../../use-page-title.js';
import { SharedProgress } from '../SharedProgress.js';
import { PatientCard } from './PatientCard.js';
import { PatientMessages } from './PatientMessages.js';
import { Status, useFormatDate } from './PatientsPage.js';
import { useStaffPatients } from './use-staff-patients.js';
import '../../care/care.css';
import './patients.css';

/** One patient of "My patients": open flags, messages and shared progress (each read audited). */
export function PatientDetailPage() {
  const { t } = useTranslation(['patients', 'clinic']);
  const { personId } = useParams<{ personId: string }>();
  const { state, markHandled } = useStaffPatients();
  const formatDate = useFormatDate();
  const patient =
    state.kind === 'ready' ? state.list.patients.find((p) => p.personId === personId) : undefined;
  const name = patient ? (patient.name ?? t('noName')) : t('title');
  usePageTitle(name);
  return (
    <div className="page patients-page">
      <p>
        <Link href="/clinic/patients">{t('back')}</Link>
      </p>
      <h1>{name}</h1>
      <Status state={state} />
      {state.kind === 'ready' && !patient && <p role="alert">{t('notSharing')}</p>}
      {patient && (
        <>
          <PatientCard
            patient={patient}
            formatDate={formatDate}
            onHandle={(f) => markHandled(patient, f)}
            headingLevel={2}
            title={t('now')}
          />
          {state.kind === 'ready' && (
            <PatientMessages clinicId={state.clinicId} personId={patient.personId} patientName={name} />
          )}
          <section aria-labelledby="shared-progress" id="progress" className="patients-progress">
            <h2 id="shared-progress">{t('progressTitle')}</h2>
            <SharedProgress personId={patient.personId} patientName={name} />
          </section>
        </>
      )}
    </div>
  );
}
