// Dates and times "in a zone" for people to read. Intl is asked only to spell a wall clock the
// domain has already worked out, in UTC, so the host's own (stale or fresh) zone data never
// decides what hour a person is shown.
import { type InstantLike, wallClock } from './zone.js';

/** Intl's date and time fields; no timeZone (the zone is the argument) and no zone name. */
export type ZonedFormatOptions = Omit<Intl.DateTimeFormatOptions, 'timeZone' | 'timeZoneName'>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: ZonedFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    if (formatters.size < 200) formatters.set(key, f);
  }
  return f;
}

/** The instant as the zone's clock shows it, spelt by Intl for the locale. Unknown zone: RangeError. */
export const formatInZone = (
  instant: InstantLike,
  zone: string,
  locale: string,
  options: ZonedFormatOptions,
): string => formatter(locale, options).format(wallClock(instant, zone));

/** Parts of the same, for callers that lay them out themselves. */
export const formatPartsInZone = (
  instant: InstantLike,
  zone: string,
  locale: string,
  options: ZonedFormatOptions,
): Intl.DateTimeFormatPart[] => formatter(locale, options).formatToParts(wallClock(instant, zone));
