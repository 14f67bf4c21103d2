import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { seriesSchema } from '../../contract/booking-series.js';
import { type Language, localizeOr, toLanguage } from '../../domain/i18n.js';
import {
  checkSeries,
  patientMayChange,
  type RepeatRule,
  type SeriesOccurrence,
  seriesIsFree,
  seriesStarts,
} from '../../domain/schedule/index.js';
import { formatInZone } from '../../domain/time/index.js';
import { hashToken } from '../auth/guest.js';
import type { Db } from '../db/database.js';
import {
  findSeriesByKeyHash,
  insertSeries,
  insertSeriesMembers,
  type SeriesMember,
  type SeriesWithMembers,
  seriesWithMembers,
} from '../db/repos/booking-series.js';
import {
  activeBookings,
  type Booking,
  DEADLOCK_DETECTED,
  EXCLUSION_VIOLATION,
  insertBooking,
  pgErrorCode,
  setBookingStatus,
  UNIQUE_VIOLATION,
  unshareBooking,
} from '../db/repos/bookings.js';
import {
  type ClinicContext,
  type ClinicService,
  clinicSchedule,
  practitionerSchedules,
  serviceSpec,
} from '../db/repos/clinics.js';
import { cancelPending, enqueue, type Tx } from '../db/repos/outbox.js';
import type { OutboxKind } from '../db/schema.js';
import { AppError, badRequest, notFound } from '../errors.js';
import { renderSeriesEmail, type SeriesMailDetails } from '../notifications/series-emails.js';
import {
  cancelTokenFor,
  findService,
  idempotencyKeyHash,
  type MailContext,
  reminderIfAhead,
} from './booking-service.js';
import { bookingView } from './views.js';

const DAY_MS = 24 * 3600_000;

export interface SeriesAsk {
  serviceId: string;
  practitionerId?: string;
  start: string;
  repeat: RepeatRule;
  count: number;
}

export interface SeriesCheck {
  service: ClinicService;
  practitionerId: string;
  occurrences: SeriesOccurrence[];
}

/**
 * Every occurrence of the series checked against the practitioner's bookings as they are now.
 * "Any practitioner": the giver of the service free most often, the first slot counting first.
 */
export async function checkSeriesRequest(
  db: Tx,
  ctx: ClinicContext,
  ask: SeriesAsk,
  now: Date,
): Promise<SeriesCheck> {
  const service = findService(ctx, ask.serviceId);
  const pracs = practitionerSchedules(ctx);
  const candidates = ask.practitionerId
    ? pracs.filter((p) => p.id === ask.practitionerId && p.serviceIds.includes(service.id))
    : pracs.filter((p) => p.serviceIds.includes(service.id));
  if (candidates.length === 0) throw notFound('practitioner at this clinic');
  let starts: string[];
  try {
    starts = seriesStarts(ctx.clinic.timeZone, ask.start, ask.repeat, ask.count);
  } catch (e) {
    if (e instanceof RangeError) throw badRequest('invalid_start', e.message, 'body.start');
    throw e;
  }
  const from = new Date(Date.parse(starts[0]!) - DAY_MS);
  const to = new Date(Date.parse(starts[starts.length - 1]!) + DAY_MS);
  const existing = await activeBookings(
    db,
    candidates.map((p) => p.id),
    from,
    to,
  );
  const base = {
    clinic: clinicSchedule(ctx),
    practitioners: pracs,
    service: serviceSpec(service),
    bookings: existing,
    from: '',
    to: '',
    now: now.toISOString(),
  };
  let best: SeriesCheck | undefined;
  let bestScore = -1;
  for (const p of candidates) {
    let occurrences: SeriesOccurrence[];
    try {
      occurrences = checkSeries(base, {
        practitionerId: p.id,
        start: ask.start,
        repeat: ask.repeat,
        count: ask.count,
      });
    } catch (e) {
      if (e instanceof RangeError) throw badRequest('invalid_start', e.message, 'body.start');
      throw e;
    }
    const score = occurrences.filter((o) => o.free).length + (occurrences[0]!.free ? ask.count : 0);
    if (score > bestScore) {
      best = { service, practitionerId: p.id, occurrences };
      bestScore = score;
    }
  }
  return best!;
}

