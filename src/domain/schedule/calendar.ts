import type { TimeRange, Weekday } from './types.js';

// Dates are handled as day numbers (days since 1970-01-01) and wall-clock times as minutes of the
// day, so the inner loops never touch Temporal or Date objects.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

/** 'YYYY-MM-DD' → day number, or null when it is not a real calendar date. */
export function parseDate(date: string): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

export function formatDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday (ISO 4). */
export function weekdayOf(day: number): Weekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** 'HH:MM' → minutes of the day (0…1440; '24:00' is the end of the day), or null. */
export function parseTime(time: string): number | null {
  const m = TIME_RE.exec(time);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

/** Minutes as sorted, merged [start, end) pairs; unreadable or empty ranges are left out. */
export function rangesToMinutes(ranges: readonly TimeRange[] | undefined): [number, number][] {
  if (!ranges) return [];
  const parsed: [number, number][] = [];
  for (const r of ranges) {
    const s = parseTime(r.start);
    const e = parseTime(r.end);
    if (s !== null && e !== null && e > s) parsed.push([s, e]);
  }
  parsed.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of parsed) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

/** Intersection of two sorted, non-overlapping lists of [start, end) minute ranges. */
export function intersectRanges(a: [number, number][], b: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [as, ae] = a[i]!;
    const [bs, be] = b[j]!;
    const s = Math.max(as, bs);
    const e = Math.min(ae, be);
    if (e > s) out.push([s, e]);
    if (ae < be) i++;
    else j++;
  }
  return out;
}

/** ISO instant (with 'Z' or an offset) → epoch ms; throws RangeError on anything else. */
export function parseInstant(value: string, what: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value)) {
    throw new RangeError(`${what}: "${value}" is not an ISO instant with a zone offset`);
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${what}: "${value}" is not a valid instant`);
  return ms;
}

/** Epoch ms → '2026-03-09T20:00:00Z' (whole seconds, as slots never carry milliseconds). */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/**
 * formatInstant for thousands of slots: Date#toISOString dominated the run time, and consecutive
 * slots share their UTC date, so the date prefix is cached and the time built from a table.
 */
export function instantFormatter(): (ms: number) => string {
  let day = Number.NaN;
  let prefix = '';
  return (ms) => {
    if (ms % 1000 !== 0 || ms < 0) return formatInstant(ms);
    const d = Math.floor(ms / DAY_MS);
    if (d !== day) {
      day = d;
      prefix = new Date(d * DAY_MS).toISOString().slice(0, 11);
    }
    const secs = (ms - d * DAY_MS) / 1000;
    const h = Math.floor(secs / 3600);
    const m = Math.floor((secs % 3600) / 60);
    return `${prefix}${PAD2[h]}:${PAD2[m]}:${PAD2[secs % 60]}Z`;
  };
}
