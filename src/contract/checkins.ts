import { z } from 'zod';
import { checkinFieldsSchema, NOTE_MAX_LENGTH } from '../domain/outcomes/index.js';
import { isoDate, text } from './common.js';

/** Daily check-ins (routes/checkins.ts): one per person and local date. */

/** What the person records; the note is free text over several lines. */
export const checkinBody = checkinFieldsSchema.extend({
  note: text({ max: NOTE_MAX_LENGTH, multiline: true }).default(''),
});
export const checkinSchema = checkinFieldsSchema.extend({ date: z.string() });
export const checkinListSchema = z.array(checkinSchema);
export const checkinDateParams = z.object({ date: isoDate });
export const checkinListQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

/** What the form of a day starts from: that day's check-in, else the latest one before it. */
export const checkinFormSchema = z.object({
  existing: z.boolean(),
  previousDate: z.string().nullable(),
  values: checkinFieldsSchema,
});
