import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled';
export type OutboxKind =
  | 'booking_confirmation'
  | 'booking_cancellation'
  | 'booking_reminder'
  | 'booking_moved';

/** An email as it will be sent; rendered when the message is written, in the patient's language. */
export interface OutboxEmail {
  to: string;
  subject: string;
  text: string;
  /** An iCalendar attachment (invite or cancellation). */
  ics?: { filename: string; content: string; method: 'REQUEST' | 'CANCEL' };
}

/**
 * Messages waiting to be sent. Rows are written in the same transaction as the change they
 * announce, so a rolled-back booking never mails and a crash after commit only delays the mail.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').$type<OutboxKind>().notNull(),
    bookingId: uuid('booking_id'),
    payload: jsonb('payload').$type<OutboxEmail>().notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('outbox_status', sql`${t.status} in ('pending', 'sent', 'failed', 'cancelled')`),
    index('outbox_pending_due').on(t.dueAt).where(sql`status = 'pending'`),
    index('outbox_booking').on(t.bookingId),
  ],
);
