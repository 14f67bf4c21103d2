import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { MESSAGE_MAX } from '../../../contract/messages.js';
import { clinics } from './clinics.js';
import { guests } from './core.js';

/** A "this hurts" report sent from the session player: which exercise, where, how much. */
export interface HurtReportJson {
  exerciseId: string;
  where: string;
  level: number;
}

/**
 * One conversation between a patient (person) and a clinic. It is usable only while the person's
 * consent to the clinic is active (checked on every read and write, never stored here): after a
 * withdrawal the clinic sees nothing and nobody can write, but the rows stay the patient's own
 * data (export) until they delete their account (person_id cascade, like every area's rows).
 * `*_read_at` say up to when each side has read; `*_notified` say a "new message" mail went to
 * that side and they have not read since, so a burst of messages sends one mail.
 */
export const messageThreads = pgTable(
  'message_threads',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    personId: uuid('person_id')
      .notNull()
      .references(() => guests.id, { onDelete: 'cascade' }),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    patientReadAt: timestamp('patient_read_at', { withTimezone: true }),
    clinicReadAt: timestamp('clinic_read_at', { withTimezone: true }),
    patientNotified: boolean('patient_notified').notNull().default(false),
    clinicNotified: boolean('clinic_notified').notNull().default(false),
  },
  (t) => [
    unique('message_threads_person_clinic').on(t.personId, t.clinicId),
    index('message_threads_clinic_idx').on(t.clinicId),
  ],
);

/**
 * One message of a thread: text only. `author_user_id` names the staff member who wrote a
 * clinic message (no foreign key, as for handled flags: the thread outlives a staff account);
 * null for the patient's own messages, so a staff member's export never holds patients' words.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    sender: text('sender').$type<'patient' | 'clinic'>().notNull(),
    authorUserId: uuid('author_user_id'),
    body: text('body').notNull(),
    hurt: jsonb('hurt').$type<HurtReportJson>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('messages_sender', sql`${t.sender} in ('patient', 'clinic')`),
    check('messages_body_length', sql`char_length(${t.body}) between 1 and ${sql.raw(String(MESSAGE_MAX))}`),
    check('messages_author', sql`(${t.sender} = 'clinic') = (${t.authorUserId} is not null)`),
    index('messages_thread_idx').on(t.threadId, t.createdAt),
  ],
);
