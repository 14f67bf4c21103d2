import { rulesOf, transitionsBetween, offsetAt as zoneOffsetAt } from '../time/tz.js';
import { DAY_MS } from './calendar.js';

/**
 * Wall clock ↔ instant for one zone, without Temporal in the inner loops.
 *
 * The domain's zone rules (../time/tz.ts) are asked once per query for the zone's offset transitions over the whole date range;
 * a day then converts wall-clock milliseconds ("local time read as if it were UTC") to instants by
 * subtracting the offset. Only days near a transition scan more than one offset.
 *
 * Two conversions, both monotonic in the wall time:
 * - `exact`: the instant the clock shows exactly this time; NaN in a spring-forward gap (the time
 *   never exists), the EARLIER instant when the time occurs twice (fall-back), as Temporal's
 *   'compatible' disambiguation does.
 * - `boundary`: the first instant at which the clock shows this time or later. Used for the edges
 *   of opening hours: equal to `exact` except in a gap, where it is the transition itself (a clinic
 *   "closing at 02:30" on a day when 02:00 jumps to 03:00 closes at that jump, not an hour later).
 */
export interface DayClock {
  exact(wallMs: number): number;
  boundary(wallMs: number): number;
}

interface Segment {
  start: number; // first instant with this offset (-Infinity for the first)
  end: number; // first instant after it (Infinity for the last)
  offset: number; // ms to add to an instant to get wall time
}

const SPAN_MS = 2 * DAY_MS; // wider than any UTC offset (±14 h) plus the day itself

function offsetAt(timeZone: string, epochMs: number): number {
  return zoneOffsetAt(rulesOf(timeZone), epochMs);
}

function zoneSegments(timeZone: string, fromMs: number, toMs: number): Segment[] {
  const rules = rulesOf(timeZone);
  const segments: Segment[] = [];
  let start = Number.NEGATIVE_INFINITY;
  let offset = zoneOffsetAt(rules, fromMs);
  for (const t of transitionsBetween(rules, fromMs, toMs)) {
    segments.push({ start, end: t.at, offset: t.before });
    start = t.at;
    offset = t.after;
  }
  segments.push({ start, end: Number.POSITIVE_INFINITY, offset });
  return segments;
}

function fixedClock(offset: number): DayClock {
  return { exact: (w) => w - offset, boundary: (w) => w - offset };
}

function shiftingClock(segments: Segment[]): DayClock {
  return {
    exact(w) {
      for (const s of segments) {
        const t = w - s.offset;
        if (t >= s.start && t < s.end) return t;
      }
      return Number.NaN;
    },
    boundary(w) {
      for (const s of segments) {
        const t = Math.max(s.start, w - s.offset);
        if (t < s.end) return t;
      }
      return Number.NaN;
    },
  };
}

/** Day clocks for the local dates fromDay…toDay (day numbers), computed once per query. */
export function zoneClocks(timeZone: string, fromDay: number, toDay: number): (day: number) => DayClock {
  const segments = zoneSegments(timeZone, fromDay * DAY_MS - SPAN_MS, toDay * DAY_MS + 2 * SPAN_MS);
  if (segments.length === 1) {
    const clock = fixedClock(segments[0]!.offset);
    return () => clock;
  }
  const cache = new Map<number, DayClock>();
  return (day) => {
    let clock = cache.get(day);
    if (!clock) {
      const lo = day * DAY_MS - SPAN_MS;
      const hi = day * DAY_MS + 2 * SPAN_MS;
      const near = segments.filter((s) => s.end > lo && s.start < hi);
      clock = near.length === 1 ? fixedClock(near[0]!.offset) : shiftingClock(near);
      cache.set(day, clock);
    }
    return clock;
  };
}

/** The local date (day number) of an instant in the zone. */
export function localDay(timeZone: string, epochMs: number): number {
  return Math.floor((epochMs + offsetAt(timeZone, epochMs)) / DAY_MS);
}
