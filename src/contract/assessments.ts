import { z } from 'zod';
import { answersSchema, assessmentResultSchema } from '../domain/assessment/index.js';
import { language, plainStrings } from './common.js';

/** Self-assessments (routes/assessments.ts); the server scores every submission itself. */

// Stored results keep the scoring version they were made with.
/** Results scored by any version (assessmentResultSchema reads earlier ones too). */
export const storedResultSchema = assessmentResultSchema;
export type StoredResult = z.infer<typeof storedResultSchema>;

/** A stored answer: what the questionnaire's item types hold (answers-schema checks each item). */
export const answerValueSchema = z.union([
  z.boolean(),
  z.number(),
  z.string(),
  z.array(z.string()),
  z.array(z.object({ activity: z.string(), score: z.number() })),
]);

export const assessmentSchema = z.object({
  id: z.string().uuid(),
  createdAt: z.string(),
  language,
  questionnaireVersion: z.string(),
  scoringVersion: z.string(),
  answers: z.record(z.string(), answerValueSchema),
  result: storedResultSchema,
});

export const assessmentSummarySchema = z.object({
  id: z.string().uuid(),
  createdAt: z.string(),
  highestUrgency: z.string(),
  selfCareAllowed: z.boolean(),
  psoasLikelihood: z.string(),
  pattern: z.string(),
});
export const assessmentListSchema = z.array(assessmentSummarySchema);

/** The answers are the domain's; the free text in them (PSFS activities) is checked as text here. */
export const submitAssessmentBody = z
  .object({ language: language.default('en'), answers: answersSchema.superRefine(plainStrings) })
  .strict();

export { fhirBundleSchema } from './fhir.js';
