import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Language } from '../../../domain/i18n.js';

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled';
export const BOOKING_MAIL_KINDS = [
  'booking_confirmation',
  'booking_cancellation',
  'booking_reminder',
  'booking_moved',
] as const;
/** Mails stored as booking data and rendered when sent. */
export type BookingMailKind = (typeof BOOKING_MAIL_KINDS)[number];
/** Waitlist mails are written as text (OutboxEmail) when the entry or offer is made. */
export type OutboxKind = BookingMailKind | 'waitlist_joined' | 'waitlist_offer';
export const isBookingMailKind = (k: OutboxKind): k is BookingMailKind =>
  (BOOKING_MAIL_KINDS as readonly string[]).includes(k);

/** An email rendered when the message is written (account mails), in the person's language. */
export interface OutboxEmail {
  to: string;
  subject: string;
  text: string;
  /** The language the text is in (the HTML part's lang attribute); English when absent. */
  language?: Language;
  /** An iCalendar attachment (invite or cancellation). */
  ics?: { filename: string; content: string; method: 'REQUEST' | 'CANCEL' };
  /**
   * One-click unsubscribe URL (RFC 8058): sent as List-Unsubscribe with
   * List-Unsubscribe-Post: List-Unsubscribe=One-Click (reminder mails).
   */
  listUnsubscribe?: string;
}

/**
 * What a booking mail needs, stored in the booking's own statement or transaction: the worker
 * renders text, HTML and invite when it sends, so rendering costs nothing while booking. Names,
 * address and phone come from the clinic as it is at send time; the appointment itself (time,
 * practitioner) is the one this message announces.
 */
export interface BookingMailData {
  to: string;
  bookingId: string;
  clinicId: string;
  serviceId: string;
  practitionerId: string;
  patientName: string;
  language: Language;
  start: string;
  end: string;
  /** The guest's cancel token for the manage link (null: link to /care, e.g. in a cancellation). */
  cancelToken: string | null;
  /** The invite's SEQUENCE. */
  sequence: number;
}

export type OutboxPayload = OutboxEmail | BookingMailData;
export const isRenderedEmail = (p: OutboxPayload): p is OutboxEmail => 'subject' in p;

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
    payload: jsonb('payload').$type<OutboxPayload>().notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The random part of the Message-ID: unique across installations, the same on every retry. */
    messageKey: uuid('message_key').notNull().default(sql`gen_random_uuid()`),
  },
  (t) => [
    check('outbox_status', sql`${t.status} in ('pending', 'sent', 'failed', 'cancelled')`),
    index('outbox_pending_due').on(t.dueAt).where(sql`status = 'pending'`),
    index('outbox_booking').on(t.bookingId),
  ],
);
