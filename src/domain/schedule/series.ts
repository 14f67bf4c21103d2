import { addDays, localDate, localTime, zonedInstant } from '../time/index.js';
import { availableSlots, clinicToday, isSlotAvailable } from './availability.js';
import { MINUTE_MS } from './calendar.js';
import type { AvailabilityQuery, Slot } from './types.js';

/**
 * A course of appointments booked in one go: the same practitioner, service and wall-clock time
 * every week or every second week. Pure: the caller passes the engine's query (bookings
 * included) and the clock.
 */
export const REPEAT_RULES = ['weekly', 'fortnightly'] as const;
export type RepeatRule = (typeof REPEAT_RULES)[number];
export const SERIES_MIN_COUNT = 2;
export const SERIES_MAX_COUNT = 12;

const STEP_DAYS: Record<RepeatRule, number> = { weekly: 7, fortnightly: 14 };

/**
 * Why an occurrence cannot be booked, checked in this order:
 * - `too_soon`: it starts before now + the clinic's minimum notice;
 * - `too_far`: its date lies past the clinic's booking window (today + days ahead);
 * - `closed`: the clinic or the practitioner is not open then (holiday, day off, time off,
 *   or the wall time does not exist that day because the clock jumps);
 * - `taken`: open, but another appointment holds the time.
 */
export const CLASH_REASONS = ['too_soon', 'too_far', 'closed', 'taken'] as const;
export type ClashReason = (typeof CLASH_REASONS)[number];

export interface SeriesOccurrence {
  /** 1-based place in the series. */
  position: number;
  /** The clinic's local date ('YYYY-MM-DD'). */
  date: string;
  start: string;
  end: string;
  free: boolean;
  reason: ClashReason | null;
  /** For a clash: up to three other free starts of the same practitioner that day, nearest first. */
  alternatives: string[];
}

/**
 * The starts of a series: the first slot's local date and wall-clock time, repeated every 7 or
 * 14 local days. The time stays the same on the clock across a DST change (the instants are
 * 167 or 169 hours apart that week); a wall time the clock skips moves forward by the gap, as
 * everywhere else in the product, and the engine then reports it as not offered.
 */
export function seriesStarts(
  timeZone: string,
  firstStart: string,
  repeat: RepeatRule,
  count: number,
): string[] {
  if (!Number.isInteger(count) || count < SERIES_MIN_COUNT || count > SERIES_MAX_COUNT)
    throw new RangeError(`a series has ${SERIES_MIN_COUNT} to ${SERIES_MAX_COUNT} appointments`);
  if (!REPEAT_RULES.includes(repeat)) throw new RangeError(`unknown repeat rule: ${repeat}`);
  const firstMs = Date.parse(firstStart);
  if (!Number.isFinite(firstMs)) throw new RangeError('not an instant');
  const date = localDate(firstMs, timeZone);
  const time = localTime(firstMs, timeZone);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(zonedInstant(addDays(date, i * STEP_DAYS[repeat]), time, timeZone).toISOString());
  }
  return out;
}

const ALTERNATIVES = 3;

/**
 * Every occurrence of a series for one practitioner, checked with the availability engine and
 * the booking window: free, or the reason it clashes and (simple alternatives) other free times
 * of that practitioner on the same day. `q.bookings` are the practitioner's active bookings.
 */
export function checkSeries(
  q: AvailabilityQuery,
  request: { practitionerId: string; start: string; repeat: RepeatRule; count: number },
): SeriesOccurrence[] {
  const zone = q.clinic.timeZone;
  const durMs = q.service.durationMinutes * MINUTE_MS;
  const today = clinicToday(q.clinic, q.now);
  const lastDate = addDays(today, q.clinic.rules.maxDaysAhead);
  const earliestMs = Date.parse(q.now) + q.clinic.rules.minNoticeMinutes * MINUTE_MS;
  const scheduleOnly: AvailabilityQuery = { ...q, bookings: [] };
  return seriesStarts(zone, request.start, request.repeat, request.count).map((start, i) => {
    const startMs = Date.parse(start);
    const date = localDate(startMs, zone);
    const slot = { practitionerId: request.practitionerId, start };
    const base = { position: i + 1, date, start, end: new Date(startMs + durMs).toISOString() };
    if (isSlotAvailable(q, slot)) return { ...base, free: true, reason: null, alternatives: [] };
    const reason: ClashReason =
      startMs < earliestMs
        ? 'too_soon'
        : date > lastDate
          ? 'too_far'
          : isSlotAvailable(scheduleOnly, slot)
            ? 'taken'
            : 'closed';
    return {
      ...base,
      free: false,
      reason,
      alternatives: alternativesOn(q, request.practitionerId, date, startMs),
    };
  });
}

/** Other free starts of the practitioner on the date, nearest to the wanted one first. */
function alternativesOn(
  q: AvailabilityQuery,
  practitionerId: string,
  date: string,
  wantedMs: number,
): string[] {
  const slots: Slot[] = availableSlots({ ...q, from: date, to: date, practitionerId });
  return slots
    .map((s) => s.start)
    .filter((s) => Date.parse(s) !== wantedMs)
    .sort(
      (a, b) => Math.abs(Date.parse(a) - wantedMs) - Math.abs(Date.parse(b) - wantedMs) || a.localeCompare(b),
    )
    .slice(0, ALTERNATIVES);
}

/** Whether the whole series can be booked as asked. */
export const seriesIsFree = (occurrences: SeriesOccurrence[]): boolean => occurrences.every((o) => o.free);
