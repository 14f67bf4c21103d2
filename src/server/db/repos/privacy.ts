import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Localized } from '../../../domain/i18n.js';
import type { ProgrammeReviewRecord } from '../../../domain/privacy/fhir-activity.js';
import { reviewRecordOf } from '../../../domain/privacy/review-record.js';
import type { PractitionerEdits } from '../../../domain/programme/review.js';
import type { Db } from '../database.js';
import { deleteEmailCounters } from './throttle-windows.js';

type Row = Record<string, unknown>;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
// Secrets and credentials are never exported, even to their owner.
const SECRET_COLUMN = /(token|password|hash|secret)/i;

/** Tables (other than the audit log) with a person_id column: every area's per-person data. */
async function personTables(db: Db): Promise<string[]> {
  const result = await db.execute<{ table_name: string }>(sql`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and c.column_name = 'person_id' and c.data_type = 'uuid'
      and t.table_type = 'BASE TABLE' and c.table_name <> 'audit_log'
    order by c.table_name`);
  return result.rows.map((r) => r.table_name);
}

/** Single-column foreign keys pointing at users(id) or guests(id), with their ON DELETE rule. */
async function referencesTo(
  db: Db,
): Promise<{ tbl: string; col: string; ref: 'users' | 'guests'; rule: string }[]> {
  const result = await db.execute<{ tbl: string; col: string; ref: 'users' | 'guests'; rule: string }>(sql`
    select c.conrelid::regclass::text as tbl, a.attname as col, c.confrelid::regclass::text as ref,
           c.confdeltype as rule
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and array_length(c.conkey, 1) = 1
      and c.confrelid in ('public.users'::regclass, 'public.guests'::regclass)`);
  return result.rows;
}

/**
 * Tables without a person_id of their own that hang off a person table by a single-column foreign
 * key (a programme's session results and calendar feeds): their rows belong to the same person.
 */
async function childTables(
  db: Db,
  parents: string[],
): Promise<{ tbl: string; col: string; parent: string; parentCol: string }[]> {
  if (!parents.length) return [];
  const result = await db.execute<{ tbl: string; col: string; parent: string; parentCol: string }>(sql`
    select c.conrelid::regclass::text as tbl, a.attname as col,
           c.confrelid::regclass::text as parent, pa.attname as "parentCol"
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
    where c.contype = 'f' and array_length(c.conkey, 1) = 1
      and c.confrelid::regclass::text in (${sql.join(
        parents.map((p) => sql`${p}`),
        sql`, `,
      )})
    order by 1, 2`);
  return result.rows.filter((r) => !parents.includes(r.tbl) && r.tbl !== 'audit_log');
}

/**
 * Every row held about the person, table by table: rows keyed by person_id in any area, the rows
 * hanging off those (e.g. programme_results), and rows pointing at the account. Credential
 * columns (tokens, hashes) are left out.
 */
export async function personData(
  db: Db,
  personId: string | null,
  userId: string | null,
): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  const add = (table: string, rows: Row[]) => {
    if (!rows.length) return;
    const clean = rows.map((r) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => !SECRET_COLUMN.test(k))),
    );
    out[table] = [...(out[table] ?? []), ...clean];
  };
  if (personId) {
    const id = uuidOnly(personId);
    const tables = await personTables(db);
    for (const table of tables) {
      const r = await db.execute(sql.raw(`select * from ${ident(table)} where person_id = '${id}'`));
      add(table, r.rows as Row[]);
    }
    for (const child of await childTables(db, tables)) {
      const r = await db.execute(
        sql.raw(
          `select * from ${ident(child.tbl)} where ${ident(child.col)} in ` +
            `(select ${ident(child.parentCol)} from ${ident(child.parent)} where person_id = '${id}')`,
        ),
      );
      add(child.tbl, r.rows as Row[]);
    }
  }
  if (userId) {
    for (const ref of await referencesTo(db)) {
      if (ref.ref !== 'users' || ref.tbl === 'users') continue;
      const r = await db.execute(
        sql.raw(`select * from ${ident(ref.tbl)} where ${ident(ref.col)} = '${uuidOnly(userId)}'`),
      );
      add(ref.tbl, r.rows as Row[]);
    }
  }
  return out;
}

function uuidOnly(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw new Error('not a uuid');
  return id;
}

/**
 * Erases a person and their account in one transaction:
 * - the audit trail stays, but every id, address and IP pointing at them is replaced by one
 *   fresh pseudonym (the entries stay linked to each other, not to anyone);
 * - rows of any area keyed by person_id are deleted, as are rows referencing the account or the
 *   person without ON DELETE CASCADE; mail addressed to them or about their bookings is withdrawn
 *   from the outbox;
 * - finally the account and the person rows go, cascading to sessions, consents and the rest.
 * Returns the pseudonym used in the audit log.
 */
