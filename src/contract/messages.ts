import { z } from 'zod';
import { EXERCISE_IDS } from '../domain/content/exercise-ids.js';
import { text, uuid } from './common.js';
import { patientParams } from './patients.js';

/**
 * Secure messages between a patient and a clinic they share with (routes/messages.ts): one
 * thread per patient and clinic, text only, usable while the patient's consent is active.
 */

/** Longest message (characters); the database checks the same bound. */
export const MESSAGE_MAX = 2000;

/** A "this hurts" report from the session player, sent with one tap. */
export const hurtReportSchema = z
  .object({
    exerciseId: z.enum(EXERCISE_IDS),
    where: z.string().regex(/^[a-z-]{1,30}$/, 'a body region id'),
    level: z.number().int().min(0).max(10),
  })
  .strict();

export const messageSchema = z.object({
  id: uuid,
  from: z.enum(['patient', 'clinic']),
  /** The practitioner who wrote a clinic message (null for the patient's, or a deleted account). */
  author: z.string().nullable(),
  text: z.string(),
  hurt: hurtReportSchema.nullable(),
  sentAt: z.string(),
});

export const threadSchema = z.object({
  clinicId: uuid,
  clinicName: z.string(),
  /** False once the patient withdrew their consent: history readable by the patient only, no writing. */
  open: z.boolean(),
  messages: z.array(messageSchema),
});

/** The clinic's view of a patient's thread (the patient's name is on the page already). */
export const staffThreadSchema = z.object({ messages: z.array(messageSchema) });

export const threadSummarySchema = z.object({
  clinicId: uuid,
  clinicName: z.string(),
  open: z.boolean(),
  /** Messages from the other side not read yet. */
  unread: z.number().int(),
  lastAt: z.string().nullable(),
});
export const threadListSchema = z.array(threadSummarySchema);

export const sendMessageBody = z
  .object({
    text: text({ max: MESSAGE_MAX, min: 1, multiline: true }),
    hurt: hurtReportSchema.optional(),
  })
  .strict();

export const patientThreadParams = z.object({ clinicId: uuid });
export const staffThreadParams = patientParams;
