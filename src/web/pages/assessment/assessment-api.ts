import type { AnswerValue, AssessmentResult } from '../../../domain/assessment/index.js';
import { api } from '../../api.js';

export interface SavedAssessment {
  id: string;
  createdAt: string;
  language: 'en' | 'es';
  questionnaireVersion: string;
  scoringVersion: string;
  answers: Record<string, AnswerValue>;
  result: AssessmentResult;
}

export const submitAssessment = (answers: Record<string, AnswerValue>, language: 'en' | 'es') =>
  api<SavedAssessment>('/api/assessments', { method: 'POST', body: { language, answers } });

export const fetchAssessment = (id: string, signal?: AbortSignal) =>
  api<SavedAssessment>(`/api/assessments/${encodeURIComponent(id)}`, { signal });

export const fhirExportUrl = (id: string) => `/api/assessments/${encodeURIComponent(id)}/fhir`;
