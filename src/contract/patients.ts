import { z } from 'zod';
import { FLAG_CODES, FLAG_ID_PATTERN } from '../domain/clinician/flags.js';
import { uuid } from './common.js';
import { staffClinicParams } from './staff.js';

/**
 * "My patients" (routes/patients.ts): the patients who share their progress with a clinic, with
 * the flags that say who needs the practitioner (src/domain/clinician/flags.ts).
 */

export const flagSchema = z.object({
  id: z.string(),
  code: z.enum(FLAG_CODES),
  severity: z.enum(['urgent', 'high', 'watch']),
  /** A local date: the answer, the report, the start of the rise, the last activity. */
  date: z.string(),
  target: z.enum(['assessments', 'sessions', 'pain', 'activity']),
  /** The pain level, the points up or the quiet days, as the code says; null for a red flag. */
  value: z.number().nullable(),
});

export const patientSummarySchema = z.object({
  personId: uuid,
  /** The account's name, else the name on the patient's latest booking here; null without one. */
  name: z.string().nullable(),
  /** Date of the latest check-in (the patient's local date). */
  lastCheckin: z.string().nullable(),
  /** Pain now (latest check-in, else assessment) against the baseline, with the change that matters. */
  pain: z
    .object({
      baseline: z.number(),
      now: z.number(),
      delta: z.number(),
      direction: z.enum(['better', 'worse', 'same']),
      matters: z.boolean(),
    })
    .nullable(),
  /** Sessions of the current programme planned this Monday-to-Sunday week, and those done. */
  sessionsThisWeek: z.object({ planned: z.number(), done: z.number() }).nullable(),
  /** Open flags, most urgent first. */
  flags: z.array(flagSchema),
  /** Messages from the patient nobody at the clinic has read yet (routes/staff-messages.ts). */
  unreadMessages: z.number().int(),
});

export const patientListSchema = z.object({
  /** Today in the clinic's zone: the day the flags were computed for. */
  today: z.string(),
  patients: z.array(patientSummarySchema),
});

export const patientParams = staffClinicParams.extend({ patientId: uuid });
export const flagParams = patientParams.extend({
  flagId: z.string().regex(FLAG_ID_PATTERN, 'a flag id'),
});
