import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { type OutboxKind, type OutboxPayload, outbox } from '../schema.js';

export type OutboxRow = typeof outbox.$inferSelect;
/** A transaction or the database: outbox rows are written inside the caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface NewOutboxMessage {
  kind: OutboxKind;
  bookingId: string;
  payload: OutboxPayload;
  dueAt?: Date;
}

export async function enqueue(tx: Tx, messages: NewOutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.insert(outbox).values(
    messages.map((m) => ({
      kind: m.kind,
      bookingId: m.bookingId,
      payload: m.payload,
      dueAt: m.dueAt ?? new Date(),
    })),
  );
}

/** Withdraws messages not yet sent for a booking (e.g. the reminder of a cancelled booking). */
export async function cancelPending(tx: Tx, bookingId: string, kinds: OutboxKind[]): Promise<void> {
  await tx
    .update(outbox)
    .set({ status: 'cancelled' })
    .where(and(eq(outbox.bookingId, bookingId), eq(outbox.status, 'pending'), inArray(outbox.kind, kinds)));
}

export interface SendOutcome {
  id: number;
  ok: boolean;
  error?: string;
}

/**
 * Claims up to `limit` due messages with FOR UPDATE SKIP LOCKED, hands them to `send`, and
 * records each outcome in the same transaction. Another app instance running this at the same
 * time skips the locked rows, so each message is sent by one instance only. A failure is
 * retried after retryBaseMs·2^(attempts−1); after maxAttempts the message is 'failed'.
 */
export async function processDue(
  db: Db,
  options: { limit: number; maxAttempts: number; retryBaseMs: number; now?: Date },
  send: (row: OutboxRow) => Promise<void>,
): Promise<SendOutcome[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.dueAt, sql`now()`)))
      .orderBy(asc(outbox.dueAt), asc(outbox.id))
      .limit(options.limit)
      .for('update', { skipLocked: true });
    const outcomes: SendOutcome[] = [];
    for (const row of rows) {
      try {
        await send(row);
        await tx
          .update(outbox)
          .set({ status: 'sent', sentAt: new Date(), attempts: row.attempts + 1 })
          .where(eq(outbox.id, row.id));
        outcomes.push({ id: row.id, ok: true });
      } catch (e) {
        const attempts = row.attempts + 1;
        const error = (e as Error).message?.slice(0, 500) ?? String(e);
        const giveUp = attempts >= options.maxAttempts;
        const delayMs = options.retryBaseMs * 2 ** (attempts - 1);
        await tx
          .update(outbox)
          .set({
            attempts,
            lastError: error,
            status: giveUp ? 'failed' : 'pending',
            dueAt: giveUp ? row.dueAt : new Date(Date.now() + delayMs),
          })
          .where(eq(outbox.id, row.id));
        outcomes.push({ id: row.id, ok: false, error });
      }
    }
    return outcomes;
  });
}

export async function outboxForBooking(db: Tx, bookingId: string): Promise<OutboxRow[]> {
  return db.select().from(outbox).where(eq(outbox.bookingId, bookingId)).orderBy(asc(outbox.id));
}
