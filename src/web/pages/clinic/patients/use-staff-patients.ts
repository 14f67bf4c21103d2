import { useCallback, useEffect, useState } from 'react';
import type { patientListSchema } from '../../../../contract/patients.js';
import type { membershipListSchema } from '../../../../contract/staff.js';
import { ApiError, api } from '../../../api.js';
import { handledPath, type PatientList, type PatientSummary, patientsPath } from './patients-api.js';

export type PatientsState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'not-staff' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; clinicId: string; clinicName: string; list: PatientList };

/** The staff member's first clinic and its list of patients; `markHandled` updates one patient. */
export function useStaffPatients() {
  const [state, setState] = useState<PatientsState>({ kind: 'loading' });
  const load = useCallback(async () => {
    try {
      const memberships = await api<typeof membershipListSchema>('/api/staff/clinics');
      const m = memberships[0];
      if (!m) {
        setState({ kind: 'not-staff' });
        return;
      }
      const list = await api<typeof patientListSchema>(patientsPath(m.clinicId));
      setState({ kind: 'ready', clinicId: m.clinicId, clinicName: m.clinicName, list });
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) setState({ kind: 'signed-out' });
      else setState({ kind: 'error', message: (e as Error).message });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const markHandled = useCallback(
    async (patient: PatientSummary, flagId: string): Promise<void> => {
      if (state.kind !== 'ready') return;
      const answer = await api<typeof patientListSchema>(
        handledPath(state.clinicId, patient.personId, flagId),
        {
          method: 'POST',
          body: {},
        },
      );
      const updated = answer.patients[0];
      // The patient keeps their place until the next load, so the list does not jump under the finger.
      setState((s) =>
        s.kind === 'ready' && updated
          ? {
              ...s,
              list: {
                ...s.list,
                patients: s.list.patients.map((p) => (p.personId === updated.personId ? updated : p)),
              },
            }
          : s,
      );
    },
    [state],
  );
  return { state, markHandled };
}
