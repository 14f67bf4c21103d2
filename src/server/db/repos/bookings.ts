import { and, asc, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Localized } from '../../../domain/i18n.js';
import type { ExistingBooking } from '../../../domain/schedule/index.js';
import type { Db } from '../database.js';
import { type BookingStatus, bookings, clinicServices, practitioners } from '../schema.js';
import type { Tx } from './outbox.js';

export type Booking = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;

/** The PostgreSQL error code behind a (possibly drizzle-wrapped) error. */
export function pgErrorCode(e: unknown): string | undefined {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
export const EXCLUSION_VIOLATION = '23P01';
/**
 * PostgreSQL broke a lock cycle by aborting this statement: concurrent overlapping inserts that
 * the exclusion constraint makes wait on each other form one. Nothing was written.
 */
export const DEADLOCK_DETECTED = '40P01';
export const UNIQUE_VIOLATION = '23505';

/** Active bookings of the practitioners whose blocked time (buffers included) meets [from, to). */
export async function activeBookings(
  db: Tx,
  practitionerIds: string[],
  from: Date,
  to: Date,
  excludeBookingId?: string,
): Promise<ExistingBooking[]> {
  if (practitionerIds.length === 0) return [];
  // Buffers are at most 2 h each (checked on services), so widening by 2 h catches every neighbour.
  const rows = await db
    .select()
    .from(bookings)
    .where(
      and(
        inArray(bookings.practitionerId, practitionerIds),
        eq(bookings.status, 'active'),
        lt(bookings.startAt, new Date(to.getTime() + 2 * 3600_000)),
        gt(bookings.endAt, new Date(from.getTime() - 2 * 3600_000)),
        excludeBookingId ? ne(bookings.id, excludeBookingId) : undefined,
      ),
    );
  return rows.map((b) => ({
    practitionerId: b.practitionerId,
    start: b.startAt.toISOString(),
    end: b.endAt.toISOString(),
    bufferBeforeMinutes: b.bufferBeforeMinutes,
    bufferAfterMinutes: b.bufferAfterMinutes,
  }));
}

export async function findBooking(db: Tx, id: string): Promise<Booking | undefined> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id)).limit(1);
  return row;
}

export async function findBookingByKeyHash(db: Tx, keyHash: string): Promise<Booking | undefined> {
  const [row] = await db.select().from(bookings).where(eq(bookings.idempotencyKey, keyHash)).limit(1);
  return row;
}

/** Inserts a booking; null when a booking with the same idempotency key already exists. */
export async function insertBooking(tx: Tx, values: NewBooking): Promise<Booking | null> {
  const [row] = await tx
    .insert(bookings)
    .values(values)
    .onConflictDoNothing({ target: bookings.idempotencyKey })
    .returning();
  return row ?? null;
}

export async function moveBooking(
  tx: Tx,
  id: string,
  change: { practitionerId: string; startAt: Date; endAt: Date },
): Promise<Booking> {
  const [row] = await tx
    .update(bookings)
    .set({ ...change, inviteSequence: sql`${bookings.inviteSequence} + 1`, updatedAt: new Date() })
    .where(eq(bookings.id, id))
    .returning();
  return row!;
}

export async function setBookingStatus(tx: Tx, id: string, status: BookingStatus): Promise<Booking> {
  const [row] = await tx
    .update(bookings)
    .set({
      status,
      // A cancellation is news to the patient's calendar; staff outcome marks are not.
      ...(status === 'cancelled' ? { inviteSequence: sql`${bookings.inviteSequence} + 1` } : {}),
      updatedAt: new Date(),
    })
    .where(eq(bookings.id, id))
    .returning();
  return row!;
}

export interface BookingListItem extends Booking {
  serviceName: Localized;
  practitionerName: string;
  /**
   * How many bookings at the clinic this patient (by email, any case) did not attend: the front
   * desk sees it on the appointment, as Jane and Cliniko show it.
   */
  noShows: number;
}

/**
 * A clinic's bookings starting in [from, to), every status, for the staff calendar, each with its
 * patient's no-show count. One statement: the counts come from a grouped subquery over the
 * clinic's no-shows joined by email, so the calendar's hot path pays one round trip, not two.
 */
export async function clinicBookings(
  db: Db,
  clinicId: string,
  from: Date,
  to: Date,
  practitionerId?: string,
): Promise<BookingListItem[]> {
  const missed = db
    .select({
      email: sql<string>`lower(${bookings.patientEmail})`.as('email'),
      n: sql<number>`count(*)::int`.as('n'),
    })
    .from(bookings)
    .where(and(eq(bookings.clinicId, clinicId), eq(bookings.status, 'no_show')))
    .groupBy(sql`lower(${bookings.patientEmail})`)
    .as('missed');
  const rows = await db
    .select({
      b: bookings,
      serviceName: clinicServices.name,
      practitionerName: practitioners.displayName,
      noShows: sql<number>`coalesce(${missed.n}, 0)`.mapWith(Number),
    })
    .from(bookings)
    .innerJoin(clinicServices, eq(clinicServices.id, bookings.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, bookings.practitionerId))
    .leftJoin(missed, eq(missed.email, sql`lower(${bookings.patientEmail})`))
    .where(
      and(
        eq(bookings.clinicId, clinicId),
        sql`${bookings.startAt} >= ${from.toISOString()}`,
        lt(bookings.startAt, to),
        practitionerId ? eq(bookings.practitionerId, practitionerId) : undefined,
      ),
    )
    .orderBy(asc(bookings.startAt));
  return rows.map((r) => ({
    ...r.b,
    serviceName: r.serviceName,
    practitionerName: r.practitionerName,
    noShows: r.noShows,
  }));
}

/** Pairs of active bookings of one practitioner whose blocked times overlap (should always be 0). */
export async function countOverlaps(db: Db): Promise<number> {
  const r = await db.execute(sql`
    select count(*)::int as n from bookings a join bookings b
      on a.practitioner_id = b.practitioner_id and a.id < b.id
     where a.status = 'active' and b.status = 'active'
       and booking_blocked_range(a.start_at, a.end_at, a.buffer_before_minutes, a.buffer_after_minutes)
        && booking_blocked_range(b.start_at, b.end_at, b.buffer_before_minutes, b.buffer_after_minutes)`);
  return Number((r.rows[0] as { n: number }).n);
}

export async function bookingsOfPerson(db: Db, personId: string): Promise<Booking[]> {
  return db
    .select()
    .from(bookings)
    .where(eq(bookings.personId, personId))
    .orderBy(asc(bookings.startAt))
    .limit(200);
}

/**
 * Stops a clinic reading the assessments a person attached to bookings there: withdrawing
 * consent from a clinic ends every way it sees the person's health data.
 */
export async function unshareAssessmentsWithClinic(
  db: Db,
  personId: string,
  clinicId: string,
): Promise<void> {
  await db
    .update(bookings)
    .set({ shareAssessment: false })
    .where(
      and(
        eq(bookings.personId, personId),
        eq(bookings.clinicId, clinicId),
        eq(bookings.shareAssessment, true),
      ),
    );
}

/** Ends a booking's assessment share (a cancelled booking shares nothing). */
export async function unshareBooking(tx: Tx, id: string): Promise<Booking> {
  const [row] = await tx
    .update(bookings)
    .set({ shareAssessment: false, updatedAt: new Date() })
    .where(eq(bookings.id, id))
    .returning();
  return row!;
}
