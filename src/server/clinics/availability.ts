import type pg from 'pg';
import { availableSlots, type ExistingBooking, type Slot } from '../../domain/schedule/index.js';
import { addDays, startOfDay } from '../../domain/time/index.js';
import { bookedTimes } from '../db/repos/booked-times.js';
import {
  type ClinicContext,
  type ClinicService,
  clinicSchedule,
  practitionerSchedules,
  serviceSpec,
} from '../db/repos/clinics.js';
import { badRequest, notFound } from '../errors.js';
import type { ClinicContextCache } from './context-cache.js';

export interface SlotQuery {
  serviceId: string;
  from: string;
  to: string;
  now: Date;
  practitionerId?: string;
}

/** The engine's free slots for a query, given the bookings around it (pure apart from the throw). */
export function slotsAmong(
  ctx: ClinicContext,
  service: ClinicService,
  q: Omit<SlotQuery, 'serviceId'>,
  bookings: ExistingBooking[],
): Slot[] {
  try {
    return availableSlots({
      clinic: clinicSchedule(ctx),
      practitioners: practitionerSchedules(ctx),
      service: serviceSpec(service),
      bookings,
      from: q.from,
      to: q.to,
      now: q.now.toISOString(),
      ...(q.practitionerId ? { practitionerId: q.practitionerId } : {}),
    });
  } catch (e) {
    if (e instanceof RangeError) throw badRequest('invalid_range', e.message);
    throw e;
  }
}

// A clinic changing again and again during one read: after this many reloads, answer with the
// newest context seen (it is at least as new as the bookings read).
const MAX_RELOADS = 3;

/**
 * Free slots of a service at a clinic, in one round trip when the cached context is current:
 * the bookings are always read live, with the clinic's version in the same statement, so a
 * booking, closure or hours change made through any instance shows at once. What the engine
 * says is what is answered.
 */
export async function clinicAvailability(
  pool: pg.Pool,
  contexts: ClinicContextCache,
  clinicRef: string,
  q: SlotQuery,
): Promise<{ ctx: ClinicContext; slots: Slot[] }> {
  let entry = await contexts.get(clinicRef);
  for (let reloads = 0; ; reloads++) {
    if (!entry) throw notFound('clinic');
    const { ctx } = entry;
    const service = ctx.services.find((s) => s.id === q.serviceId && s.active);
    const pracs = practitionerSchedules(ctx);
    const known = service && (!q.practitionerId || pracs.some((p) => p.id === q.practitionerId));
    const read = await bookedTimes(pool, {
      clinicId: ctx.clinic.id,
      practitionerIds: known ? (q.practitionerId ? [q.practitionerId] : pracs.map((p) => p.id)) : [],
      // The clinic's local days, with a day of margin either side for bookings across their edges.
      from: startOfDay(addDays(q.from, -1), ctx.clinic.timeZone),
      to: startOfDay(addDays(q.to, 2), ctx.clinic.timeZone),
    });
    if (read.version === entry.version || reloads >= MAX_RELOADS) {
      if (!service) throw notFound('service at this clinic');
      if (!known) throw notFound('practitioner at this clinic');
      return { ctx, slots: slotsAmong(ctx, service, q, read.bookings) };
    }
    entry = await contexts.reload(clinicRef, ctx.clinic.id);
  }
}
