import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import {
  auditLog,
  type HurtReportJson,
  messages,
  messageThreads,
  type OutboxEmail,
  type OutboxKind,
  outbox,
} from '../schema.js';
import type { Tx } from './outbox.js';

export type Sender = 'patient' | 'clinic';

export interface ThreadMessage {
  id: string;
  sender: Sender;
  author: string | null;
  body: string;
  hurt: HurtReportJson | null;
  createdAt: Date;
}

export interface ThreadSummary {
  clinicId: string;
  clinicName: string;
  open: boolean;
  unread: number;
  lastAt: Date | null;
}

/** Who gets a "new message" mail: an address and the language to write it in. */
export interface Recipient {
  email: string;
  language: string;
}

/**
 * The one rule of messaging: a thread is usable while the person has an active consent (any
 * scope) to the clinic. Checked on every read and write, never cached in the thread.
 */
export async function hasActiveConsent(db: Tx, personId: string, clinicId: string): Promise<boolean> {
  const r = await db.execute<{ ok: boolean }>(sql`
    select exists (select 1 from consents where person_id = ${personId} and clinic_id = ${clinicId}
                   and withdrawn_at is null) as ok`);
  return r.rows[0]?.ok === true;
}

/**
 * The person's conversations: one per clinic they share with now (even before the first
 * message), plus closed ones that still hold messages; newest activity first.
 */
export async function threadsOfPatient(db: Db, personId: string): Promise<ThreadSummary[]> {
  const r = await db.execute<{
    clinic_id: string;
    name: string;
    open: boolean;
    unread: number;
    last_at: string | null;
  }>(sql`
    with active as (
      select distinct clinic_id from consents where person_id = ${personId} and withdrawn_at is null
    ), keys as (
      select clinic_id from active
      union select t.clinic_id from message_threads t
       where t.person_id = ${personId} and exists (select 1 from messages m where m.thread_id = t.id)
    )
    select k.clinic_id, c.name, exists (select 1 from active a where a.clinic_id = k.clinic_id) as open,
           (select count(*)::int from messages m where m.thread_id = t.id and m.sender = 'clinic'
             and m.created_at > coalesce(t.patient_read_at, '-infinity')) as unread,
           (select max(m.created_at) from messages m where m.thread_id = t.id) as last_at
      from keys k join clinics c on c.id = k.clinic_id
      left join message_threads t on t.person_id = ${personId} and t.clinic_id = k.clinic_id
     order by last_at desc nulls last, c.name`);
  return r.rows.map((x) => ({
    clinicId: x.clinic_id,
    clinicName: x.name,
    open: x.open,
    unread: Number(x.unread ?? 0),
    lastAt: x.last_at ? new Date(x.last_at) : null,
  }));
}

async function messagesOf(db: Tx, threadId: string): Promise<ThreadMessage[]> {
  const r = await db.execute<{
    id: string;
    sender: Sender;
    display_name: string | null;
    body: string;
    hurt: HurtReportJson | null;
    created_at: string;
  }>(sql`
    select m.id, m.sender, u.display_name, m.body, m.hurt, m.created_at
      from messages m left join users u on u.id = m.author_user_id
     where m.thread_id = ${threadId} order by m.created_at, m.id`);
  return r.rows.map((x) => ({
    id: x.id,
    sender: x.sender,
    author: x.sender === 'clinic' ? x.display_name : null,
    body: x.body,
    hurt: x.hurt,
    createdAt: new Date(x.created_at),
  }));
}

/** True when the person's thread with the clinic holds messages (their own data, even when closed). */
export async function hasMessages(db: Db, personId: string, clinicId: string): Promise<boolean> {
  const r = await db.execute<{ ok: boolean }>(sql`
    select exists (select 1 from message_threads t join messages m on m.thread_id = t.id
                    where t.person_id = ${personId} and t.clinic_id = ${clinicId}) as ok`);
  return r.rows[0]?.ok === true;
}

async function clinicName(db: Tx, clinicId: string): Promise<string | undefined> {
  const r = await db.execute<{ name: string }>(sql`select name from clinics where id = ${clinicId}`);
  return r.rows[0]?.name;
}

/**
 * The patient's thread with a clinic, marked read by them (which also re-arms their mail notice).
 * Open while they share with the clinic; after a withdrawal the history stays theirs to read.
 * Undefined when they neither share with the clinic nor ever wrote to it.
 */
export async function readThreadAsPatient(
  db: Db,
  personId: string,
  clinicId: string,
): Promise<{ clinicName: string; open: boolean; messages: ThreadMessage[] } | undefined> {
  const name = await clinicName(db, clinicId);
  if (name === undefined) return undefined;
  const open = await hasActiveConsent(db, personId, clinicId);
  const [thread] = await db
    .update(messageThreads)
    .set({ patientReadAt: sql`now()`, patientNotified: false })
    .where(and(eq(messageThreads.personId, personId), eq(messageThreads.clinicId, clinicId)))
    .returning({ id: messageThreads.id });
  const list = thread ? await messagesOf(db, thread.id) : [];
  if (!open && list.length === 0) return undefined;
  return { clinicName: name, open, messages: list };
}

