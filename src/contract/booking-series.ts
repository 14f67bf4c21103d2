import { z } from 'zod';
import { CLASH_REASONS, REPEAT_RULES, SERIES_MAX_COUNT, SERIES_MIN_COUNT } from '../domain/schedule/index.js';
import { bookingSchema, patientSchema } from './bookings.js';
import { isoInstant, language, problemSchema, text, uuid } from './common.js';

/** A course of appointments booked in one go (routes/booking-series.ts). */

export const repeatRuleSchema = z.enum(REPEAT_RULES);
const count = z.number().int().min(SERIES_MIN_COUNT).max(SERIES_MAX_COUNT);

/** The series a first slot would make: what the patient sees before confirming. */
export const seriesPreviewQuery = z.object({
  serviceId: uuid,
  practitionerId: uuid.optional(),
  start: isoInstant,
  repeat: repeatRuleSchema,
  // A query string carries text: '4' is read as 4.
  count: z.coerce.number().int().min(SERIES_MIN_COUNT).max(SERIES_MAX_COUNT),
});

export const seriesOccurrenceSchema = z.object({
  position: z.number().int(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  free: z.boolean(),
  reason: z.enum(CLASH_REASONS).nullable(),
  alternatives: z.array(z.string()),
});

export const seriesPreviewSchema = z.object({
  timeZone: z.string(),
  /** The practitioner the series would be with (the one asked for, or the one free most often). */
  practitionerId: uuid,
  practitionerName: z.string(),
  occurrences: z.array(seriesOccurrenceSchema),
});

export const newSeriesBody = z
  .object({
    serviceId: uuid,
    practitionerId: uuid.nullable().optional(),
    start: isoInstant,
    repeat: repeatRuleSchema,
    count,
    idempotencyKey: text({ min: 16, max: 200 }),
    patient: patientSchema,
    language: language.default('en'),
  })
  .strict();

/** One appointment of a series as its patient or the clinic sees it. */
export const seriesMemberSchema = bookingSchema.extend({
  position: z.number().int(),
  /** Whether the patient may still cancel it online (before the clinic's change cut-off). */
  changeable: z.boolean(),
});

export const seriesSchema = z.object({
  id: uuid,
  repeat: repeatRuleSchema,
  count: z.number().int(),
  bookings: z.array(seriesMemberSchema),
});

export const seriesCreatedSchema = z.object({ series: seriesSchema, cancelToken: z.string() });

/** A booking's series, or null when it was booked on its own. */
export const bookingSeriesSchema = z.object({ series: seriesSchema.nullable() });

export const seriesCancelBody = z
  .object({ token: text({ max: 200 }).optional() })
  .strict()
  .default({});

/** "Cancel all the remaining": which were cancelled, and which are too close to cancel online. */
export const seriesCancelledSchema = z.object({
  series: seriesSchema,
  cancelled: z.array(uuid),
  tooLate: z.array(uuid),
  clinicPhone: z.string(),
});

/** 409 series_clash: nothing was booked; each occurrence and why it cannot be booked. */
export const seriesClashSchema = problemSchema.extend({
  occurrences: z.array(seriesOccurrenceSchema).optional(),
});
