import { Temporal } from 'temporal-polyfill';

/** An instant as callers hold one: a Date, an ISO string with offset or Z, or epoch milliseconds. */
export type InstantLike = Date | string | number;

// Checking a zone builds an Intl formatter, which costs far more than the rest of most requests;
// the answer never changes.
const knownZones = new Map<string, boolean>();

/**
 * Whether the zone is an IANA zone that both Temporal and Intl know. Temporal alone also takes
 * offsets such as '+05:00', which the browsers' date formatters reject.
 */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/** Throws a RangeError naming the zone: an unknown zone is a mistake to report, never UTC. */
function checkedZone(zone: string): string {
  if (!isTimeZone(zone)) throw new RangeError(`unknown time zone: ${zone}`);
  return zone;
}

const toInstant = (instant: InstantLike): Temporal.Instant =>
  typeof instant === 'string'
    ? Temporal.Instant.from(instant)
    : Temporal.Instant.fromEpochMilliseconds(typeof instant === 'number' ? instant : instant.getTime());

/** The instant as wall-clock date and time in the zone. */
export const zonedDateTime = (instant: InstantLike, zone: string): Temporal.ZonedDateTime =>
  toInstant(instant).toZonedDateTimeISO(checkedZone(zone));

/** The local date (YYYY-MM-DD) of an instant in the zone. */
export const localDate = (instant: InstantLike, zone: string): string =>
  zonedDateTime(instant, zone).toPlainDate().toString();

/** Today's date in the zone; `now` comes from the caller, the domain has no clock. */
export const todayIn = (zone: string, now: InstantLike): string => localDate(now, zone);

/** The first instant of a local date in the zone (not always 00:00, where DST starts at midnight). */
export const startOfDay = (date: string, zone: string): Date =>
  new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: checkedZone(zone) }).epochMilliseconds);

/** The zone whose clock is furthest ahead (UTC+14): no one's local date is later than its date. */
export const LATEST_ZONE = 'Etc/GMT-14';