export type SeriesView = z.infer<typeof seriesSchema>;

export function seriesView(ctx: ClinicContext, s: SeriesWithMembers, now: Date): SeriesView {
  const policy = { changeCutoffMinutes: ctx.clinic.changeCutoffMinutes };
  return {
    id: s.series.id,
    repeat: s.series.repeat,
    count: s.series.count,
    bookings: s.members.map((m) => ({
      ...bookingView(ctx, m),
      position: m.position,
      changeable:
        m.status === 'active' && patientMayChange(m.startAt.toISOString(), now.toISOString(), policy),
    })),
  };
}

function clashError(occurrences: SeriesOccurrence[], timeZone: string): AppError {
  const first = occurrences.find((o) => !o.free);
  const when = first
    ? formatInZone(new Date(first.start), timeZone, 'en', { dateStyle: 'full', timeStyle: 'short' })
    : '';
  const message = first
    ? `Nothing was booked: ${when} cannot be booked (${first.reason}).`
    : 'Nothing was booked: one of the times was taken while you were booking. Please check the dates again.';
  return new AppError(409, 'series_clash', message, undefined, { occurrences });
}

function mailDetails(ctx: ClinicContext, members: Booking[], manageUrl: string): SeriesMailDetails {
  const b = members[0]!;
  const language = toLanguage(b.language);
  return {
    language,
    patientName: b.patientName,
    patientEmail: b.patientEmail,
    serviceName: localizeOr(ctx.services.find((s) => s.id === b.serviceId)?.name, language, ''),
    practitionerName: ctx.practitioners.find((p) => p.id === b.practitionerId)?.displayName ?? '',
    clinicName: ctx.clinic.name,
    clinicAddress: ctx.clinic.address,
    clinicPhone: ctx.clinic.phone,
    clinicEmail: ctx.clinic.email,
    timeZone: ctx.clinic.timeZone,
    appointments: members.map((m) => ({
      bookingId: m.id,
      start: m.startAt,
      end: m.endAt,
      sequence: m.inviteSequence,
    })),
    manageUrl,
  };
}

export interface SeriesRequest extends SeriesAsk {
  idempotencyKey: string;
  patient: { name: string; email: string; phone: string };
  language: Language;
  personId: string | null;
}

export interface SeriesResult {
  series: SeriesWithMembers;
  created: boolean;
  cancelToken: string;
}

/** A retried key answers with its series, to the caller who made it only (as single bookings). */
function replayOf(s: SeriesWithMembers, req: SeriesRequest, cancelToken: string): SeriesResult {
  const b = s.members[0];
  const same =
    b &&
    (b.personId
      ? b.personId === req.personId
      : req.personId === null &&
        b.patientEmail === req.patient.email &&
        b.patientName === req.patient.name &&
        b.patientPhone === req.patient.phone);
  if (!same)
    throw new AppError(
      409,
      'idempotency_key_reused',
      'This request key was already used for another booking.',
    );
  return { series: s, created: false, cancelToken };
}

/**
 * Books a whole series or nothing. Every occurrence is checked first (a clash is a 409
 * series_clash listing each date and why); then one transaction inserts the series, each
 * booking, their links, each booking's reminder and one confirmation mail with every date.
 * The exclusion constraint still decides: if another booking takes one of the times meanwhile,
 * the transaction rolls back and the answer is the same 409 with the dates checked again.
 */
