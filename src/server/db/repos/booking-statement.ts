import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '../database.js';
import type { OutboxKind, OutboxPayload } from '../schema.js';
import * as schema from '../schema.js';
import { type Booking, pgErrorCode } from './bookings.js';
import type { Tx } from './outbox.js';

/** The pool behind the app's drizzle instance (for statements drizzle cannot prepare). */
export const poolOf = (db: Db): pg.Pool => (db as Db & { $client: pg.Pool }).$client;

const BOOKING_COLUMNS = `id, clinic_id as "clinicId", service_id as "serviceId",
  practitioner_id as "practitionerId", person_id as "personId", patient_name as "patientName",
  patient_email as "patientEmail", patient_phone as "patientPhone", language,
  start_at as "startAt", end_at as "endAt", buffer_before_minutes as "bufferBeforeMinutes",
  buffer_after_minutes as "bufferAfterMinutes", status, idempotency_key as "idempotencyKey",
  assessment_id as "assessmentId", share_assessment as "shareAssessment",
  cancel_token_hash as "cancelTokenHash", created_at as "createdAt", updated_at as "updatedAt"`;

/**
 * A booking and its mails in one statement: a booking already made with the key is returned
 * instead (a replay); otherwise the row is inserted, when the clinic's schedule version is
 * still the one the request was judged against, with its outbox rows in the same statement.
 * The exclusion constraint decides overlaps (23P01). A named prepared statement: planned
 * once per connection.
 */
const BOOK = {
  name: 'psoas-book-v1',
  text: `with prior as (
      select ${BOOKING_COLUMNS} from bookings where idempotency_key = $14
    ), ins as (
      insert into bookings (id, clinic_id, service_id, practitioner_id, person_id, patient_name,
        patient_email, patient_phone, language, start_at, end_at, buffer_before_minutes,
        buffer_after_minutes, idempotency_key, assessment_id, share_assessment, cancel_token_hash)
      select $1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6::text, $7::text, $8::text, $9::text,
        $10::timestamptz, $11::timestamptz, $12::int, $13::int, $14::text, $15::uuid, $16::boolean,
        $17::text
       where not exists (select 1 from prior)
         and ($18::text is null
              or coalesce((select version from clinic_versions where clinic_id = $2::uuid), 0)::text = $18::text)
      on conflict (idempotency_key) do nothing
      returning ${BOOKING_COLUMNS}
    ), mail as (
      insert into outbox (kind, booking_id, payload, due_at)
      select m.kind, ins.id, m.payload, m.due_at
        from ins cross join jsonb_to_recordset($19::jsonb) as m(kind text, payload jsonb, due_at timestamptz)
    )
    select true as created, ins.* from ins
    union all
    select false as created, prior.* from prior`,
};

export interface BookingMail {
  kind: OutboxKind;
  payload: OutboxPayload;
  dueAt?: Date;
}

export interface BookingInsert {
  booking: Required<
    Pick<
      Booking,
      | 'id'
      | 'clinicId'
      | 'serviceId'
      | 'practitionerId'
      | 'personId'
      | 'patientName'
      | 'patientEmail'
      | 'patientPhone'
      | 'language'
      | 'startAt'
      | 'endAt'
      | 'bufferBeforeMinutes'
      | 'bufferAfterMinutes'
      | 'idempotencyKey'
      | 'assessmentId'
      | 'shareAssessment'
      | 'cancelTokenHash'
    >
  >;
  mails: BookingMail[];
  /** The clinic version the request was judged against; null = do not check. */
  clinicVersion: string | null;
  /** Runs in the booking's transaction when the row was inserted (e.g. the consent of a share). */
  alsoInTransaction?: (tx: Tx, booking: Booking) => Promise<void>;
}

/** created: inserted now; replay: a booking with this key existed; none: not inserted (version moved, or a concurrent insert with the key). */
export type BookingOutcome =
  | { kind: 'created'; booking: Booking }
  | { kind: 'replay'; booking: Booking }
  | { kind: 'none' };

function valuesOf(i: BookingInsert): unknown[] {
  const b = i.booking;
  return [
    b.id,
    b.clinicId,
    b.serviceId,
    b.practitionerId,
    b.personId,
    b.patientName,
    b.patientEmail,
    b.patientPhone,
    b.language,
    b.startAt.toISOString(),
    b.endAt.toISOString(),
    b.bufferBeforeMinutes,
    b.bufferAfterMinutes,
    b.idempotencyKey,
    b.assessmentId,
    b.shareAssessment,
    b.cancelTokenHash,
    i.clinicVersion,
    JSON.stringify(
      i.mails.map((m) => ({
        kind: m.kind,
        payload: m.payload,
        due_at: (m.dueAt ?? new Date()).toISOString(),
      })),
    ),
  ];
}

const outcomeOf = (rows: (Booking & { created: boolean })[]): BookingOutcome => {
  const row = rows[0];
  if (!row) return { kind: 'none' };
  const { created, ...booking } = row;
  return { kind: created ? 'created' : 'replay', booking };
};

/**
 * Runs the booking statement on a checked-out client: an error through pool.query() makes
 * pg-pool destroy the connection, and a refused booking (23P01) is an everyday answer, not a
 * reason to pay for a new connection. A failed statement outside a transaction leaves the
 * connection clean, so it goes back to the pool.
 */
export async function insertBookingWithMail(pool: pg.Pool, insert: BookingInsert): Promise<BookingOutcome> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    if (!insert.alsoInTransaction) {
      const { rows } = await client.query({ ...BOOK, values: valuesOf(insert) });
      return outcomeOf(rows);
    }
    await client.query('begin');
    try {
      const { rows } = await client.query({ ...BOOK, values: valuesOf(insert) });
      const outcome = outcomeOf(rows);
      if (outcome.kind === 'created')
        await insert.alsoInTransaction(drizzle(client, { schema }), outcome.booking);
      await client.query('commit');
      return outcome;
    } catch (e) {
      await client.query('rollback').catch((err: Error) => {
        broken = err;
      });
      throw e;
    }
  } catch (e) {
    // A connection that failed at the protocol level (not a refused statement) is not reused.
    if (pgErrorCode(e) === undefined) broken ??= e as Error;
    throw e;
  } finally {
    client.release(broken);
  }
}
