import { createHash, randomUUID } from 'node:crypto';
import { type Language, toLanguage } from '../../domain/i18n.js';
import {
  changeDeadline,
  clinicToday,
  isSlotAvailable,
  patientMayChange,
  type Slot,
} from '../../domain/schedule/index.js';
import { addDays, localDate, startOfDay } from '../../domain/time/index.js';
import { hashToken } from '../auth/guest.js';
import type { Db } from '../db/database.js';
import { findAssessmentOfPerson } from '../db/repos/assessments.js';
import { bookedTimes, clinicVersion } from '../db/repos/booked-times.js';
import { insertBookingWithMail, poolOf } from '../db/repos/booking-statement.js';
import {
  activeBookings,
  type Booking,
  DEADLOCK_DETECTED,
  EXCLUSION_VIOLATION,
  findBookingByKeyHash,
  moveBooking,
  pgErrorCode,
  setBookingStatus,
  unshareBooking,
} from '../db/repos/bookings.js';
import {
  type ClinicContext,
  type ClinicService,
  clinicSchedule,
  practitionerSchedules,
  serviceSpec,
} from '../db/repos/clinics.js';
import { ensureConsentScope } from '../db/repos/consent.js';
import { cancelPending, enqueue, type NewOutboxMessage, type Tx } from '../db/repos/outbox.js';
import type { BookingMailData, BookingStatus, OutboxKind } from '../db/schema.js';
import { AppError, badRequest, notFound } from '../errors.js';
import { slotsAmong } from './availability.js';
import { offerFreedTime } from './waitlist-offers.js';

// Only bookings within a day either side of a start can collide with a slot there.
const NEIGHBOURHOOD_MS = 24 * 3600_000;
const REMINDER_BEFORE_MS = 24 * 3600_000;
const FRESH_SLOT_COUNT = 6;

/**
 * Idempotency keys are chosen by the client (a random UUID per booking attempt). Only hashes
 * are stored; the guest's cancel token is derived from the key, so a retried request gets the
 * same token back, and neither the key nor the token can be read from the database.
 */
export const idempotencyKeyHash = (key: string) => createHash('sha256').update(`idem:${key}`).digest('hex');
export const cancelTokenFor = (key: string) =>
  createHash('sha256').update(`cancel:${key}`).digest('base64url');

export function findService(ctx: ClinicContext, serviceId: string): ClinicService {
  const s = ctx.services.find((x) => x.id === serviceId && x.active);
  if (!s) throw notFound('service at this clinic');
  return s;
}

/**
 * The next free slots from today on (for a 409 answer): the bookings of the four weeks ahead in
 * one prepared round trip, then the engine week by week until there are enough.
 */
export async function nextFreeSlots(
  db: Db,
  ctx: ClinicContext,
  service: ClinicService,
  now: Date,
  practitionerId?: string,
): Promise<Slot[]> {
  const pracs = practitionerSchedules(ctx);
  if (practitionerId && !pracs.some((p) => p.id === practitionerId))
    throw notFound('practitioner at this clinic');
  const today = clinicToday({ timeZone: ctx.clinic.timeZone }, now.toISOString());
  const { bookings } = await bookedTimes(poolOf(db), {
    clinicId: ctx.clinic.id,
    practitionerIds: practitionerId ? [practitionerId] : pracs.map((p) => p.id),
    from: startOfDay(addDays(today, -1), ctx.clinic.timeZone),
    to: startOfDay(addDays(today, 4 * 7 + 1), ctx.clinic.timeZone),
  });
  const out: Slot[] = [];
  for (let week = 0; week < 4 && out.length < FRESH_SLOT_COUNT; week++) {
    const from = addDays(today, week * 7);
    const slots = slotsAmong(ctx, service, { from, to: addDays(from, 6), now, practitionerId }, bookings);
    out.push(...slots.slice(0, FRESH_SLOT_COUNT - out.length));
  }
  return out;
}

async function slotTaken(
  db: Db,
  ctx: ClinicContext,
  service: ClinicService,
  now: Date,
  practitionerId?: string,
): Promise<AppError> {
  const slots = await nextFreeSlots(db, ctx, service, now, practitionerId);
  return new AppError(
    409,
    'slot_taken',
    'That time was just taken. Here are the next free times.',
    undefined,
    { slots },
  );
}

