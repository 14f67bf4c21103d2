import { isoWeekday, localDate, localTime, todayIn, zonedInstant } from '../time/index.js';
import { intersectRanges, rangesToMinutes } from './calendar.js';
import type { DateOverride, TimeRange, Weekday, WeeklyHours } from './types.js';

/**
 * Where things go on the staff calendar's time grid: rows of `rowMinutes` (15) between the
 * earliest opening and the latest closing of the days shown, one column per day (week view) or
 * per practitioner on a day (day view). Every position is the clinic's WALL-CLOCK time, read in
 * its zone through src/domain/time: a 09:30 booking sits on the 09:30 row before and after a DST
 * change, whatever zone the browser runs in.
 */

export interface GridColumn {
  /** Local date (YYYY-MM-DD) the column shows. */
  day: string;
  /** Only this practitioner's items go in the column; omitted: everyone's. */
  practitionerId?: string;
  /** The practitioner's weekly hours: outside them (and inside the clinic's) is shaded too. */
  workingHours?: WeeklyHours;
}

export interface GridItem {
  id: string;
  practitionerId: string;
  /** ISO instants. */
  start: string;
  end: string;
}

/** A practitioner's time off (ISO instants, `end` exclusive), shaded in their columns. */
export interface GridTimeOff {
  practitionerId: string;
  start: string;
  end: string;
  reason: string | null;
}

export interface GridInput {
  timeZone: string;
  openingHours: WeeklyHours;
  /** Closures and changed hours on given dates (`ranges: []`: closed all day). */
  overrides: readonly DateOverride[];
  columns: readonly GridColumn[];
  items: readonly GridItem[];
  /** Time off of the practitioners shown. */
  timeOff?: readonly GridTimeOff[];
  /** Other instants the rows must reach (e.g. free times offered for a move). */
  alsoShow?: readonly string[];
  /** ISO instant: the caller's clock, for "today" and the now line. */
  now?: string;
  rowMinutes?: number;
}

export interface GridBlock {
  id: string;
  column: number;
  /** Rows from the top of the grid (fractional when a time is not on a row boundary). */
  top: number;
  /** Height in rows (at least a quarter of a row, so a block stays visible). */
  height: number;
  /** Side-by-side lanes when blocks overlap in one column. */
  lane: number;
  lanes: number;
  /** Wall-clock minutes of the day. */
  startMinute: number;
  endMinute: number;
}

export interface GridShade {
  column: number;
  top: number;
  height: number;
}

/** Time off over (part of) a column of one practitioner, to shade and name. */
export interface GridAway extends GridShade {
  practitionerId: string;
  reason: string | null;
}

export interface GridLayout {
  rowMinutes: number;
  /** Wall-clock minute of the top of row 0. */
  firstMinute: number;
  rows: number;
  /** 'HH:MM' of each row's top. */
  rowTimes: string[];
  columns: {
    day: string;
    today: boolean;
    closedAllDay: boolean;
    closedReason: string | null;
    /** In a column of everyone (no practitioner): who has time off during (part of) the day. */
    away: { practitionerId: string; reason: string | null }[];
  }[];
  blocks: GridBlock[];
  /** Times the clinic (or the column's practitioner) is closed, to shade. */
  closed: GridShade[];
  /** A column's practitioner's time off (shaded and labelled apart from closed times). */
  timeOff: GridAway[];
  /** Rows from the top where the now line goes in today's columns; null when not in view. */
  nowRow: number | null;
}

const DEFAULT_HOURS: [number, number] = [8 * 60, 18 * 60];

export const minuteLabel = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** The local date and wall-clock minute of an instant in the zone. */
export function wallClock(instant: string, timeZone: string): { day: string; minute: number } {
  const [hours = 0, minutes = 0] = localTime(instant, timeZone).split(':').map(Number);
  return { day: localDate(instant, timeZone), minute: hours * 60 + minutes };
}

/**
 * The instant the clinic's clock shows `minute` on `day` (the earlier one when the time occurs
 * twice; in a spring-forward gap, the time just after the jump).
 */
export function wallInstant(day: string, minute: number, timeZone: string): string {
  // Written without milliseconds, like the API's instants.
  return zonedInstant(day, minuteLabel(minute), timeZone, 'compatible').toISOString().replace('.000Z', 'Z');
}

/** The clinic's open wall-clock minutes on a local date (its weekly hours or that date's override). */
export function openMinutes(
  day: string,
  hours: WeeklyHours,
  overrides: readonly DateOverride[],
): [number, number][] {
  const override = overrides.find((o) => o.date === day);
  const ranges: TimeRange[] | undefined = override ? override.ranges : hours[isoWeekday(day) as Weekday];
  return rangesToMinutes(ranges);
}

/** The complement of sorted ranges within [from, to). */
export function minuteGaps(ranges: [number, number][], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (s > at) out.push([at, Math.min(s, to)]);
    at = Math.max(at, e);
    if (at >= to) break;
  }
  if (at < to) out.push([at, to]);
  return out.filter(([s, e]) => e > s);
}

/**
 * The wall-clock minutes of `day` that time off covers, or null when it misses the day: a start on
 * an earlier day counts from midnight, an end on a later day runs to midnight (24:00).
 */
export function timeOffMinutes(
  off: { start: string; end: string },
  day: string,
  timeZone: string,
): [number, number] | null {
  const s = wallClock(off.start, timeZone);
  const e = wallClock(off.end, timeZone);
  if (s.day > day || e.day < day) return null;
  const from = s.day < day ? 0 : s.minute;
  const to = e.day > day ? 24 * 60 : e.minute;
  return to > from ? [from, to] : null;
}

