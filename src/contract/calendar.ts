import { z } from 'zod';
import { DEFAULT_SESSION_TIME, REMINDER_CHOICES } from '../domain/programme/calendar.js';

/** The programme in the person's calendar (routes/calendar.ts): download and private feed. */

/** The local time HH:MM at which sessions go into the calendar. */
export const sessionTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time as HH:MM');
/** Minutes before each session for the calendar's reminder, or null for none. */
export const reminderMinutes = z.literal(REMINDER_CHOICES).nullable();

/** What the calendar shows: the same for the download and the feed, stored with the programme. */
export const calendarSettingsSchema = z.object({
  time: sessionTime.default(DEFAULT_SESSION_TIME),
  reminderMinutes: reminderMinutes.default(null),
});
export const calendarSettingsBody = z
  .object({ time: sessionTime.optional(), reminderMinutes: reminderMinutes.optional() })
  .strict();
/** Creating a feed may set the settings too; without a body the stored ones stay. */
export const calendarFeedBody = calendarSettingsBody.default({});
export const calendarFeedSchema = z.object({ url: z.string(), webcalUrl: z.string() });
export const calendarDocument = z.string().describe('An RFC 5545 iCalendar document');
export const calendarFileParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) });
