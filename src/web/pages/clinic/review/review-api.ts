import type { z } from 'zod';
import type {
  editRefusalSchema,
  practitionerEditsSchema,
  programmeReviewSchema,
} from '../../../../contract/programme-review.js';
import type { PractitionerEdits } from '../../../../domain/programme/review.js';
import { api } from '../../../api.js';

export type ReviewView = z.infer<typeof programmeReviewSchema>;
export type EditRefusal = z.infer<typeof editRefusalSchema>;
export type { PractitionerEdits };

const url = (clinicId: string, patientId: string) =>
  `/api/staff/clinics/${encodeURIComponent(clinicId)}/patients/${encodeURIComponent(patientId)}/programme`;

export const loadReview = (clinicId: string, patientId: string) =>
  api<typeof programmeReviewSchema>(url(clinicId, patientId));

export const saveReview = (clinicId: string, patientId: string, edits: PractitionerEdits) =>
  api<typeof programmeReviewSchema, typeof practitionerEditsSchema>(url(clinicId, patientId), {
    method: 'PUT',
    body: edits as z.input<typeof practitionerEditsSchema>,
  });