/** Wall-clock span of an item on its start's day (an end on a later day runs to midnight). */
function itemSpan(item: GridItem, timeZone: string): { day: string; start: number; end: number } {
  const s = wallClock(item.start, timeZone);
  const e = wallClock(item.end, timeZone);
  const end = e.day === s.day ? e.minute : 24 * 60;
  return { day: s.day, start: s.minute, end: Math.max(end, s.minute) };
}

export function layoutGrid(input: GridInput): GridLayout {
  const rowMinutes = input.rowMinutes ?? 15;
  const { timeZone } = input;
  const spans = input.items.map((item) => ({ item, ...itemSpan(item, timeZone) }));
  const days = new Set(input.columns.map((c) => c.day));

  // Rows: from the earliest opening to the latest closing of the days shown, stretched to reach
  // anything placed outside them.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const day of days) {
    for (const [s, e] of openMinutes(day, input.openingHours, input.overrides)) {
      first = Math.min(first, s);
      last = Math.max(last, e);
    }
  }
  for (const s of spans) {
    if (!days.has(s.day)) continue;
    first = Math.min(first, s.start);
    last = Math.max(last, s.end);
  }
  for (const instant of input.alsoShow ?? []) {
    const w = wallClock(instant, timeZone);
    if (!days.has(w.day)) continue;
    first = Math.min(first, w.minute);
    last = Math.max(last, w.minute + rowMinutes);
  }
  if (!Number.isFinite(first)) [first, last] = DEFAULT_HOURS;
  first = Math.floor(first / rowMinutes) * rowMinutes;
  last = Math.min(24 * 60, Math.ceil(last / rowMinutes) * rowMinutes);
  const rows = Math.max(1, (last - first) / rowMinutes);
  const toRows = (minute: number) => (minute - first) / rowMinutes;

  const today = input.now ? todayIn(timeZone, input.now) : null;
  const columns = input.columns.map((c) => {
    const override = input.overrides.find((o) => o.date === c.day);
    const closedAllDay = openMinutes(c.day, input.openingHours, input.overrides).length === 0;
    return {
      day: c.day,
      today: c.day === today,
      closedAllDay,
      closedReason: closedAllDay ? (override?.reason ?? null) : null,
      away:
        c.practitionerId || closedAllDay
          ? []
          : (input.timeOff ?? [])
              .filter((o) => timeOffMinutes(o, c.day, timeZone))
              .map((o) => ({ practitionerId: o.practitionerId, reason: o.reason })),
    };
  });

  const closed: GridShade[] = [];
  const timeOff: GridAway[] = [];
  input.columns.forEach((c, column) => {
    let open = openMinutes(c.day, input.openingHours, input.overrides);
    if (c.workingHours)
      open = intersectRanges(open, rangesToMinutes(c.workingHours[isoWeekday(c.day) as Weekday]));
    for (const [s, e] of minuteGaps(open, first, last))
      closed.push({ column, top: toRows(s), height: (e - s) / rowMinutes });
    // Time off is shaded where it takes working time away; outside the hours it is closed anyway.
    for (const o of input.timeOff ?? []) {
      if (!c.practitionerId || o.practitionerId !== c.practitionerId) continue;
      const span = timeOffMinutes(o, c.day, timeZone);
      if (!span) continue;
      for (const [s, e] of intersectRanges(open, [span]))
        timeOff.push({
          column,
          top: toRows(s),
          height: (e - s) / rowMinutes,
          practitionerId: o.practitionerId,
          reason: o.reason,
        });
    }
  });

  const blocks: GridBlock[] = [];
  input.columns.forEach((c, column) => {
    const mine = spans
      .filter((s) => s.day === c.day && (!c.practitionerId || s.item.practitionerId === c.practitionerId))
      .sort((a, b) => a.start - b.start || b.end - a.end || (a.item.id < b.item.id ? -1 : 1));
    // Lanes: each block takes the first lane free at its start; blocks that overlap (directly or
    // through others) share one lane count, so they split the column evenly.
    let cluster: GridBlock[] = [];
    let clusterEnd = Number.NEGATIVE_INFINITY;
    let laneEnds: number[] = [];
    const closeCluster = () => {
      for (const b of cluster) b.lanes = laneEnds.length;
      cluster = [];
      laneEnds = [];
    };
    for (const s of mine) {
      if (s.start >= clusterEnd) closeCluster();
      let lane = laneEnds.findIndex((end) => end <= s.start);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = s.end;
      clusterEnd = cluster.length === 0 ? s.end : Math.max(clusterEnd, s.end);
      const block: GridBlock = {
        id: s.item.id,
        column,
        top: toRows(s.start),
        height: Math.max(0.25, (s.end - s.start) / rowMinutes),
        lane,
        lanes: 1,
        startMinute: s.start,
        endMinute: s.end,
      };
      cluster.push(block);
      blocks.push(block);
    }
    closeCluster();
  });

  let nowRow: number | null = null;
  if (input.now && columns.some((c) => c.today)) {
    const w = wallClock(input.now, timeZone);
    if (w.minute >= first && w.minute <= last) nowRow = toRows(w.minute);
  }

  return {
    rowMinutes,
    firstMinute: first,
    rows,
    rowTimes: Array.from({ length: rows }, (_, i) => minuteLabel(first + i * rowMinutes)),
    columns,
    blocks,
    closed,
    timeOff,
    nowRow,
  };
}

/** The row an instant falls in on the grid, with its local date; null when outside the rows. */
export function rowOf(
  layout: Pick<GridLayout, 'firstMinute' | 'rows' | 'rowMinutes'>,
  instant: string,
  timeZone: string,
): { day: string; row: number } | null {
  const w = wallClock(instant, timeZone);
  const row = Math.floor((w.minute - layout.firstMinute) / layout.rowMinutes);
  return row >= 0 && row < layout.rows ? { day: w.day, row } : null;
}
