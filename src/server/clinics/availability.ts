import type pg from 'pg';
import { z } from 'zod';
import { availabilitySchema } from '../../contract/clinics.js';
import { availableSlots, clinicToday, type ExistingBooking, type Slot } from '../../domain/schedule/index.js';
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

/**
 * Until when an answer computed at `now` stays exactly what the engine would say later, with
 * the same clinic and bookings: `now` only enters the engine as the earliest start (now plus
 * the minimum notice, a filter on slot starts) and as today's date (the booking horizon). So
 * the answer holds until its first slot comes within the notice, or the clinic's day ends.
 */
export function answerValidUntil(
  clinic: { timeZone: string; minNoticeMinutes: number },
  slots: Slot[],
  now: Date,
): number {
  const zone = clinic.timeZone;
  const midnight = startOfDay(addDays(clinicToday({ timeZone: zone }, now.toISOString()), 1), zone).getTime();
  const first = slots[0];
  if (!first) return midnight;
  return Math.min(midnight, Date.parse(first.start) - clinic.minNoticeMinutes * 60_000);
}

// Enough for every service × practitioner × week people look at; ~20 kB each.
const MAX_ANSWERS = 400;

/**
 * Serialised answers (checked against the contract when made), by everything they depend on:
 * the clinic's version, the query and the bookings read live in the same round trip. A hit
 * skips the engine, the contract check and JSON.stringify; it can never be stale, as the
 * bookings are part of the key.
 */
export class AnswerCache {
  private readonly answers = new Map<string, { body: string; validUntil: number }>();

  get(key: string, nowMs: number): string | undefined {
    const hit = this.answers.get(key);
    if (!hit) return undefined;
    if (nowMs < hit.validUntil) return hit.body;
    this.answers.delete(key);
    return undefined;
  }

  set(key: string, body: string, validUntil: number): void {
    if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
    this.answers.set(key, { body, validUntil });
  }
}

type BookedTimes = Awaited<ReturnType<typeof bookedTimes>>;
type BookedTimesQuery = Parameters<typeof bookedTimes>[1];
const ignore = () => {};

/**
 * At most one bookings read in flight per clinic, practitioners and window. Requests arriving
 * while one runs share the next, which is sent only once the running one is done, after every
 * request sharing it had arrived: each answer still reflects every booking committed before its
 * request came in. Under load, N concurrent reads of one week cost one round trip and one pool
 * connection instead of N.
 */
export class SharedReads {
  private readonly lanes = new Map<
    string,
    { running: Promise<BookedTimes>; waiting?: Promise<BookedTimes> }
  >();

  read(pool: pg.Pool, q: BookedTimesQuery): Promise<BookedTimes> {
    const key = [
      q.clinicId,
      q.practitionerIds.join(','),
      q.from.toISOString(),
      q.to.toISOString(),
      q.excludeBookingId ?? '',
    ].join('|');
    const lane = this.lanes.get(key);
    if (!lane) {
      const running = this.send(key, pool, q);
      this.lanes.set(key, { running });
      return running;
    }
    if (lane.waiting) return lane.waiting;
    lane.waiting = lane.running.then(ignore, ignore).then(() => {
      const running = this.send(key, pool, q);
      lane.running = running;
      lane.waiting = undefined;
      return running;
    });
    return lane.waiting;
  }

  private send(key: string, pool: pg.Pool, q: BookedTimesQuery): Promise<BookedTimes> {
    const running = bookedTimes(pool, q);
    const done = () => {
      const lane = this.lanes.get(key);
      if (lane && lane.running === running && !lane.waiting) this.lanes.delete(key);
    };
    running.then(done, done);
    return running;
  }
}

const bookingsKey = (bookings: ExistingBooking[]) =>
  bookings
    .map((b) => `${b.practitionerId}/${b.start}/${b.end}/${b.bufferBeforeMinutes}/${b.bufferAfterMinutes}`)
    .sort()
    .join(',');

// A clinic changing again and again during one read: after this many reloads, answer with the
// newest context seen (it is at least as new as the bookings read).
const MAX_RELOADS = 3;

/**
 * Free slots of a service at a clinic as the JSON body of the answer, in one round trip when
 * the cached context is current: the bookings are always read live, with the clinic's version
 * in the same statement, so a booking, closure or hours change made through any instance shows
 * at once. What the engine says is what is answered.
 */
export async function clinicAvailability(
  pool: pg.Pool,
  contexts: ClinicContextCache,
  answers: AnswerCache,
  reads: SharedReads,
  clinicRef: string,
  q: SlotQuery,
): Promise<string> {
  let entry = await contexts.get(clinicRef);
  for (let reloads = 0; ; reloads++) {
    if (!entry) throw notFound('clinic');
    const { ctx } = entry;
    const service = ctx.services.find((s) => s.id === q.serviceId && s.active);
    const pracs = practitionerSchedules(ctx);
    const known = service && (!q.practitionerId || pracs.some((p) => p.id === q.practitionerId));
    const read = await reads.read(pool, {
      clinicId: ctx.clinic.id,
      practitionerIds: known ? (q.practitionerId ? [q.practitionerId] : pracs.map((p) => p.id)) : [],
      // The clinic's local days, with a day of margin either side for bookings across their edges.
      from: startOfDay(addDays(q.from, -1), ctx.clinic.timeZone),
      to: startOfDay(addDays(q.to, 2), ctx.clinic.timeZone),
    });
    if (read.version === entry.version || reloads >= MAX_RELOADS) {
      if (!service) throw notFound('service at this clinic');
      if (!known) throw notFound('practitioner at this clinic');
      const key = [
        ctx.clinic.id,
        read.version,
        service.id,
        q.practitionerId ?? '',
        q.from,
        q.to,
        bookingsKey(read.bookings),
      ].join('|');
      const cached = answers.get(key, q.now.getTime());
      if (cached !== undefined) return cached;
      const slots = slotsAmong(ctx, service, q, read.bookings);
      // The same check and encoding the route's serializer would apply.
      const body = JSON.stringify(z.encode(availabilitySchema, { timeZone: ctx.clinic.timeZone, slots }));
      answers.set(key, body, answerValidUntil(ctx.clinic, slots, q.now));
      return body;
    }
    entry = await contexts.reload(clinicRef, ctx.clinic.id);
  }
}
