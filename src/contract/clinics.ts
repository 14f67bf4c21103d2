import { z } from 'zod';
import { hhmm, isoDate, problemSchema, textByLanguage, uuid } from './common.js';

/** Clinics, their hours, services and practitioners, and free slots (routes/clinics.ts). */

export const timeRangeSchema = z.object({ start: hhmm, end: hhmm });
export const weeklyHoursSchema = z.partialRecord(
  z.enum(['1', '2', '3', '4', '5', '6', '7']),
  z.array(timeRangeSchema).max(6),
);

export const slotSchema = z.object({
  practitionerId: z.string(),
  serviceId: z.string(),
  start: z.string(),
  end: z.string(),
});

export const serviceSchema = z.object({
  id: uuid,
  slug: z.string(),
  name: textByLanguage,
  durationMinutes: z.number().int(),
  bufferBeforeMinutes: z.number().int(),
  bufferAfterMinutes: z.number().int(),
  priceCents: z.number().int(),
  currency: z.string(),
  active: z.boolean(),
  practitionerIds: z.array(uuid),
});

export const practitionerSchema = z.object({
  id: uuid,
  displayName: z.string(),
  profession: z.string(),
  licenceNumber: z.string(),
  workingHours: weeklyHoursSchema,
  serviceIds: z.array(uuid),
  /** Staff views only: time off as instants (`end` exclusive) and as the clinic's local days. */
  timeOff: z
    .array(
      z.object({
        id: uuid,
        start: z.string(),
        end: z.string(),
        /** First and last local date it touches (both included). */
        from: z.string(),
        to: z.string(),
        reason: z.string().nullable(),
      }),
    )
    .optional(),
});

export const closureSchema = z.object({
  date: z.string(),
  ranges: z.array(timeRangeSchema),
  reason: z.string().nullable(),
});

export const clinicSchema = z.object({
  id: uuid,
  slug: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  timeZone: z.string(),
  openingHours: weeklyHoursSchema,
  closures: z.array(closureSchema),
  rules: z.object({
    minNoticeMinutes: z.number(),
    maxDaysAhead: z.number(),
    slotIntervalMinutes: z.number(),
    /** Patients cancel or move online only up to this many minutes before the start. */
    changeCutoffMinutes: z.number(),
  }),
  services: z.array(serviceSchema),
  practitioners: z.array(practitionerSchema),
});

export const clinicSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  address: z.string(),
  timeZone: z.string(),
});
export const clinicListSchema = z.array(clinicSummarySchema);

/** A clinic named by its id or slug in the path. */
export const clinicRefParams = z.object({
  clinic: z
    .string()
    .min(1)
    .max(100)
    .refine((v) => !v.includes('\0'), 'must not contain a NUL character'),
});

export const availabilityQuery = z.object({
  serviceId: uuid,
  from: isoDate,
  to: isoDate,
  practitionerId: uuid.optional(),
});
export const availabilitySchema = z.object({ timeZone: z.string(), slots: z.array(slotSchema) });

/** 409 slot_taken: the slot went to someone else; here are fresh ones. */
export const slotTakenSchema = problemSchema.extend({ slots: z.array(slotSchema).optional() });

/** 409 too_late: inside the clinic's change cut-off the patient calls the clinic instead. */
export const tooLateSchema = problemSchema.extend({
  phone: z.string().optional(),
  changeCutoffMinutes: z.number().optional(),
  deadline: z.string().optional(),
});