/** Picks the practitioner for a requested start: the one asked for, or the first free one ("any"). */
async function choosePractitioner(
  db: Tx,
  ctx: ClinicContext,
  service: ClinicService,
  start: string,
  now: Date,
  practitionerId: string | undefined,
  excludeBookingId?: string,
): Promise<string | undefined> {
  const pracs = practitionerSchedules(ctx);
  const candidates = practitionerId
    ? pracs.filter((p) => p.id === practitionerId)
    : pracs.filter((p) => p.serviceIds.includes(service.id));
  if (practitionerId && candidates.length === 0) throw notFound('practitioner at this clinic');
  const startMs = Date.parse(start);
  const existing = await activeBookings(
    db,
    candidates.map((p) => p.id),
    new Date(startMs - NEIGHBOURHOOD_MS),
    new Date(startMs + NEIGHBOURHOOD_MS),
    excludeBookingId,
  );
  const q = {
    clinic: clinicSchedule(ctx),
    practitioners: pracs,
    service: serviceSpec(service),
    bookings: existing,
    from: localDate(startMs, ctx.clinic.timeZone),
    to: localDate(startMs, ctx.clinic.timeZone),
    now: now.toISOString(),
  };
  try {
    return candidates.find((p) => isSlotAvailable(q, { practitionerId: p.id, start }))?.id;
  } catch (e) {
    if (e instanceof RangeError) throw badRequest('invalid_start', e.message, 'body.start');
    throw e;
  }
}

export interface MailContext {
  publicUrl: string;
}

/**
 * A booking mail as data (rendered by the outbox worker when it sends): the appointment as this
 * message announces it, and the guest's token for the manage link.
 */
function mailFor(
  kind: OutboxKind,
  b: Pick<
    Booking,
    | 'id'
    | 'clinicId'
    | 'serviceId'
    | 'practitionerId'
    | 'patientName'
    | 'patientEmail'
    | 'language'
    | 'startAt'
    | 'endAt'
  >,
  cancelToken: string | undefined,
  sequence: number,
): NewOutboxMessage {
  const payload: BookingMailData = {
    to: b.patientEmail,
    bookingId: b.id,
    clinicId: b.clinicId,
    serviceId: b.serviceId,
    practitionerId: b.practitionerId,
    patientName: b.patientName,
    language: toLanguage(b.language),
    start: b.startAt.toISOString(),
    end: b.endAt.toISOString(),
    cancelToken: cancelToken ?? null,
    sequence,
  };
  const dueAt = kind === 'booking_reminder' ? new Date(b.startAt.getTime() - REMINDER_BEFORE_MS) : new Date();
  return { kind, bookingId: b.id, payload, dueAt };
}

/** The reminder 24 h before, when that moment is still ahead; none otherwise. */
export function reminderIfAhead(
  b: Parameters<typeof mailFor>[1],
  token: string | undefined,
  now: Date,
  sequence: number,
): NewOutboxMessage[] {
  return b.startAt.getTime() - REMINDER_BEFORE_MS > now.getTime()
    ? [mailFor('booking_reminder', b, token, sequence)]
    : [];
}

/** Confirmation now, plus a reminder 24 h before when that moment is still ahead. */
function announce(
  kind: 'booking_confirmation' | 'booking_moved',
  b: Parameters<typeof mailFor>[1],
  token: string | undefined,
  now: Date,
  sequence: number,
): NewOutboxMessage[] {
  return [mailFor(kind, b, token, sequence), ...reminderIfAhead(b, token, now, sequence)];
}

export interface BookingRequest {
  serviceId: string;
  practitionerId?: string;
  start: string;
  idempotencyKey: string;
  patient: { name: string; email: string; phone: string };
  language: Language;
  personId: string | null;
  assessmentId?: string;
  shareAssessment: boolean;
}

export interface BookingResult {
  booking: Booking;
  created: boolean;
  cancelToken: string;
}