export async function createSeries(
  db: Db,
  ctx: ClinicContext,
  req: SeriesRequest,
  mail: MailContext,
  now = new Date(),
): Promise<SeriesResult> {
  const keyHash = idempotencyKeyHash(req.idempotencyKey);
  const cancelToken = cancelTokenFor(req.idempotencyKey);
  const prior = await findSeriesByKeyHash(db, ctx.clinic.id, keyHash);
  if (prior === 'elsewhere')
    throw new AppError(
      409,
      'idempotency_key_reused',
      'This request key was already used for another booking.',
    );
  if (prior) return replayOf(prior, req, cancelToken);

  const checked = await checkSeriesRequest(db, ctx, req, now);
  if (!seriesIsFree(checked.occurrences)) throw clashError(checked.occurrences, ctx.clinic.timeZone);
  const { service, practitionerId } = checked;
  const seriesId = randomUUID();
  try {
    await db.transaction(async (tx) => {
      await insertSeries(tx, {
        id: seriesId,
        clinicId: ctx.clinic.id,
        repeat: req.repeat,
        count: req.count,
        idempotencyKey: keyHash,
      });
      const members: Booking[] = [];
      for (const o of checked.occurrences) {
        const startAt = new Date(o.start);
        const row = await insertBooking(tx, {
          id: randomUUID(),
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
          // Each appointment needs a key of its own; all share the series' cancel token.
          idempotencyKey: idempotencyKeyHash(`${req.idempotencyKey}#series-${o.position}`),
          cancelTokenHash: hashToken(cancelToken),
        });
        if (!row) throw new Error('a series booking key was already used');
        members.push(row);
      }
      await insertSeriesMembers(
        tx,
        members.map((m, i) => ({ bookingId: m.id, seriesId, position: i + 1 })),
      );
      const manageUrl = `${mail.publicUrl}/care/booking/${members[0]!.id}?token=${encodeURIComponent(cancelToken)}`;
      await enqueue(tx, [
        {
          kind: 'series_confirmation' as OutboxKind,
          bookingId: members[0]!.id,
          payload: renderSeriesEmail('booked', mailDetails(ctx, members, manageUrl)),
        },
        ...members.flatMap((m) => reminderIfAhead(m, cancelToken, now, m.inviteSequence)),
      ]);
    });
  } catch (e) {
    const code = pgErrorCode(e);
    if (code === UNIQUE_VIOLATION) {
      // The same request, sent twice at once: the other one booked it.
      const again = await findSeriesByKeyHash(db, ctx.clinic.id, keyHash);
      if (again && again !== 'elsewhere') return replayOf(again, req, cancelToken);
    }
    if (code !== EXCLUSION_VIOLATION && code !== DEADLOCK_DETECTED) throw e;
    // Someone took one of the times between the check and the insert: nothing was written.
    const fresh = await checkSeriesRequest(db, ctx, { ...req, practitionerId }, now);
    throw clashError(fresh.occurrences, ctx.clinic.timeZone);
  }
  const created = await seriesWithMembers(db, seriesId);
  return { series: created!, created: true, cancelToken };
}

export interface SeriesCancellation {
  cancelled: SeriesMember[];
  tooLate: SeriesMember[];
}

/**
 * "Cancel all the remaining": every active appointment of the series that has not started. A
 * patient cancels online only those before the clinic's change cut-off (the rest are reported,
 * to call about); staff cancel them all. One transaction; one mail to the patient listing what
 * was cancelled, with a CANCEL for each event of the invite.
 */
export async function cancelRemaining(
  db: Db,
  ctx: ClinicContext,
  s: SeriesWithMembers,
  by: 'patient' | 'staff',
  now = new Date(),
): Promise<SeriesCancellation> {
  const policy = { changeCutoffMinutes: ctx.clinic.changeCutoffMinutes };
  const remaining = s.members.filter((m) => m.status === 'active' && m.startAt.getTime() > now.getTime());
  const allowed = (m: SeriesMember) =>
    by === 'staff' || patientMayChange(m.startAt.toISOString(), now.toISOString(), policy);
  const toCancel = remaining.filter(allowed);
  const tooLate = remaining.filter((m) => !allowed(m));
  if (toCancel.length === 0) return { cancelled: [], tooLate };
  const cancelled = await db.transaction(async (tx) => {
    const out: SeriesMember[] = [];
    for (const m of toCancel) {
      await setBookingStatus(tx, m.id, 'cancelled');
      const updated = await unshareBooking(tx, m.id);
      await cancelPending(tx, m.id, ['booking_reminder']);
      out.push({ ...updated, position: m.position });
    }
    await enqueue(tx, [
      {
        kind: 'series_cancellation' as OutboxKind,
        bookingId: out[0]!.id,
        payload: renderSeriesEmail('cancelled', mailDetails(ctx, out, '')),
      },
    ]);
    return out;
  });
  return { cancelled, tooLate };
}
