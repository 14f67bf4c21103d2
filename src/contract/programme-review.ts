import { z } from 'zod';
import { EXERCISE_IDS } from '../domain/content/exercise-ids.js';
import type { PractitionerEdits } from '../domain/programme/review.js';
import { isoDate, problemSchema, text, uuid } from './common.js';
import { storedProgrammeSchema } from './programmes.js';

/**
 * A practitioner's review of a patient's programme (routes/programme-review.ts,
 * docs/programme.md "Practitioner review").
 */

export const programmeReviewParams = z.object({ clinicId: uuid, patientId: uuid }).strict();

const exerciseId = z.enum(EXERCISE_IDS);
const weekday = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
  z.literal(7),
]);
const note = text({ max: 500, min: 1, multiline: true });

export const doseChangeSchema = z
  .object({
    sets: z.number().int().min(1).max(10).optional(),
    reps: z.number().int().min(1).max(50).optional(),
    holdSeconds: z.number().int().min(5).max(180).optional(),
    perSide: z.boolean().optional(),
  })
  .strict();

const editSchemas = (exerciseId: z.ZodType<string>) => {
  const exercise = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('remove'), exerciseId }).strict(),
    z
      .object({
        kind: z.literal('add'),
        exerciseId,
        dose: doseChangeSchema.optional(),
        note: note.optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('replace'),
        exerciseId,
        by: exerciseId,
        dose: doseChangeSchema.optional(),
        note: note.optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('change'),
        exerciseId,
        dose: doseChangeSchema.optional(),
        note: note.optional(),
      })
      .strict(),
  ]);
  return z
    .object({
      exercises: z.array(exercise).max(40),
      weekdays: z.array(weekday).min(3).max(7).optional(),
      planNote: text({ max: 1000, min: 1, multiline: true }).optional(),
      nextReviewDate: isoDate.optional(),
    })
    .strict();
};

/** The whole review as the practitioner saves it: it replaces the one before. */
export const practitionerEditsSchema = editSchemas(exerciseId) satisfies z.ZodType<PractitionerEdits>;
/** The same, as stored and returned (exercise ids as plain strings). */
const storedEditsSchema = editSchemas(z.string()) satisfies z.ZodType<PractitionerEdits>;

export const reviewRecordSchema = z.object({
  id: uuid,
  reviewerName: z.string(),
  reviewedAt: z.string(),
  edits: storedEditsSchema,
});

/** What the generator thought of each library exercise for this patient. */
export const libraryEntrySchema = z.object({
  exerciseId: z.string(),
  phase: z.enum(['release', 'stretch', 'strengthen']),
  /** Why it cannot be added (the generator's code), or null. */
  excludedBecause: z.string().nullable(),
});

export const programmeReviewSchema = z.object({
  patientId: uuid,
  /** The clinic in the URL, for the handout's letterhead. */
  clinicName: z.string(),
  /** Today where the patient lives: the edits apply to sessions from this day on. */
  fromDate: z.string(),
  programme: storedProgrammeSchema,
  review: reviewRecordSchema.nullable(),
  library: z.array(libraryEntrySchema),
});

export const editRefusalSchema = z.object({
  index: z.number().int(),
  exerciseId: z.string().nullable(),
  field: z.enum(['weekdays', 'nextReviewDate', 'dose']).optional(),
  reason: z.string(),
});

/** The patient's view of the review in force (GET /api/programmes/:id/review). */
export const patientReviewSchema = z.object({
  review: z
    .object({
      reviewerName: z.string(),
      clinicName: z.string().nullable(),
      reviewedAt: z.string(),
      planNote: z.string().nullable(),
      nextReviewDate: z.string().nullable(),
      exerciseNotes: z.array(z.object({ exerciseId: z.string(), note: z.string() })),
    })
    .nullable(),
});

export { problemSchema };