/**
 * A practitioner's read of a patient's thread: only while the patient shares with the clinic
 * (undefined otherwise, for the same 404 as a missing record). Marks it read for the clinic and
 * writes the audit entry in the same transaction (no message content in the log).
 */
export async function readThreadAsStaff(
  db: Db,
  input: { clinicId: string; personId: string; userId: string; ip: string },
): Promise<ThreadMessage[] | undefined> {
  return db.transaction(async (tx) => {
    if (!(await hasActiveConsent(tx, input.personId, input.clinicId))) return undefined;
    const [thread] = await tx
      .update(messageThreads)
      .set({ clinicReadAt: sql`now()`, clinicNotified: false })
      .where(and(eq(messageThreads.personId, input.personId), eq(messageThreads.clinicId, input.clinicId)))
      .returning({ id: messageThreads.id });
    await tx.insert(auditLog).values({
      actorUserId: input.userId,
      action: 'messages.viewed_by_staff',
      resourceType: 'message_thread',
      resourceId: thread?.id ?? null,
      personId: input.personId,
      ip: input.ip,
    });
    return thread ? messagesOf(tx, thread.id) : [];
  });
}

/** Who hears about a patient's message: the clinic's staff who may read clinical data, else its address. */
async function clinicRecipients(tx: Tx, clinicId: string): Promise<Recipient[]> {
  const staff = await tx.execute<{ email: string; language: string | null }>(sql`
    select u.email, g.language from clinic_staff s join users u on u.id = s.user_id
      left join guests g on g.id = u.person_id
     where s.clinic_id = ${clinicId} and s.role <> 'reception' order by u.email`);
  if (staff.rows.length) return staff.rows.map((r) => ({ email: r.email, language: r.language ?? 'en' }));
  const clinic = await tx.execute<{ email: string }>(sql`select email from clinics where id = ${clinicId}`);
  return clinic.rows.map((r) => ({ email: r.email, language: 'en' }));
}

async function patientRecipients(tx: Tx, personId: string): Promise<Recipient[]> {
  const r = await tx.execute<{ email: string; language: string }>(sql`
    select u.email, g.language from users u join guests g on g.id = u.person_id where u.person_id = ${personId}`);
  return r.rows;
}

/**
 * Adds a message to the thread (created on the first one), in one transaction with its notice:
 * the other side gets one "new message" mail, and no other until they have read the thread.
 * 'closed' when the patient no longer shares with the clinic (the consent row is locked, so a
 * withdrawal committing meanwhile cannot let a message in after it).
 */
export async function postMessage(
  db: Db,
  m: {
    personId: string;
    clinicId: string;
    sender: Sender;
    authorUserId: string | null;
    body: string;
    hurt: HurtReportJson | null;
  },
  notice: (to: Recipient, clinicName: string) => OutboxEmail,
): Promise<ThreadMessage | 'closed'> {
  return db.transaction(async (tx) => {
    const consent = await tx.execute(sql`
      select id from consents where person_id = ${m.personId} and clinic_id = ${m.clinicId}
         and withdrawn_at is null for update`);
    const name = await clinicName(tx, m.clinicId);
    if (!consent.rows.length || name === undefined) return 'closed';
    const [thread] = await tx
      .insert(messageThreads)
      .values({ personId: m.personId, clinicId: m.clinicId })
      .onConflictDoUpdate({
        target: [messageThreads.personId, messageThreads.clinicId],
        set: { personId: sql`excluded.person_id` },
      })
      .returning();
    const [row] = await tx
      .insert(messages)
      .values({
        threadId: thread!.id,
        sender: m.sender,
        authorUserId: m.authorUserId,
        body: m.body,
        hurt: m.hurt,
      })
      .returning();
    const toClinic = m.sender === 'patient';
    const alreadyTold = toClinic ? thread!.clinicNotified : thread!.patientNotified;
    if (!alreadyTold) {
      const recipients = toClinic
        ? await clinicRecipients(tx, m.clinicId)
        : await patientRecipients(tx, m.personId);
      await tx
        .update(messageThreads)
        .set(toClinic ? { clinicNotified: true } : { patientNotified: true })
        .where(eq(messageThreads.id, thread!.id));
      if (recipients.length)
        await tx
          .insert(outbox)
          .values(
            recipients.map((r) => ({ kind: 'message_notice' as OutboxKind, payload: notice(r, name) })),
          );
    }
    const author = m.authorUserId
      ? await tx.execute<{ display_name: string }>(
          sql`select display_name from users where id = ${m.authorUserId}`,
        )
      : undefined;
    return {
      id: row!.id,
      sender: row!.sender,
      author: author?.rows[0]?.display_name ?? null,
      body: row!.body,
      hurt: row!.hurt,
      createdAt: row!.createdAt,
    };
  });
}

/** Unread patient messages per patient of the clinic (only patients that have some). */
export async function unreadForClinic(db: Db, clinicId: string): Promise<Map<string, number>> {
  const r = await db.execute<{ person_id: string; unread: number }>(sql`
    select t.person_id, count(*)::int as unread from message_threads t
      join messages m on m.thread_id = t.id and m.sender = 'patient'
       and m.created_at > coalesce(t.clinic_read_at, '-infinity')
     where t.clinic_id = ${clinicId} group by t.person_id`);
  return new Map(r.rows.map((x) => [x.person_id, Number(x.unread)]));
}
