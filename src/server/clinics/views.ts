import { z } from 'zod';
import type { Booking } from '../db/repos/bookings.js';
import type { ClinicContext } from '../db/repos/clinics.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time HH:MM');
export const timeRangeSchema = z.object({ start: hhmm, end: hhmm });
export const weeklyHoursSchema = z.partialRecord(
  z.enum(['1', '2', '3', '4', '5', '6', '7']),
  z.array(timeRangeSchema).max(6),
);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
export const isoInstant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
    'an ISO instant with a zone offset',
  );
export const textByLanguage = z.object({ en: z.string(), es: z.string() });

export const slotSchema = z.object({
  practitionerId: z.string(),
  serviceId: z.string(),
  start: z.string(),
  end: z.string(),
});

export const serviceSchema = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: textByLanguage,
  durationMinutes: z.number().int(),
  bufferBeforeMinutes: z.number().int(),
  bufferAfterMinutes: z.number().int(),
  priceCents: z.number().int(),
  currency: z.string(),
  active: z.boolean(),
  practitionerIds: z.array(z.string().uuid()),
});

export const practitionerSchema = z.object({
  id: z.string().uuid(),
  displayName: z.string(),
  profession: z.string(),
  licenceNumber: z.string(),
  workingHours: weeklyHoursSchema,
  serviceIds: z.array(z.string().uuid()),
});

export const clinicSchema = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  timeZone: z.string(),
  openingHours: weeklyHoursSchema,
  closures: z.array(
    z.object({ date: z.string(), ranges: z.array(timeRangeSchema), reason: z.string().nullable() }),
  ),
  rules: z.object({
    minNoticeMinutes: z.number(),
    maxDaysAhead: z.number(),
    slotIntervalMinutes: z.number(),
  }),
  services: z.array(serviceSchema),
  practitioners: z.array(practitionerSchema),
});
export type ClinicView = z.infer<typeof clinicSchema>;

export function clinicView(ctx: ClinicContext, options: { includeInactive?: boolean } = {}): ClinicView {
  const c = ctx.clinic;
  const pracs = ctx.practitioners.filter((p) => p.active);
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    address: c.address,
    phone: c.phone,
    email: c.email,
    timeZone: c.timeZone,
    openingHours: c.openingHours,
    closures: ctx.overrides.map((o) => ({ date: o.date, ranges: o.ranges, reason: o.reason })),
    rules: {
      minNoticeMinutes: c.minNoticeMinutes,
      maxDaysAhead: c.maxDaysAhead,
      slotIntervalMinutes: c.slotIntervalMinutes,
    },
    services: ctx.services
      .filter((s) => s.active || options.includeInactive)
      .map((s) => ({
        id: s.id,
        slug: s.slug,
        name: s.name,
        durationMinutes: s.durationMinutes,
        bufferBeforeMinutes: s.bufferBeforeMinutes,
        bufferAfterMinutes: s.bufferAfterMinutes,
        priceCents: s.priceCents,
        currency: s.currency,
        active: s.active,
        practitionerIds: pracs.filter((p) => p.serviceIds.includes(s.id)).map((p) => p.id),
      })),
    practitioners: pracs.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      profession: p.profession,
      licenceNumber: p.licenceNumber,
      workingHours: p.workingHours,
      serviceIds: p.serviceIds,
    })),
  };
}

export const bookingSchema = z.object({
  id: z.string().uuid(),
  clinicId: z.string().uuid(),
  clinicName: z.string(),
  timeZone: z.string(),
  serviceId: z.string().uuid(),
  serviceName: textByLanguage,
  practitionerId: z.string().uuid(),
  practitionerName: z.string(),
  start: z.string(),
  end: z.string(),
  status: z.enum(['active', 'cancelled', 'no_show', 'completed']),
  patient: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  language: z.string(),
  assessmentId: z.string().uuid().nullable(),
  shareAssessment: z.boolean(),
  /** Set only in the staff list, and only while the patient shares progress with this clinic. */
  personId: z.string().uuid().nullable(),
});
export type BookingView = z.infer<typeof bookingSchema>;

export function bookingView(
  ctx: ClinicContext,
  b: Booking,
  options: { sharesProgress?: boolean } = {},
): BookingView {
  const service = ctx.services.find((s) => s.id === b.serviceId);
  const prac = ctx.practitioners.find((p) => p.id === b.practitionerId);
  return {
    id: b.id,
    clinicId: b.clinicId,
    clinicName: ctx.clinic.name,
    timeZone: ctx.clinic.timeZone,
    serviceId: b.serviceId,
    serviceName: service?.name ?? { en: '', es: '' },
    practitionerId: b.practitionerId,
    practitionerName: prac?.displayName ?? '',
    start: b.startAt.toISOString(),
    end: b.endAt.toISOString(),
    status: b.status,
    patient: { name: b.patientName, email: b.patientEmail, phone: b.patientPhone },
    language: b.language,
    // The assessment is visible only with the patient's consent.
    assessmentId: b.shareAssessment ? b.assessmentId : null,
    shareAssessment: b.shareAssessment,
    // The person id lets staff open the consent-gated progress; never shown without that consent.
    personId: options.sharesProgress && b.personId ? b.personId : null,
  };
}

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{7,24}$/, 'a phone number (digits, spaces, + ( ) - .)')
  .refine((v) => v.replace(/\D/g, '').length >= 7, 'a phone number with at least 7 digits');

export const newBookingBody = z
  .object({
    serviceId: z.string().uuid(),
    practitionerId: z.string().uuid().nullable().optional(),
    start: isoInstant,
    idempotencyKey: z.string().min(16).max(200),
    patient: z
      .object({
        name: z.string().trim().min(1).max(200),
        email: z.string().trim().max(254).pipe(z.email()),
        phone,
      })
      .strict(),
    language: z.enum(['en', 'es']).default('en'),
    assessmentId: z.string().uuid().optional(),
    shareAssessment: z.boolean().default(false),
  })
  .strict();
export type NewBookingBody = z.infer<typeof newBookingBody>;

export const problemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.number(), code: z.string(), detail: z.string() })
  .loose();
export const slotTakenSchema = problemSchema.extend({ slots: z.array(slotSchema).optional() });
