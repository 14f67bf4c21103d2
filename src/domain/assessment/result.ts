import { z } from 'zod';
import { RED_FLAG_IDS, URGENCIES } from './red-flags.js';
import { SOURCE_IDS, type SourceId } from './sources.js';

/**
 * The result of an assessment, as a zod schema (the API's response schema and the property
 * tests' oracle) with the TypeScript types inferred from it. Programme generation builds on
 * `selfCareAllowed`, `exerciseRestrictions`, `pattern`, `sittingHoursPerDay` and `pregnancyWeeks`.
 */
export { SCORING_VERSION } from './scoring-version.js';

const localized = z.object({ en: z.string().min(1), es: z.string().min(1) });
const sourceId = z.enum(SOURCE_IDS as [SourceId, ...SourceId[]]);

/** Why a conclusion was drawn: the answers (item ids) that produced it and the rule's sources. */
export const basisSchema = z.object({
  answers: z.array(z.string()),
  sources: z.array(sourceId).min(1),
  text: localized,
});

export const EXERCISE_RESTRICTIONS = [
  'no-exercise-until-cleared',
  'no-foam-rolling',
  'foam-rolling-with-care',
  'pregnancy-first-trimester',
  'pregnancy-second-trimester',
  'pregnancy-third-trimester',
  'no-long-supine',
  'no-lunges-painful',
  'no-back-bends-painful',
  'no-thomas-painful',
  'no-kneeling',
  'gentle-start',
  'postpartum-not-cleared',
  'postpartum-abdominal-separation',
] as const;
export type ExerciseRestriction = (typeof EXERCISE_RESTRICTIONS)[number];

export const CONTRIBUTING_FACTORS = [
  'prolonged-sitting',
  'desk-work',
  'leg-crossing',
  'posture',
  'stress',
  'hydration',
  'running-cycling',
  'recent-injury',
  'pregnancy',
  'after-birth',
] as const;
export type ContributingFactorId = (typeof CONTRIBUTING_FACTORS)[number];

export const NEXT_STEPS = [
  'emergency-department-now',
  'doctor-today',
  'maternity-care-today',
  'doctor-within-days',
  'ask-about-rheumatology',
  'midwife-before-exercise',
  'self-care-programme',
  'see-physiotherapist',
  'talk-about-worries',
  'reassess-in-4-to-6-weeks',
  'sciatica-assessment',
  'belly-symptoms-check',
  'hip-tendon-check',
  'pregnancy-stop-signs',
  'postpartum-clearance-first',
  'postpartum-return',
] as const;
export type NextStepId = (typeof NEXT_STEPS)[number];

export const PROFESSIONALS = [
  'emergency-department',
  'family-doctor',
  'rheumatologist',
  'midwife-or-obstetrician',
  'physiotherapist-or-chiropractor',
  'doctor-or-physiotherapist',
  'none',
] as const;

export const LEVELS = ['low', 'moderate', 'high'] as const;

export const redFlagSchema = z.object({
  id: z.enum(RED_FLAG_IDS),
  condition: z.enum([
    'cauda-equina',
    'cord-compression',
    'fracture',
    'infection',
    'cancer',
    'inflammatory-back-pain',
    'pregnancy-warning',
    'aortic-aneurysm',
    'visceral',
    'sciatica',
  ]),
  urgency: z.enum(URGENCIES),
  advice: localized,
  answers: z.array(z.string()).min(1),
  sources: z.array(sourceId).min(1),
});

export const assessmentResultSchema = z.object({
  /**
   * The scoring version that produced it. A stored result of an earlier version stays readable
   * (a programme can still be made from it): versions only add codes, never remove or rename.
   */
  scoringVersion: z.string().min(1),
  /** False when the person stopped early (after a red flag) or skipped required items. */
  complete: z.boolean(),
  redFlags: z.array(redFlagSchema),
  highestUrgency: z.enum([...URGENCIES, 'none']),
  /** False on any emergency or urgent flag, or when a clinician said not to exercise. */
  selfCareAllowed: z.boolean(),
  psoasLikelihood: z.object({ level: z.enum(LEVELS), points: z.number().int().min(0), because: basisSchema }),
  pattern: z.object({
    kind: z.enum(['tight-short', 'weak', 'both', 'unclear']),
    confidence: z.enum(LEVELS),
    tightPoints: z.number().int().min(0),
    weakPoints: z.number().int().min(0),
    because: basisSchema,
  }),
  contributingFactors: z.array(
    z.object({
      id: z.enum(CONTRIBUTING_FACTORS),
      weight: z.number().int().min(1).max(3),
      because: basisSchema,
    }),
  ),
  obstacles: z.object({
    level: z.enum(['low', 'medium', 'high']),
    score: z.number().int().min(0).max(20),
    answered: z.number().int().min(0).max(5),
    meaning: localized,
    because: basisSchema,
  }),
  exerciseRestrictions: z.array(z.object({ code: z.enum(EXERCISE_RESTRICTIONS), because: basisSchema })),
  painNow: z.number().int().min(0).max(10).nullable(),
  painWorstWeek: z.number().int().min(0).max(10).nullable(),
  /** Mean of the patient-specific functional scale (0–10), null when no activity was rated. */
  functionScore: z.number().min(0).max(10).nullable(),
  sittingHoursPerDay: z.number().min(0).max(24).nullable(),
  pregnancyWeeks: z.number().int().min(1).max(42).nullable(),
  nextSteps: z.array(
    z.object({
      id: z.enum(NEXT_STEPS),
      professional: z.enum(PROFESSIONALS),
      because: basisSchema,
    }),
  ),
  /** Every conclusion above with its basis, in reading order, for display and print. */
  explanations: z.array(z.object({ conclusion: z.string(), because: basisSchema })),
});

export type Basis = z.infer<typeof basisSchema>;
export type RedFlagResult = z.infer<typeof redFlagSchema>;
export type AssessmentResult = z.infer<typeof assessmentResultSchema>;
export type PsoasLikelihood = AssessmentResult['psoasLikelihood'];
export type PsoasPattern = AssessmentResult['pattern'];
export type PatternKind = PsoasPattern['kind'];
export type Level = (typeof LEVELS)[number];
export type ObstaclesLevel = AssessmentResult['obstacles']['level'];
export type ContributingFactor = AssessmentResult['contributingFactors'][number];
export type RestrictionEntry = AssessmentResult['exerciseRestrictions'][number];
export type NextStep = AssessmentResult['nextSteps'][number];
export type Professional = (typeof PROFESSIONALS)[number];
