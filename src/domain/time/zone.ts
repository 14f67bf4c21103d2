import { fromDayNumber, toDayNumber } from './plain-date.js';
import { type Disambiguation, instantOfWall, rulesOf, wallMsAt, zoneRules } from './tz.js';

/** An instant as callers hold one: a Date, an ISO string with offset or Z, or epoch milliseconds. */
export type InstantLike = Date | string | number;

const DAY_MS = 86_400_000;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Whether the zone is an IANA zone (or an alias of one) in the domain's own time-zone data, the
 * same data every zoned answer comes from. Offsets such as '+05:00' are not zones.
 */
export const isTimeZone = (zone: string): boolean => zoneRules(zone) !== null;

function epochMs(instant: InstantLike): number {
  const ms =
    typeof instant === 'number'
      ? instant
      : typeof instant === 'string'
        ? Date.parse(instant)
        : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('not an instant');
  return ms;
}

/** The zone's wall clock at the instant, as a Date whose UTC fields show it (format it in UTC). */
export const wallClock = (instant: InstantLike, zone: string): Date =>
  new Date(wallMsAt(rulesOf(zone), epochMs(instant)));

/** The local date (YYYY-MM-DD) of an instant in the zone. */
export const localDate = (instant: InstantLike, zone: string): string =>
  fromDayNumber(Math.floor(wallMsAt(rulesOf(zone), epochMs(instant)) / DAY_MS));

/** The local time ('HH:MM') of an instant in the zone. */
export const localTime = (instant: InstantLike, zone: string): string =>
  wallClock(instant, zone).toISOString().slice(11, 16);

/** Today's date in the zone; `now` comes from the caller, the domain has no clock. */
export const todayIn = (zone: string, now: InstantLike): string => localDate(now, zone);

/** The first instant of a local date in the zone (not always 00:00, where DST starts at midnight). */
export const startOfDay = (date: string, zone: string): Date =>
  new Date(instantOfWall(rulesOf(zone), toDayNumber(date) * DAY_MS));

/**
 * The instant a local wall-clock time ('HH:MM' or 'HH:MM:SS') on a date occurs in the zone. By
 * default ('compatible'): on a repeated hour the earlier one, in a skipped hour as far after the
 * jump as the time was after the hour that was skipped (02:30 → 03:30); 'earlier' and 'later' as
 * Temporal means them (see `instantOfWall`).
 */
export function zonedInstant(
  date: string,
  time: string,
  zone: string,
  pick: Disambiguation = 'compatible',
): Date {
  const m = TIME.exec(time);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) {
    throw new RangeError(`not an HH:MM time: ${time}`);
  }
  const wall =
    toDayNumber(date) * DAY_MS + ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
  return new Date(instantOfWall(rulesOf(zone), wall, pick));
}

/** The zone whose clock is furthest ahead (UTC+14): no one's local date is later than its date. */
export const LATEST_ZONE = 'Etc/GMT-14';
