import { Temporal } from 'temporal-polyfill';
import { wallClock, zonedInstant } from '../../time/index.js';
import type {
  AvailabilityQuery,
  ClinicSchedule,
  PractitionerSchedule,
  ServiceSpec,
  Slot,
  TimeRange,
  WeeklyHours,
} from '../types.js';

export function every(ranges: TimeRange[], days: number[] = [1, 2, 3, 4, 5, 6, 7]): WeeklyHours {
  return Object.fromEntries(days.map((d) => [d, ranges])) as WeeklyHours;
}

export const weekdays = [1, 2, 3, 4, 5];

export function clinic(overrides: Partial<ClinicSchedule> = {}): ClinicSchedule {
  return {
    timeZone: 'America/Vancouver',
    openingHours: every([{ start: '09:30', end: '19:00' }], weekdays),
    overrides: [],
    rules: { minNoticeMinutes: 0, maxDaysAhead: 365, slotIntervalMinutes: 30 },
    ...overrides,
  };
}

export function practitioner(
  id: string,
  overrides: Partial<PractitionerSchedule> = {},
): PractitionerSchedule {
  return {
    id,
    workingHours: every([{ start: '00:00', end: '24:00' }]),
    timeOff: [],
    serviceIds: ['massage'],
    ...overrides,
  };
}

export const massage: ServiceSpec = {
  id: 'massage',
  durationMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
};

export function query(overrides: Partial<AvailabilityQuery> = {}): AvailabilityQuery {
  return {
    clinic: clinic(),
    practitioners: [practitioner('ana')],
    service: massage,
    bookings: [],
    from: '2026-03-02',
    to: '2026-03-02',
    now: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** The instant of a local wall time ('compatible': ambiguous → earlier), as an ISO string in UTC. */
export function at(timeZone: string, date: string, time: string): string {
  return zonedInstant(date, time, timeZone).toISOString().replace('.000Z', 'Z');
}

/** The wall clock of an instant in the zone, by the domain's zone rules (not the host's). */
export function local(timeZone: string, instant: string): Temporal.PlainDateTime {
  return Temporal.PlainDateTime.from(wallClock(instant, timeZone).toISOString().slice(0, 23));
}

/** 'HH:MM' of each slot's start in the zone. */
export function localStarts(timeZone: string, slots: Slot[]): string[] {
  return slots.map((s) => local(timeZone, s.start).toPlainTime().toString().slice(0, 5));
}

export function localEnds(timeZone: string, slots: Slot[]): string[] {
  return slots.map((s) => local(timeZone, s.end).toPlainTime().toString().slice(0, 5));
}

export function minutes(slot: Slot): number {
  return (Date.parse(slot.end) - Date.parse(slot.start)) / 60_000;
}
