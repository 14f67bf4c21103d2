import type { z } from 'zod';
import type { flagSchema, patientListSchema, patientSummarySchema } from '../../../../contract/patients.js';

export type PatientList = z.infer<typeof patientListSchema>;
export type PatientSummary = z.infer<typeof patientSummarySchema>;
export type PatientFlag = z.infer<typeof flagSchema>;

export const patientsPath = (clinicId: string) => `/api/staff/clinics/${clinicId}/patients`;
export const handledPath = (clinicId: string, personId: string, flagId: string) =>
  `${patientsPath(clinicId)}/${personId}/flags/${encodeURIComponent(flagId)}/handled`;
/**
 * Where a flag's detail is: the patient's page, at their shared progress (pain, sessions and
 * check-ins are all there; `target` names the part for when the page grows sections per part).
 */
export const detailPath = (personId: string, target?: PatientFlag['target']) =>
  `/clinic/patients/${personId}${target ? '#progress' : ''}`;