/** How createBooking checks the context it was given (the public route's cached one). */
export interface ContextCheck {
  /** The clinic_versions value the context was loaded at; checked inside the booking statement. */
  version: string;
  /** Loads the context afresh, when the statement found the clinic changed. */
  refresh(): Promise<{ ctx: ClinicContext; version: string } | undefined>;
}

/**
 * Books a slot in one statement (db/repos/booking-statement.ts): the request is first judged
 * against the schedule alone (hours, notice, time off, service); overlaps with other bookings
 * are the exclusion constraint's to decide, and its refusal becomes a 409 with fresh slots.
 * A replayed key is answered in the same statement; the confirmation and reminder go into the
 * outbox as data in that statement too (the worker renders them when it sends).
 */
export async function createBooking(
  db: Db,
  ctx: ClinicContext,
  req: BookingRequest,
  _mail: MailContext,
  now = new Date(),
  check?: ContextCheck,
): Promise<BookingResult> {
  const keyHash = idempotencyKeyHash(req.idempotencyKey);
  const cancelToken = cancelTokenFor(req.idempotencyKey);
  // A refusal judged on a cached context is only final once that context is known current
  // (a service, practitioner or hours added through another instance would be missing).
  const againIfStale = async () => {
    if (!check || (await clinicVersion(poolOf(db), ctx.clinic.id)) === check.version) return undefined;
    const fresh = await check.refresh();
    if (!fresh) throw notFound('clinic');
    return createBooking(db, fresh.ctx, req, _mail, now);
  };
  let judged: { service: ClinicService; candidates: string[] };
  try {
    judged = await judgeRequest(db, ctx, req, now);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // A retry gets its booking even when the request would no longer pass (the service since
    // withdrawn, the start too soon by now), as when the key was looked up first.
    const same = await findBookingByKeyHash(db, keyHash);
    if (same) return replayOf(same, ctx, cancelToken, req);
    const again = await againIfStale();
    if (again) return again;
    throw e;
  }
  const { service, candidates } = judged;
  if (candidates.length === 0) {
    const same = await findBookingByKeyHash(db, keyHash);
    if (same) return replayOf(same, ctx, cancelToken, req);
    const again = await againIfStale();
    if (again) return again;
    throw await slotTaken(db, ctx, service, now, req.practitionerId);
  }
  // Several practitioners fit an "any" request: the first is tried blind; when the constraint
  // refuses it, the neighbours are read to pick one that is free.
  let practitionerId = candidates[0]!;
  let triedBlind = candidates.length > 1;
  const startAt = new Date(req.start);
  for (;;) {
    const bookingId = randomUUID();
    const row = {
      id: bookingId,
      clinicId: ctx.clinic.id,
      serviceId: service.id,
      practitionerId,
      personId: req.personId,
      patientName: req.patient.name,
      patientEmail: req.patient.email,
      patientPhone: req.patient.phone,
      language: req.language,
      startAt,
      endAt: new Date(startAt.getTime() + service.durationMinutes * 60_000),
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      idempotencyKey: keyHash,
      assessmentId: req.assessmentId ?? null,
      shareAssessment: Boolean(req.assessmentId && req.shareAssessment),
      cancelTokenHash: hashToken(cancelToken),
    };
    const personId = req.personId;
    let outcome: Awaited<ReturnType<typeof insertBookingWithMail>>;
    try {
      outcome = await insertBookingWithMail(poolOf(db), {
        booking: row,
        mails: announce('booking_confirmation', row, cancelToken, now, 0),
        clinicVersion: check?.version ?? null,
        // Sharing through a booking is a consent the patient sees and can withdraw on /account.
        ...(row.shareAssessment && personId
          ? {
              alsoInTransaction: (tx) => ensureConsentScope(tx, personId, ctx.clinic.id, 'assessment'),
            }
          : {}),
      });
    } catch (e) {
      // Two requests for overlapping times inserting at the same moment can wait on each other
      // through the exclusion constraint; PostgreSQL aborts one of them (writing nothing). The
      // time is being taken by the other: the same answer as the constraint's own refusal.
      const code = pgErrorCode(e);
      if (code !== EXCLUSION_VIOLATION && code !== DEADLOCK_DETECTED) throw e;
      const same = await findBookingByKeyHash(db, keyHash);
      if (same) return replayOf(same, ctx, cancelToken, req);
      if (triedBlind) {
        triedBlind = false;
        const free = await choosePractitioner(db, ctx, service, req.start, now, req.practitionerId);
        if (free) {
          practitionerId = free;
          continue;
        }
      }
      throw await slotTaken(db, ctx, service, now, req.practitionerId);
    }
    if (outcome.kind === 'created') return { booking: outcome.booking, created: true, cancelToken };
    if (outcome.kind === 'replay') return replayOf(outcome.booking, ctx, cancelToken, req);
    // Nothing written: a concurrent request with this key won, or the clinic changed since the
    // context was cached (then judge the request again against the clinic as it is now).
    const same = await findBookingByKeyHash(db, keyHash);
    if (same) return replayOf(same, ctx, cancelToken, req);
    if (!check) throw new Error('idempotency conflict without a booking');
    const fresh = await check.refresh();
    if (!fresh) throw notFound('clinic');
    return createBooking(db, fresh.ctx, req, _mail, now);
  }
}

