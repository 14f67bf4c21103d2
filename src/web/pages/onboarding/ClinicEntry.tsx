import { lazy, Suspense, useEffect, useState } from 'react';
import type { setupStatusSchema } from '../../../contract/onboarding.js';
import { api } from '../../api.js';
import { StaffInviteLink } from './StaffInviteLink.js';

const ClinicPage = lazy(() => import('../clinic/ClinicPage.js').then((m) => ({ default: m.ClinicPage })));
const SetupPage = lazy(() => import('./SetupPage.js').then((m) => ({ default: m.SetupPage })));

/** /clinic: the first run while the installation has no clinic, the staff dashboard after. */
export function ClinicEntry() {
  const [needed, setNeeded] = useState<boolean | null>(null);
  useEffect(() => {
    api<typeof setupStatusSchema>('/api/setup').then(
      (s) => setNeeded(s.needed),
      () => setNeeded(false),
    );
  }, []);
  if (needed === null) return null;
  return (
    <Suspense fallback={null}>
      {needed ? (
        <SetupPage onDone={() => setNeeded(false)} />
      ) : (
        <>
          <ClinicPage />
          <StaffInviteLink />
        </>
      )}
    </Suspense>
  );
}
