import { z } from 'zod';
import { timeRangeSchema, weeklyHoursSchema } from './clinics.js';
import { isoDate, isoInstant, text, textByLanguageInput, uuid } from './common.js';

/** The staff dashboard's API (routes/staff.ts): calendar, phone bookings, moves, settings. */

/** reception: every calendar and booking for callers, never clinical data. */
export const staffRoleSchema = z.enum(['practitioner', 'clinic_admin', 'reception']);
export const membershipSchema = z.object({
  clinicId: z.string(),
  clinicName: z.string(),
  role: staffRoleSchema,
  practitionerId: z.string().nullable(),
});
export const membershipListSchema = z.array(membershipSchema);

export const staffClinicParams = z.object({ clinicId: uuid });
export const staffBookingParams = staffClinicParams.extend({ bookingId: uuid });
export const closureParams = staffClinicParams.extend({ date: isoDate });
export const serviceParams = staffClinicParams.extend({ serviceId: uuid });
export const practitionerParams = staffClinicParams.extend({ practitionerId: uuid });
export const timeOffParams = staffClinicParams.extend({ timeOffId: uuid });

/** Days off of a practitioner: local dates of the clinic, both included. */
export const timeOffBody = z
  .object({ from: isoDate, to: isoDate, reason: text({ max: 200 }).optional() })
  .strict();

export const staffBookingsQuery = z.object({ from: isoDate, to: isoDate, practitionerId: uuid.optional() });

export const sharedAssessmentSchema = z.object({
  id: uuid,
  createdAt: z.string(),
  highestUrgency: z.string(),
  selfCareAllowed: z.boolean(),
  psoasLikelihood: z.string(),
  pattern: z.string(),
});

export const moveBody = z.object({ start: isoInstant, practitionerId: uuid.optional() }).strict();
export const outcomeBody = z.object({ status: z.enum(['no_show', 'completed']) }).strict();

export const bookingRulesSchema = z
  .object({
    minNoticeMinutes: z.number().int().min(0).max(10_080),
    maxDaysAhead: z.number().int().min(1).max(366),
    slotIntervalMinutes: z.number().int().min(5).max(240),
    changeCutoffMinutes: z.number().int().min(0).max(10_080).optional(),
  })
  .strict();
export const hoursBody = z
  .object({ openingHours: weeklyHoursSchema, rules: bookingRulesSchema.optional() })
  .strict();

/** A practitioner's weekly working hours (inside the clinic's opening hours). */
export const workingHoursBody = z.object({ workingHours: weeklyHoursSchema }).strict();

export const closureBody = z
  .object({ ranges: z.array(timeRangeSchema).max(6), reason: text({ max: 200 }).optional() })
  .strict();

export const servicePatchBody = z
  .object({
    name: textByLanguageInput.optional(),
    durationMinutes: z.number().int().min(5).max(480).optional(),
    bufferBeforeMinutes: z.number().int().min(0).max(120).optional(),
    bufferAfterMinutes: z.number().int().min(0).max(120).optional(),
    priceCents: z.number().int().min(0).max(10_000_000).optional(),
    active: z.boolean().optional(),
    practitionerIds: z.array(uuid).max(100).optional(),
  })
  .strict();