/** The request checked without its bookings: service, consent, own assessment, schedule. */
async function judgeRequest(
  db: Db,
  ctx: ClinicContext,
  req: BookingRequest,
  now: Date,
): Promise<{ service: ClinicService; candidates: string[] }> {
  const service = findService(ctx, req.serviceId);
  if (req.assessmentId && !req.shareAssessment)
    throw badRequest(
      'consent_required',
      'Sharing an assessment with the clinic needs your consent.',
      'body.shareAssessment',
    );
  // Only one's own assessment can be attached.
  if (
    req.assessmentId &&
    !(req.personId && (await findAssessmentOfPerson(db, req.personId, req.assessmentId)))
  )
    throw notFound('assessment of yours');
  return { service, candidates: schedulableFor(ctx, service, req.start, now, req.practitionerId) };
}

/**
 * The practitioners (ids) who could take the start by the schedule alone, the one asked for or
 * every giver of the service: bookings are left to the exclusion constraint.
 */
function schedulableFor(
  ctx: ClinicContext,
  service: ClinicService,
  start: string,
  now: Date,
  practitionerId: string | undefined,
): string[] {
  const pracs = practitionerSchedules(ctx);
  const candidates = practitionerId
    ? pracs.filter((p) => p.id === practitionerId)
    : pracs.filter((p) => p.serviceIds.includes(service.id));
  if (practitionerId && candidates.length === 0) throw notFound('practitioner at this clinic');
  const startMs = Date.parse(start);
  const q = {
    clinic: clinicSchedule(ctx),
    practitioners: pracs,
    service: serviceSpec(service),
    bookings: [],
    from: localDate(startMs, ctx.clinic.timeZone),
    to: localDate(startMs, ctx.clinic.timeZone),
    now: now.toISOString(),
  };
  try {
    return candidates.filter((p) => isSlotAvailable(q, { practitionerId: p.id, start })).map((p) => p.id);
  } catch (e) {
    if (e instanceof RangeError) throw badRequest('invalid_start', e.message, 'body.start');
    throw e;
  }
}

/**
 * The booking behind a retried key, for the caller who made it only: the same person, or for a
 * booking without one, the same patient details. Anyone else holding the key learns nothing
 * but that it was used, never the booking or its cancel token.
 */
const sameCaller = (b: Booking, req: BookingRequest) =>
  b.personId
    ? b.personId === req.personId
    : req.personId === null &&
      b.patientEmail === req.patient.email &&
      b.patientName === req.patient.name &&
      b.patientPhone === req.patient.phone;

function replayOf(b: Booking, ctx: ClinicContext, cancelToken: string, req: BookingRequest): BookingResult {
  // A key reused at another clinic or by someone else is not a replay.
  if (b.clinicId !== ctx.clinic.id || !sameCaller(b, req))
    throw new AppError(
      409,
      'idempotency_key_reused',
      'This request key was already used for another booking.',
    );
  return { booking: b, created: false, cancelToken };
}

