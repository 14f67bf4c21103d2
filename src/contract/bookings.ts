import { z } from 'zod';
import { isoInstant, language, text, textByLanguage, uuid } from './common.js';

/** Patients' bookings (routes/bookings.ts); staff reuse the booking shape (contract/staff.ts). */

export const bookingStatusSchema = z.enum(['active', 'cancelled', 'no_show', 'completed']);

export const bookingSchema = z.object({
  id: uuid,
  clinicId: uuid,
  clinicName: z.string(),
  timeZone: z.string(),
  serviceId: uuid,
  serviceName: textByLanguage,
  practitionerId: uuid,
  practitionerName: z.string(),
  start: z.string(),
  end: z.string(),
  status: bookingStatusSchema,
  patient: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  language: z.string(),
  assessmentId: uuid.nullable(),
  shareAssessment: z.boolean(),
  /** Set only in the staff list, and only while the patient shares progress with this clinic. */
  personId: uuid.nullable(),
  /** The clinic's phone: whom to call once the booking can no longer be changed online. */
  clinicPhone: z.string(),
  /** Until this instant the patient may cancel or move the booking online (the clinic's cut-off). */
  changeDeadline: z.string(),
  /** Staff list only: bookings at this clinic the patient (same email) did not attend. */
  noShows: z.number().int().min(0).optional(),
});

const phone = text({ max: 40 })
  .regex(/^\+?[0-9 ().-]{7,24}$/, 'a phone number (digits, spaces, + ( ) - .)')
  .refine((v) => v.replace(/\D/g, '').length >= 7, 'a phone number with at least 7 digits');

export const patientSchema = z
  .object({
    name: text({ min: 1, max: 200 }),
    email: text({ max: 254 }).pipe(z.email()),
    phone,
  })
  .strict();

export const newBookingBody = z
  .object({
    serviceId: uuid,
    practitionerId: uuid.nullable().optional(),
    start: isoInstant,
    idempotencyKey: text({ min: 16, max: 200 }),
    patient: patientSchema,
    language: language.default('en'),
    assessmentId: uuid.optional(),
    shareAssessment: z.boolean().default(false),
  })
  .strict();

export const bookingCreatedSchema = z.object({ booking: bookingSchema, cancelToken: z.string() });

/** The cancel token mailed to a guest who booked; a signed-in patient needs none. */
const token = text({ max: 200 });
export const tokenQuery = z.object({ token: token.optional() });
export const cancelBody = z.object({ token: token.optional() }).strict().default({});
export const rescheduleBody = z
  .object({ token: token.optional(), start: isoInstant, practitionerId: uuid.optional() })
  .strict();
export const bookingListSchema = z.array(bookingSchema);
