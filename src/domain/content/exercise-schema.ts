import { z } from 'zod';
import { EXERCISE_IDS } from './exercise-ids.js';
import {
  CONTRAINDICATIONS,
  type Dosage,
  EQUIPMENT,
  type Exercise,
  POSITIONS,
  PURPOSES,
  TARGETS,
  type Variant,
} from './exercise-model.js';
import { sourcesSchema, textSchema } from './types.js';

export * from './exercise-model.js';

const range = (max: number) =>
  z
    .object({ min: z.number().int().positive().max(max), max: z.number().int().positive().max(max) })
    .strict()
    .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

/**
 * How much of an exercise one session holds. Start at the minimum; the progression grows it to
 * the maximum. `fromArticles` is false when the articles give no number and the figure is our own
 * conservative default.
 */
export const dosageSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('hold'),
      holdSeconds: range(600),
      sets: range(10),
      perSide: z.boolean(),
      fromArticles: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('reps'),
      reps: range(50),
      /** Pause at the top of each repetition (leg lifts: 3–5 s). */
      holdSeconds: range(60).optional(),
      /** Seconds one repetition takes without the hold, for timing sessions. */
      secondsPerRep: z.number().positive().max(20),
      sets: range(10),
      perSide: z.boolean(),
      fromArticles: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('duration'),
      durationSeconds: range(7200),
      fromArticles: z.boolean(),
    })
    .strict(),
]);

const variantSchema = z
  .object({
    name: textSchema,
    text: textSchema,
    /** When the variant is an exercise of its own in the library. */
    exerciseId: z.enum(EXERCISE_IDS).optional(),
  })
  .strict();

export const exerciseSchema = z
  .object({
    id: z.enum(EXERCISE_IDS),
    name: textSchema,
    summary: textSchema,
    purpose: z.enum(PURPOSES),
    targets: z.array(z.enum(TARGETS)).min(1),
    equipment: z.array(z.enum(EQUIPMENT)).min(1),
    /** Only for progressions, e.g. ankle weights on the leg lift. */
    optionalEquipment: z.array(z.enum(EQUIPMENT)),
    position: z.enum(POSITIONS),
    steps: z.array(textSchema).min(3),
    dosage: dosageSchema,
    progression: textSchema,
    easier: z.array(variantSchema).min(1),
    harder: z.array(variantSchema).min(1),
    mistakes: z.array(textSchema).min(1),
    safety: z.array(textSchema).min(1),
    contraindications: z.array(z.enum(CONTRAINDICATIONS)),
    pregnancyAlternative: z.enum(EXERCISE_IDS).optional(),
    sources: sourcesSchema,
  })
  .strict()
  .refine((e) => !(e.equipment.includes('none') && e.equipment.length > 1), {
    message: "'none' cannot be combined with other equipment",
    path: ['equipment'],
  })
  .refine((e) => e.pregnancyAlternative !== e.id, {
    message: 'an exercise cannot be its own pregnancy alternative',
    path: ['pregnancyAlternative'],
  });

// The schemas and the plain types must describe the same thing: a change to one without the
// other fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameDosage: Same<z.infer<typeof dosageSchema>, Dosage> = true;
const sameVariant: Same<z.infer<typeof variantSchema>, Variant> = true;
const sameExercise: Same<z.infer<typeof exerciseSchema>, Exercise> = true;
void [sameDosage, sameVariant, sameExercise];