/**
 * Patients may cancel or move a booking online only up to the clinic's change cut-off before it;
 * after that the answer is 409 too_late with the clinic's phone number, so the page can say whom
 * to call.
 */
export function assertPatientMayChange(ctx: ClinicContext, b: Booking, now: Date): void {
  if (b.status !== 'active') throw new AppError(409, 'not_active', 'This booking is no longer active.');
  const policy = { changeCutoffMinutes: ctx.clinic.changeCutoffMinutes };
  if (!patientMayChange(b.startAt.toISOString(), now.toISOString(), policy)) {
    throw new AppError(
      409,
      'too_late',
      `This appointment can no longer be changed online. Please call the clinic at ${ctx.clinic.phone}.`,
      undefined,
      {
        phone: ctx.clinic.phone,
        changeCutoffMinutes: ctx.clinic.changeCutoffMinutes,
        deadline: changeDeadline(b.startAt.toISOString(), policy),
      },
    );
  }
}

export async function cancelBooking(
  db: Db,
  ctx: ClinicContext,
  b: Booking,
  mail: MailContext,
  now = new Date(),
): Promise<Booking> {
  if (b.status !== 'active') throw new AppError(409, 'not_active', 'This booking is no longer active.');
  return db.transaction(async (tx) => {
    await setBookingStatus(tx, b.id, 'cancelled');
    // A cancelled booking shares nothing with the clinic any more.
    const updated = await unshareBooking(tx, b.id);
    await cancelPending(tx, b.id, ['booking_reminder']);
    await enqueue(tx, [mailFor('booking_cancellation', updated, undefined, updated.inviteSequence)]);
    // The freed time goes to the waitlist in this transaction: no cancellation without its offers.
    await offerFreedTime(tx, ctx, b, mail.publicUrl, now);
    return updated;
  });
}

/** Staff outcome marks: attended or did not come. */
export async function markOutcome(
  db: Db,
  b: Booking,
  status: Extract<BookingStatus, 'no_show' | 'completed'>,
): Promise<Booking> {
  if (b.status === 'cancelled') throw new AppError(409, 'not_active', 'This booking was cancelled.');
  return db.transaction(async (tx) => {
    await cancelPending(tx, b.id, ['booking_reminder']);
    return setBookingStatus(tx, b.id, status);
  });
}

/** Moves a booking to a new start (and maybe practitioner); same 409 rules as booking. */
export async function rescheduleBooking(
  db: Db,
  ctx: ClinicContext,
  b: Booking,
  change: { start: string; practitionerId?: string },
  _mail: MailContext,
  cancelToken: string | undefined,
  now = new Date(),
): Promise<Booking> {
  if (b.status !== 'active') throw new AppError(409, 'not_active', 'This booking is no longer active.');
  const service = ctx.services.find((s) => s.id === b.serviceId);
  if (!service) throw notFound('service');
  const wanted = change.practitionerId ?? b.practitionerId;
  const practitionerId = await choosePractitioner(db, ctx, service, change.start, now, wanted, b.id);
  if (!practitionerId) throw await slotTaken(db, ctx, service, now, wanted);
  const startAt = new Date(change.start);
  try {
    return await db.transaction(async (tx) => {
      const moved = await moveBooking(tx, b.id, {
        practitionerId,
        startAt,
        endAt: new Date(startAt.getTime() + (b.endAt.getTime() - b.startAt.getTime())),
      });
      await cancelPending(tx, b.id, ['booking_reminder']);
      await enqueue(tx, announce('booking_moved', moved, cancelToken, now, moved.inviteSequence));
      // The time it left, when the new one does not still cover it, goes to the waitlist.
      const leftOldTime =
        moved.practitionerId !== b.practitionerId || moved.startAt >= b.endAt || moved.endAt <= b.startAt;
      if (leftOldTime) await offerFreedTime(tx, ctx, b, _mail.publicUrl, now);
      return moved;
    });
  } catch (e) {
    if (pgErrorCode(e) !== EXCLUSION_VIOLATION) throw e;
    throw await slotTaken(db, ctx, service, now, wanted);
  }
}
