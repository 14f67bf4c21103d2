import { z } from 'zod';
import {
  CONTRAINDICATIONS,
  dosageSchema,
  EQUIPMENT,
  EVIDENCE_VERDICTS,
  EXERCISE_IDS,
  POSITIONS,
  PURPOSES,
  REFERENCE_IDS,
  SOURCE_IDS,
  TARGETS,
} from '../domain/content/index.js';
import { DEFAULT_LANGUAGE } from '../domain/i18n.js';
import { languageSchema } from '../domain/i18n-schemas.js';
import { text } from './common.js';

/** The knowledge base, localised (routes/content.ts): exercises with their figure, collections. */

export const langQuery = z.object({ lang: languageSchema.default(DEFAULT_LANGUAGE) });
const sourceIds = z.array(z.enum(SOURCE_IDS));
const s = z.string();

const limbSchema = z.object({
  shoulderFlex: z.number(),
  shoulderAbd: z.number(),
  elbow: z.number(),
  wrist: z.number(),
  hipFlex: z.number(),
  hipAbd: z.number(),
  hipRot: z.number(),
  knee: z.number(),
  ankle: z.number(),
});
const keyframeSchema = z.object({
  name: s,
  durationMs: z.number(),
  /** Joint angles in degrees; the body model is src/domain/figure. */
  pose: z.object({
    root: z.object({ x: z.number(), y: z.number(), z: z.number(), pitch: z.number(), turn: z.number() }),
    pelvicTilt: z.number(),
    lumbar: z.number(),
    thoracic: z.number(),
    neck: z.number(),
    near: limbSchema,
    far: limbSchema,
  }),
  /** Length of the modelled psoas on each side in this pose, in cm. */
  psoasLengthCm: z.object({ near: z.number(), far: z.number() }),
});

const variantSchema = z.object({ name: s, text: s, exerciseId: z.enum(EXERCISE_IDS).optional() });
export const exerciseSchema = z.object({
  id: z.enum(EXERCISE_IDS),
  name: s,
  summary: s,
  purpose: z.enum(PURPOSES),
  targets: z.array(z.enum(TARGETS)),
  equipment: z.array(z.enum(EQUIPMENT)),
  optionalEquipment: z.array(z.enum(EQUIPMENT)),
  position: z.enum(POSITIONS),
  steps: z.array(s),
  dosage: dosageSchema,
  estimatedSecondsPerSet: z.number(),
  progression: s,
  easier: z.array(variantSchema),
  harder: z.array(variantSchema),
  mistakes: z.array(s),
  safety: z.array(s),
  contraindications: z.array(z.enum(CONTRAINDICATIONS)),
  pregnancyAlternative: z.enum(EXERCISE_IDS).optional(),
  sources: sourceIds,
  keyframes: z.array(keyframeSchema).min(1),
  transitionMs: z.number(),
  props: z.array(s),
  /** The side the exercise works, when it works one side at a time. */
  side: z.enum(['near', 'far']).optional(),
});

/** The localised shape of each knowledge-base collection: every bilingual text becomes a string. */
export const collectionSchemas = {
  anatomy: z.object({
    id: s,
    kind: z.enum(['muscle', 'muscle-group', 'attachment', 'measure', 'action', 'relation']),
    name: s,
    text: s,
    sources: sourceIds,
  }),
  mechanisms: z.object({ id: s, name: s, chain: z.array(s), text: s, sources: sourceIds }),
  conditions: z.object({ id: s, name: s, text: s, seeProfessional: s, sources: sourceIds }),
  symptoms: z.object({
    id: s,
    name: s,
    area: z.enum(['back', 'hip', 'leg', 'abdomen', 'pelvis', 'posture', 'general']),
    text: s,
    sources: sourceIds,
  }),
  causes: z.object({
    id: s,
    name: s,
    kind: z.enum(['habit', 'posture', 'load', 'body', 'mind']),
    text: s,
    sources: sourceIds,
  }),
  'self-tests': z.object({
    id: s,
    name: s,
    steps: z.array(s),
    whatItMeans: s,
    safety: s,
    exerciseId: z.enum(EXERCISE_IDS).optional(),
    sources: sourceIds,
  }),
  habits: z.object({
    id: s,
    name: s,
    target: s,
    why: s,
    frequency: z.enum(['daily', 'weekly', 'hourly-while-sitting', 'ongoing']),
    minutes: z.number().optional(),
    sources: sourceIds,
  }),
  treatments: z.object({
    id: s,
    name: s,
    whatHappens: s,
    whoProvides: s,
    evidence: z.object({
      verdict: z.enum(EVIDENCE_VERDICTS),
      verdictLabel: s,
      text: s,
      references: z.array(z.enum(REFERENCE_IDS)),
    }),
    sources: sourceIds,
  }),
  sources: z.object({
    id: z.enum(SOURCE_IDS),
    file: s,
    title: s,
    author: s.optional(),
    authorKind: s,
    adds: s,
  }),
  references: z.object({ id: z.enum(REFERENCE_IDS), citation: s, about: s }),
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const exerciseListSchema = z.object({ lang: languageSchema, exercises: z.array(exerciseSchema) });
export const exerciseParams = z.object({ id: text({ min: 1, max: 100 }) });
export const collectionSchema = (name: CollectionName) =>
  z.object({ lang: languageSchema, items: z.array(collectionSchemas[name]) });
