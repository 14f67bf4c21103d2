import { z } from 'zod';
import { patientSchema } from './bookings.js';
import { isoDate, language, text, textByLanguage, uuid } from './common.js';

/** The waitlist (routes/waitlist.ts, docs/schedule.md § Waitlist). */

export const joinWaitlistBody = z
  .object({
    serviceId: uuid,
    /** null or absent: any practitioner who gives the service. */
    practitionerId: uuid.nullable().optional(),
    from: isoDate,
    to: isoDate,
    patient: patientSchema,
    language: language.default('en'),
  })
  .strict();

export const waitlistStatusSchema = z.enum(['waiting', 'booked', 'left']);

export const waitlistEntrySchema = z.object({
  id: uuid,
  clinicId: uuid,
  clinicName: z.string(),
  serviceId: uuid,
  serviceName: textByLanguage,
  practitionerId: uuid.nullable(),
  /** null: anyone. */
  practitionerName: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  status: waitlistStatusSchema,
  email: z.string(),
});

/**
 * open: bookable as far as we know; booked: you booked it; taken: someone else did; past: too
 * close to its start (the clinic's minimum notice) to book online.
 */
export const offerStatusSchema = z.enum(['open', 'booked', 'taken', 'past']);

export const waitlistOfferSchema = z.object({
  id: uuid,
  entryId: uuid,
  clinicId: uuid,
  clinicName: z.string(),
  clinicPhone: z.string(),
  timeZone: z.string(),
  serviceName: textByLanguage,
  practitionerName: z.string(),
  start: z.string(),
  end: z.string(),
  status: offerStatusSchema,
  entryStatus: waitlistStatusSchema,
});

/** The token from the mail's link; the person who joined while signed in needs none. */
const token = text({ max: 200 });
export const waitlistTokenQuery = z.object({ token: token.optional() });
export const leaveWaitlistBody = z.object({ token: token.optional() }).strict().default({});
export const bookOfferBody = z
  .object({ token: token.optional(), idempotencyKey: text({ min: 16, max: 200 }) })
  .strict();
