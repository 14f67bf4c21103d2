import { and, asc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { type OutboxEmail, type OutboxKind, outbox, waitlistEntries, waitlistOffers } from '../schema.js';
import type { Tx } from './outbox.js';

export type WaitlistEntry = typeof waitlistEntries.$inferSelect;
export type NewWaitlistEntry = typeof waitlistEntries.$inferInsert;
export type WaitlistOffer = typeof waitlistOffers.$inferSelect;
export type NewWaitlistOffer = Pick<
  typeof waitlistOffers.$inferInsert,
  'entryId' | 'clinicId' | 'serviceId' | 'practitionerId' | 'startAt' | 'endAt'
>;

export async function insertWaitlistEntry(tx: Tx, values: NewWaitlistEntry): Promise<WaitlistEntry> {
  const [row] = await tx.insert(waitlistEntries).values(values).returning();
  return row!;
}

export async function findWaitlistEntry(db: Tx, id: string): Promise<WaitlistEntry | undefined> {
  const [row] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, id)).limit(1);
  return row;
}

/** Entries still waiting for this service whose range holds the date (the domain orders them). */
export async function waitingEntriesOn(
  tx: Tx,
  clinicId: string,
  serviceId: string,
  date: string,
): Promise<WaitlistEntry[]> {
  return tx
    .select()
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.clinicId, clinicId),
        eq(waitlistEntries.serviceId, serviceId),
        eq(waitlistEntries.status, 'waiting'),
        lte(waitlistEntries.fromDate, date),
        gte(waitlistEntries.toDate, date),
      ),
    )
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id));
}

/**
 * Records offers (a time offered again to the same entry is opened again rather than
 * duplicated) and returns them, to be mailed in the same transaction.
 */
export async function upsertOffers(tx: Tx, offers: NewWaitlistOffer[]): Promise<WaitlistOffer[]> {
  if (offers.length === 0) return [];
  return tx
    .insert(waitlistOffers)
    .values(offers)
    .onConflictDoUpdate({
      target: [waitlistOffers.entryId, waitlistOffers.practitionerId, waitlistOffers.startAt],
      set: { status: 'open', createdAt: sql`now()` },
    })
    .returning();
}

export async function findOfferWithEntry(
  db: Tx,
  offerId: string,
): Promise<{ offer: WaitlistOffer; entry: WaitlistEntry } | undefined> {
  const [row] = await db
    .select({ offer: waitlistOffers, entry: waitlistEntries })
    .from(waitlistOffers)
    .innerJoin(waitlistEntries, eq(waitlistEntries.id, waitlistOffers.entryId))
    .where(eq(waitlistOffers.id, offerId))
    .limit(1);
  return row;
}

/**
 * The entry got its time: it leaves the waitlist, its offer is booked, and every other open offer
 * of that time says it was taken.
 */
export async function markOfferBooked(db: Db, offer: WaitlistOffer, bookingId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(waitlistEntries)
      .set({ status: 'booked', bookingId, updatedAt: new Date() })
      .where(eq(waitlistEntries.id, offer.entryId));
    await tx.update(waitlistOffers).set({ status: 'booked' }).where(eq(waitlistOffers.id, offer.id));
    await tx
      .update(waitlistOffers)
      .set({ status: 'taken' })
      .where(
        and(
          eq(waitlistOffers.practitionerId, offer.practitionerId),
          eq(waitlistOffers.startAt, offer.startAt),
          eq(waitlistOffers.status, 'open'),
          ne(waitlistOffers.id, offer.id),
        ),
      );
  });
}

/** Someone else booked the offered time: this offer is closed, the entry keeps waiting. */
export async function markOfferTaken(db: Tx, offerId: string): Promise<void> {
  await db
    .update(waitlistOffers)
    .set({ status: 'taken' })
    .where(and(eq(waitlistOffers.id, offerId), eq(waitlistOffers.status, 'open')));
}

export async function leaveWaitlist(db: Tx, id: string): Promise<WaitlistEntry> {
  const [row] = await db
    .update(waitlistEntries)
    .set({ status: 'left', updatedAt: new Date() })
    .where(and(eq(waitlistEntries.id, id), eq(waitlistEntries.status, 'waiting')))
    .returning();
  return row ?? (await findWaitlistEntry(db, id))!;
}

/** Waitlist mails, written as text in the caller's transaction (they belong to no booking). */
export async function enqueueWaitlistMails(
  tx: Tx,
  kind: Extract<OutboxKind, 'waitlist_joined' | 'waitlist_offer'>,
  emails: OutboxEmail[],
): Promise<void> {
  if (emails.length === 0) return;
  await tx.insert(outbox).values(emails.map((payload) => ({ kind, payload })));
}
