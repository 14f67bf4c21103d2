import { z } from 'zod';
import { languageSchema, localizedTextSchema } from '../i18n-schemas.js';
import { isPlainDate, isTimeZone } from '../time/index.js';
import { STOP_SIGN_SETS } from './stop-signs.js';
import type { Equipment, Preferences, Programme, SessionResult } from './types.js';

/** Equipment a person can have at hand (the content's 'none' is implied, never chosen). */
export const PROGRAMME_EQUIPMENT = [
  'chair',
  'table',
  'exercise-ball',
  'foam-roller',
  'mat',
  'ankle-weights',
] as const satisfies readonly Equipment[];

const plainDate = z.string().refine(isPlainDate, { message: 'expected a date as YYYY-MM-DD' });

const weekday = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
  z.literal(7),
]);

export const preferencesSchema = z
  .object({
    minutesPerSession: z.number().int().min(10).max(60),
    daysPerWeek: z.number().int().min(3).max(7),
    weekdays: z
      .array(weekday)
      .min(3)
      .max(7)
      .refine((days) => new Set(days).size === days.length, { message: 'weekdays must not repeat' })
      .optional(),
    equipment: z
      .array(z.enum(PROGRAMME_EQUIPMENT))
      .refine((items) => new Set(items).size === items.length, { message: 'equipment must not repeat' }),
    startDate: plainDate,
    timeZone: z.string().min(1).max(64).refine(isTimeZone, { message: 'unknown IANA time zone' }),
    language: languageSchema,
  })
  .strict() satisfies z.ZodType<Preferences>;

export const sessionResultSchema = z
  .object({
    clientId: z.string().uuid(),
    sessionId: z.string().min(1).max(64),
    completedAt: z.string().datetime({ offset: true }),
    blocks: z
      .array(
        z
          .object({
            exerciseId: z.string().min(1).max(64),
            completed: z.boolean(),
            skipped: z.boolean().optional(),
            pain: z
              .object({ where: z.string().min(1).max(200), level: z.number().int().min(0).max(10) })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .max(40),
    effort: z.number().int().min(0).max(10),
    painNow: z.number().int().min(0).max(10),
  })
  .strict() satisfies z.ZodType<SessionResult>;

const doseSchema = z.object({
  sets: z.number(),
  reps: z.number().optional(),
  holdSeconds: z.number().optional(),
  durationSeconds: z.number().optional(),
  perSide: z.boolean(),
  restSeconds: z.number(),
  ankleWeights: z.boolean().optional(),
});

export const programmeSchema = z.object({
  version: z.number().int(),
  assessmentId: z.string().nullable(),
  pattern: z.enum(['tight-short', 'weak', 'both', 'unclear']),
  preferences: preferencesSchema,
  weeks: z.number().int(),
  sessions: z.array(
    z.object({
      id: z.string(),
      week: z.number().int(),
      dayIndex: z.number().int(),
      date: z.string(),
      plannedMinutes: z.number(),
      estimatedSeconds: z.number(),
      blocks: z.array(
        z.object({
          exerciseId: z.string(),
          phase: z.enum(['warm-up', 'stretch', 'strengthen', 'release', 'cool-down']),
          dose: doseSchema,
          estimatedSeconds: z.number(),
          note: localizedTextSchema.optional(),
        }),
      ),
      stopSigns: z.array(z.enum(STOP_SIGN_SETS)).optional(),
    }),
  ),
  habits: z.object({
    walkMinutesPerDay: z.number(),
    sittingBreakEveryMinutes: z.number(),
    waterLitresPerDay: z.number(),
    weeklyClass: z.boolean(),
    notes: z.array(localizedTextSchema),
  }),
  reassessments: z.array(z.object({ week: z.union([z.literal(4), z.literal(6)]), date: z.string() })),
  excludedExercises: z.array(z.object({ exerciseId: z.string(), reason: z.string() })),
  dailyAdvice: z
    .object({ reason: z.literal('long-sitting'), sittingHoursPerDay: z.number().min(0).max(24) })
    .optional(),
}) satisfies z.ZodType<Programme>;
