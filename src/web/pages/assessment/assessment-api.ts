import type { z } from 'zod';
import type { assessmentSchema, submitAssessmentBody } from '../../../contract/assessments.js';
import type { AnswerValue } from '../../../domain/assessment/index.js';
import type { Language } from '../../../domain/i18n.js';
import { api } from '../../api.js';

export type SavedAssessment = z.infer<typeof assessmentSchema>;

export const submitAssessment = (answers: Record<string, AnswerValue>, language: Language) =>
  api<typeof assessmentSchema, typeof submitAssessmentBody>('/api/assessments', {
    method: 'POST',
    body: { language, answers },
  });

export const fetchAssessment = (id: string, signal?: AbortSignal) =>
  api<typeof assessmentSchema>(`/api/assessments/${encodeURIComponent(id)}`, { signal });

export const fhirExportUrl = (id: string) => `/api/assessments/${encodeURIComponent(id)}/fhir`;
