import { z } from 'zod';
import { isReminderTime } from '../domain/reminders/schedule.js';
import { isTimeZone } from '../domain/time/index.js';

/** Email reminders the person chooses (routes/reminders.ts, docs/reminders.md). */

const weekdays = z
  .array(
    z.union([
      z.literal(1),
      z.literal(2),
      z.literal(3),
      z.literal(4),
      z.literal(5),
      z.literal(6),
      z.literal(7),
    ]),
  )
  .max(7)
  .refine((d) => new Set(d).size === d.length, { message: 'each weekday once' });
const reminderTime = z
  .string()
  .refine(isReminderTime, { message: 'expected a local time HH:MM between 08:00 and 20:59' });

export const reminderSettingsSchema = z.object({
  enabled: z.boolean(),
  timeZone: z.string().min(1).max(64).refine(isTimeZone, { message: 'unknown IANA time zone' }),
  sessionDays: weekdays,
  sessionTime: reminderTime,
  checkinDays: weekdays,
  checkinTime: reminderTime,
});
export const reminderSettingsBody = reminderSettingsSchema.strict();
/** Before the person has chosen anything: off, nothing stored yet. */
export const reminderSettingsAnswer = reminderSettingsSchema.extend({ timeZone: z.string().nullable() });

/** The one-click unsubscribe link's secret (person id and signature). */
export const unsubscribeParams = z.object({ token: z.string().min(1).max(200) });
/** RFC 8058: mail providers POST `List-Unsubscribe=One-Click`; any or no body is accepted. */
export const unsubscribeAnswer = z.object({ enabled: z.literal(false) });