export async function erasePerson(
  db: Db,
  target: { personId: string | null; userId: string | null; email: string | null },
): Promise<string> {
  const pseudonym = randomUUID();
  const personId = target.personId ? uuidOnly(target.personId) : null;
  const userId = target.userId ? uuidOnly(target.userId) : null;
  await db.transaction(async (tx) => {
    const ids = [personId, userId].filter((x): x is string => !!x);
    for (const id of ids) {
      await tx.execute(sql`update audit_log set person_id = ${pseudonym}, ip = null where person_id = ${id}`);
      await tx.execute(
        sql`update audit_log set actor_user_id = ${pseudonym}, ip = null where actor_user_id = ${id}`,
      );
      await tx.execute(sql`update audit_log set resource_id = ${pseudonym} where resource_id = ${id}`);
    }
    if (target.email) {
      const outbox = await tx.execute<{ t: string | null }>(
        sql`select to_regclass('public.outbox')::text as t`,
      );
      if (outbox.rows[0]?.t) await tx.execute(sql`delete from outbox where payload->>'to' = ${target.email}`);
      // A booking the clinic entered for this address (by phone, no person) keeps its slot in the
      // calendar but no longer says who it was for; its mail goes.
      const bookings = await tx.execute<{ t: string | null }>(
        sql`select to_regclass('public.bookings')::text as t`,
      );
      if (bookings.rows[0]?.t && outbox.rows[0]?.t) {
        const theirs = sql`select id from bookings where person_id is null and lower(patient_email) = ${target.email}`;
        await tx.execute(sql`delete from outbox where booking_id in (${theirs})`);
        await tx.execute(sql`
          update bookings set patient_name = 'Erased', patient_email = 'erased@invalid', patient_phone = '',
                 share_assessment = false, assessment_id = null
           where person_id is null and lower(patient_email) = ${target.email}`);
      }
      await tx.execute(sql`delete from email_verifications where email = ${target.email}`);
      await deleteEmailCounters(tx, target.email);
    }
    if (personId) {
      // Mail about the person's bookings carries the name and address they booked under, which
      // need not be the account's: it goes with the bookings.
      const both = await tx.execute<{ ok: boolean }>(
        sql`select to_regclass('public.outbox') is not null and to_regclass('public.bookings') is not null as ok`,
      );
      if (both.rows[0]?.ok)
        await tx.execute(
          sql`delete from outbox where booking_id in (select id from bookings where person_id = ${personId})`,
        );
    }
    if (personId) {
      for (const table of await personTables(tx as unknown as Db)) {
        await tx.execute(sql.raw(`delete from ${ident(table)} where person_id = '${personId}'`));
      }
    }
    for (const ref of await referencesTo(tx as unknown as Db)) {
      if (ref.rule === 'c') continue;
      const id = ref.ref === 'users' ? userId : personId;
      if (!id || ref.tbl === 'users') continue;
      const action =
        ref.rule === 'n'
          ? `update ${ident(ref.tbl)} set ${ident(ref.col)} = null`
          : `delete from ${ident(ref.tbl)}`;
      await tx.execute(sql.raw(`${action} where ${ident(ref.col)} = '${id}'`));
    }
    if (userId) await tx.execute(sql`delete from users where id = ${userId}`);
    if (personId) await tx.execute(sql`delete from guests where id = ${personId}`);
  });
  return pseudonym;
}

export interface ActivityRows {
  /** Each check-in row's id by its date (one per person and day): what names it in FHIR. */
  checkinIds: Map<string, string>;
  bookings: {
    id: string;
    status: 'active' | 'cancelled' | 'no_show' | 'completed';
    start: string;
    end: string;
    serviceName: Localized | null;
  }[];
  programmes: {
    id: string;
    createdAt: string;
    programme: { pattern: string; sessions: { id: string; date: string }[] };
    results: { id: string; sessionId: string; completedAt: string; effort: number; painNow: number }[];
    /** Practitioners' reviews, oldest first, with the clinic's name. */
    reviews: ProgrammeReviewRecord[];
  }[];
}

/** The person's bookings (with the service's name) and programmes with their played sessions. */
export async function activityOf(db: Db, personId: string): Promise<ActivityRows> {
  const iso = (v: unknown) => new Date(v as string).toISOString();
  const b = await db.execute<Record<string, unknown>>(sql`
    select b.id, b.status, b.start_at, b.end_at, s.name
    from bookings b left join clinic_services s on s.id = b.service_id
    where b.person_id = ${personId} order by b.start_at`);
  const p = await db.execute<Record<string, unknown>>(sql`
    select id, created_at, programme from programmes where person_id = ${personId} order by created_at`);
  const r = await db.execute<Record<string, unknown>>(sql`
    select r.id, r.programme_id, r.session_id, r.completed_at, r.result
    from programme_results r join programmes p on p.id = r.programme_id
    where p.person_id = ${personId} order by r.completed_at, r.id`);
  const rv = await db.execute<Record<string, unknown>>(sql`
    select r.programme_id, r.reviewer_name, r.edits, r.created_at, c.name as clinic_name
    from programme_reviews r left join clinics c on c.id = r.clinic_id
    where r.person_id = ${personId} order by r.created_at, r.id`);
  const c = await db.execute<{ id: string; date: string }>(sql`
    select id, to_char(date, 'YYYY-MM-DD') as date from checkins where person_id = ${personId}`);
  return {
    checkinIds: new Map(c.rows.map((x) => [x.date, x.id])),
    bookings: b.rows.map((x) => ({
      id: x.id as string,
      status: x.status as ActivityRows['bookings'][number]['status'],
      start: iso(x.start_at),
      end: iso(x.end_at),
      serviceName: (x.name as Localized | null) ?? null,
    })),
    programmes: p.rows.map((x) => ({
      id: x.id as string,
      createdAt: iso(x.created_at),
      programme: x.programme as ActivityRows['programmes'][number]['programme'],
      results: r.rows
        .filter((y) => y.programme_id === x.id)
        .map((y) => {
          const result = y.result as { effort: number; painNow: number };
          return {
            id: y.id as string,
            sessionId: y.session_id as string,
            completedAt: iso(y.completed_at),
            effort: result.effort,
            painNow: result.painNow,
          };
        }),
      reviews: rv.rows
        .filter((y) => y.programme_id === x.id)
        .map((y) =>
          reviewRecordOf(y.edits as PractitionerEdits, {
            reviewerName: y.reviewer_name as string,
            clinicName: (y.clinic_name as string | null) ?? null,
            reviewedAt: iso(y.created_at),
          }),
        ),
    })),
  };
}
