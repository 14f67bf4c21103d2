import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicView } from '../care/care-api.js';
import { ClosuresEditor } from './settings/ClosuresEditor.js';
import { HoursEditor } from './settings/HoursEditor.js';
import { PoliciesEditor } from './settings/PoliciesEditor.js';
import { ServiceEditor } from './settings/ServiceEditor.js';
import { saveSettings } from './settings/settings-api.js';
import { TimeOffEditor } from './settings/TimeOffEditor.js';
import { WorkingHoursEditor } from './settings/WorkingHoursEditor.js';
import './settings/settings.css';

/**
 * Clinic admin: weekly hours with breaks, each practitioner's working hours, closures and holidays, booking policies, practitioners'
 * time off, services and prices. Each part saves on its own and says so beside its button.
 */
export function ClinicSettings({ clinic, onSaved }: { clinic: ClinicView; onSaved(): Promise<void> }) {
  const { t } = useTranslation('settings');
  const save = useMemo(() => saveSettings(clinic.id), [clinic.id]);
  return (
    <section aria-labelledby="settings-title" className="card clinic-settings">
      <h2 id="settings-title">{t('title')}</h2>
      <HoursEditor clinic={clinic} save={save} onSaved={onSaved} />
      <WorkingHoursEditor clinic={clinic} save={save} onSaved={onSaved} />
      <ClosuresEditor clinic={clinic} save={save} onSaved={onSaved} />
      <PoliciesEditor clinic={clinic} save={save} onSaved={onSaved} />
      <TimeOffEditor clinic={clinic} save={save} onSaved={onSaved} />
      <section className="settings-section" aria-labelledby="settings-services-title">
        <h3 id="settings-services-title">{t('services.title')}</h3>
        <p className="care-hint">{t('services.hint')}</p>
        <ul className="settings-services">
          {clinic.services.map((s) => (
            <li key={s.id}>
              <ServiceEditor service={s} save={save} onSaved={onSaved} />
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
