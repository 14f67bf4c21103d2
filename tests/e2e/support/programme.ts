import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import type { Answers } from '../../../src/domain/assessment/answers.js';
import { plainBackPain } from '../../../src/domain/assessment/vignettes/plain-back-pain.js';
import type { Language } from '../../../src/domain/i18n.js';
import type { Preferences, StoredProgramme } from '../../../src/domain/programme/types.js';

/**
 * What a person does before any programme page: answer the self-assessment, then ask for a
 * programme. The request context carries the person (guest cookie or signed-in session); by
 * default the answers are the plain back-pain vignette's and the programme is 10 minutes, 3 days
 * a week on a mat, from Monday 5 January 2026 in Madrid.
 */
export async function startProgramme(
  request: APIRequestContext,
  url: string,
  language: Language,
  options: { answers?: Answers; preferences?: Partial<Preferences> } = {},
): Promise<StoredProgramme> {
  const assessment = await request.post(`${url}/api/assessments`, {
    data: { language, answers: options.answers ?? plainBackPain.answers },
  });
  expect(assessment.status()).toBe(201);
  const { id: assessmentId } = (await assessment.json()) as { id: string };
  const made = await request.post(`${url}/api/programmes`, {
    data: {
      assessmentId,
      preferences: {
        minutesPerSession: 10,
        daysPerWeek: 3,
        equipment: ['mat'],
        startDate: '2026-01-05',
        timeZone: 'Europe/Madrid',
        language,
        ...options.preferences,
      },
    },
  });
  expect(made.status()).toBe(201);
  return (await made.json()) as StoredProgramme;
}
