import { z } from 'zod';
import { DEFAULT_SESSION_TIME } from '../domain/programme/calendar.js';

/** The programme in the person's calendar (routes/calendar.ts): download and private feed. */

/** The local time HH:MM at which sessions go into the calendar. */
export const sessionTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time as HH:MM')
  .default(DEFAULT_SESSION_TIME);
export const calendarQuery = z.object({ time: sessionTime });
export const calendarFeedBody = z
  .object({ time: sessionTime })
  .strict()
  .default({ time: DEFAULT_SESSION_TIME });
export const calendarFeedSchema = z.object({ url: z.string(), webcalUrl: z.string() });
export const calendarDocument = z.string().describe('An RFC 5545 iCalendar document');
export const calendarFileParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) });
