import { todayIn, zonedInstant } from '../../domain/time/index.js';
import { vancouverDemoClinic } from './clinic-demo.js';

/**
 * "Today" for the demo data, in the demo clinic's zone: the programme, check-ins and bookings are
 * placed around the day the data is loaded, so a first visit shows a programme under way and a
 * clinic week with people in it. The clock is read once, by the caller, and passed down.
 */
export interface DemoContext {
  today: string;
  zone: string;
  now: Date;
}

export const DEMO_ZONE = vancouverDemoClinic.timeZone;

export function demoContext(now: Date = new Date()): DemoContext {
  return { today: todayIn(DEMO_ZONE, now), zone: DEMO_ZONE, now };
}

/** The instant of a wall-clock time ("HH:MM") on a local date in the zone (DST-safe). */
export function demoInstant(date: string, time: string, zone: string): Date {
  return zonedInstant(date, time, zone, 'later');
}
