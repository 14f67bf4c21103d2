import type { z } from 'zod';
import type {
  messageSchema,
  sendMessageBody,
  staffThreadSchema,
  threadListSchema,
  threadSchema,
  threadSummarySchema,
} from '../../../contract/messages.js';

export type { messageSchema, sendMessageBody, staffThreadSchema, threadListSchema, threadSchema };
export type Message = z.infer<typeof messageSchema>;
export type Thread = z.infer<typeof threadSchema>;
export type ThreadSummary = z.infer<typeof threadSummarySchema>;
export type SendMessage = z.input<typeof sendMessageBody>;

/** Mirrors MESSAGE_MAX in the contract (a value import would pull zod into the page). */
export const MESSAGE_MAX = 2000;

export const patientThreadPath = (clinicId: string) => `/api/messages/${clinicId}`;
export const staffThreadPath = (clinicId: string, personId: string) =>
  `/api/staff/clinics/${clinicId}/patients/${personId}/messages`;
export const threadPage = (clinicId: string) => `/messages/${clinicId}`;
