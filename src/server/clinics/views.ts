import type { z } from 'zod';
import type { bookingSchema } from '../../contract/bookings.js';
import type { clinicSchema } from '../../contract/clinics.js';
import { changeDeadline } from '../../domain/schedule/index.js';
import { localDate } from '../../domain/time/index.js';
import type { Booking } from '../db/repos/bookings.js';
import type { ClinicContext } from '../db/repos/clinics.js';

/** The clinic and booking rows as the API shows them (shapes: src/contract/clinics.ts, bookings.ts). */

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
      changeCutoffMinutes: c.changeCutoffMinutes,
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
      ...(options.includeInactive
        ? {
            timeOff: p.timeOff.map((o) => ({
              ...o,
              from: localDate(o.start, c.timeZone),
              to: localDate(Date.parse(o.end) - 1, c.timeZone),
            })),
          }
        : {}),
    })),
  };
}

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
    clinicPhone: ctx.clinic.phone,
    changeDeadline: changeDeadline(b.startAt.toISOString(), {
      changeCutoffMinutes: ctx.clinic.changeCutoffMinutes,
    }),
  };
}
