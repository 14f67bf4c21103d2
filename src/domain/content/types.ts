import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n.js';
import { localizedSchema } from '../i18n-schemas.js';
import { EXERCISE_IDS } from './exercise-ids.js';
import { REFERENCE_IDS, SOURCE_IDS } from './source-ids.js';

export * from './source-ids.js';
export * from './text.js';

/**
 * A content text in every language. A translation equal to the English text is almost always a
 * forgotten one, so it is rejected.
 */
export const textSchema = localizedSchema(z.string().trim().min(1))
  .strict()
  .refine((t) => LANGUAGES.every((l) => l === DEFAULT_LANGUAGE || t[l] !== t[DEFAULT_LANGUAGE]), {
    message: 'a translation equals the English text',
  });

export const sourcesSchema = z.array(z.enum(SOURCE_IDS)).min(1);
const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const sourceSchema = z
  .object({
    id: z.enum(SOURCE_IDS),
    file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
    /** Kept in its original language: it is the article's own title. */
    title: z.string().min(1),
    /** The author's name when the article gives one. */
    author: z.string().min(1).optional(),
    authorKind: textSchema,
    adds: textSchema,
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const referenceSchema = z
  .object({ id: z.enum(REFERENCE_IDS), citation: z.string().min(1), about: textSchema })
  .strict();
export type Reference = z.infer<typeof referenceSchema>;

export const anatomyItemSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['muscle', 'muscle-group', 'attachment', 'measure', 'action', 'relation']),
    name: textSchema,
    text: textSchema,
    sources: sourcesSchema,
  })
  .strict();
export type AnatomyItem = z.infer<typeof anatomyItemSchema>;

export const mechanismSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    /** Each link of the chain, in order: cause → … → consequence. */
    chain: z.array(textSchema).min(2),
    text: textSchema,
    sources: sourcesSchema,
  })
  .strict();
export type Mechanism = z.infer<typeof mechanismSchema>;

export const conditionSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    text: textSchema,
    seeProfessional: textSchema,
    sources: sourcesSchema,
  })
  .strict();
export type Condition = z.infer<typeof conditionSchema>;

export const symptomSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    area: z.enum(['back', 'hip', 'leg', 'abdomen', 'pelvis', 'posture', 'general']),
    text: textSchema,
    sources: sourcesSchema,
  })
  .strict();
export type Symptom = z.infer<typeof symptomSchema>;

export const causeSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    kind: z.enum(['habit', 'posture', 'load', 'body', 'mind']),
    text: textSchema,
    sources: sourcesSchema,
  })
  .strict();
export type Cause = z.infer<typeof causeSchema>;

export const selfTestSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    steps: z.array(textSchema).min(2),
    whatItMeans: textSchema,
    safety: textSchema,
    /** The exercise whose figure shows the position, when there is one. */
    exerciseId: z.enum(EXERCISE_IDS).optional(),
    sources: sourcesSchema,
  })
  .strict();
export type SelfTest = z.infer<typeof selfTestSchema>;

export const habitSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    target: textSchema,
    why: textSchema,
    /** Machine-readable cadence for plans and reminders. */
    frequency: z.enum(['daily', 'weekly', 'hourly-while-sitting', 'ongoing']),
    minutes: z.number().int().positive().optional(),
    sources: sourcesSchema,
  })
  .strict();
export type Habit = z.infer<typeof habitSchema>;

export const EVIDENCE_VERDICTS = [
  'recommended',
  'recommended-with-exercise',
  'recommended-against',
  'not-assessed',
] as const;
export type EvidenceVerdict = (typeof EVIDENCE_VERDICTS)[number];

export const treatmentSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    whatHappens: textSchema,
    whoProvides: textSchema,
    evidence: z
      .object({
        verdict: z.enum(EVIDENCE_VERDICTS),
        text: textSchema,
        references: z.array(z.enum(REFERENCE_IDS)),
      })
      .strict(),
    sources: sourcesSchema,
  })
  .strict();
export type Treatment = z.infer<typeof treatmentSchema>;
