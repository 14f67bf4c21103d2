import { asc, eq } from 'drizzle-orm';
import type { RepeatRule } from '../../../domain/schedule/index.js';
import { bookingSeries, bookingSeriesMembers, bookings } from '../schema.js';
import type { Booking } from './bookings.js';
import type { Tx } from './outbox.js';

export type BookingSeriesRow = typeof bookingSeries.$inferSelect;
export type SeriesMember = Booking & { position: number };
export interface SeriesWithMembers {
  series: BookingSeriesRow;
  members: SeriesMember[];
}

export async function insertSeries(
  tx: Tx,
  values: { id: string; clinicId: string; repeat: RepeatRule; count: number; idempotencyKey: string },
): Promise<BookingSeriesRow> {
  const [row] = await tx.insert(bookingSeries).values(values).returning();
  return row!;
}

export async function insertSeriesMembers(
  tx: Tx,
  rows: { bookingId: string; seriesId: string; position: number }[],
): Promise<void> {
  if (rows.length > 0) await tx.insert(bookingSeriesMembers).values(rows);
}

/** A series with its appointments in order (every status). */
export async function seriesWithMembers(db: Tx, seriesId: string): Promise<SeriesWithMembers | null> {
  const [series] = await db.select().from(bookingSeries).where(eq(bookingSeries.id, seriesId)).limit(1);
  if (!series) return null;
  const rows = await db
    .select({ b: bookings, position: bookingSeriesMembers.position })
    .from(bookingSeriesMembers)
    .innerJoin(bookings, eq(bookings.id, bookingSeriesMembers.bookingId))
    .where(eq(bookingSeriesMembers.seriesId, seriesId))
    .orderBy(asc(bookingSeriesMembers.position));
  return { series, members: rows.map((r) => ({ ...r.b, position: r.position })) };
}

/** The series a booking belongs to, or null when it was booked on its own. */
export async function seriesOfBooking(db: Tx, bookingId: string): Promise<SeriesWithMembers | null> {
  const [m] = await db
    .select({ seriesId: bookingSeriesMembers.seriesId })
    .from(bookingSeriesMembers)
    .where(eq(bookingSeriesMembers.bookingId, bookingId))
    .limit(1);
  return m ? seriesWithMembers(db, m.seriesId) : null;
}

/** The series booked with this idempotency key hash at the clinic (a retried request). */
export async function findSeriesByKeyHash(
  db: Tx,
  clinicId: string,
  keyHash: string,
): Promise<SeriesWithMembers | null | 'elsewhere'> {
  const [row] = await db
    .select()
    .from(bookingSeries)
    .where(eq(bookingSeries.idempotencyKey, keyHash))
    .limit(1);
  if (!row) return null;
  if (row.clinicId !== clinicId) return 'elsewhere';
  return seriesWithMembers(db, row.id);
}
