import { isoWeekday } from '../time/index.js';
import { intersectRanges, rangesToMinutes } from './calendar.js';
import {
  type GridItem,
  type GridTimeOff,
  minuteGaps,
  openMinutes,
  timeOffMinutes,
  wallClock,
  wallInstant,
} from './grid-layout.js';
import type { DateOverride, Weekday, WeeklyHours } from './types.js';

/**
 * One day of the staff calendar as a list, for a phone: appointments, time off and the free gaps
 * between them, in the order of the day. Times are the clinic's wall clock, as on the grid.
 */

export interface AgendaPractitioner {
  id: string;
  workingHours: WeeklyHours;
  /** The shortest treatment they give: a gap shorter than this cannot be booked. */
  shortestMinutes: number;
}

export interface AgendaInput {
  timeZone: string;
  openingHours: WeeklyHours;
  overrides: readonly DateOverride[];
  day: string;
  /** In the order they are listed when things start at the same time. */
  practitioners: readonly AgendaPractitioner[];
  /** Appointments shown (a cancelled one may be shown without taking time: see `busy`). */
  items: readonly GridItem[];
  /** Ids of the shown appointments that take the practitioner's time. */
  busy: ReadonlySet<string>;
  timeOff: readonly GridTimeOff[];
  /** ISO instant: no gap is offered before it. */
  now: string;
  /** Gaps start on a multiple of this many minutes (15). */
  stepMinutes?: number;
}

export type AgendaEntry =
  | { kind: 'booking'; id: string; practitionerId: string; startMinute: number; endMinute: number }
  | {
      kind: 'off';
      practitionerId: string;
      startMinute: number;
      endMinute: number;
      reason: string | null;
    }
  | {
      kind: 'free';
      practitionerId: string;
      startMinute: number;
      endMinute: number;
      /** ISO instant of the gap's start, to book at. */
      start: string;
    };

const KIND_ORDER = { booking: 0, off: 1, free: 2 } as const;

/** Subtracts sorted, merged ranges from sorted, merged ranges. */
function subtract(from: [number, number][], cut: [number, number][]): [number, number][] {
  return from.flatMap(([s, e]) => minuteGaps(cut, s, e));
}

function merge(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function agendaOfDay(input: AgendaInput): AgendaEntry[] {
  const { timeZone, day } = input;
  const step = input.stepMinutes ?? 15;
  const order = new Map(input.practitioners.map((p, i) => [p.id, i]));
  const entries: AgendaEntry[] = [];

  for (const item of input.items) {
    const s = wallClock(item.start, timeZone);
    if (s.day !== day) continue;
    const e = wallClock(item.end, timeZone);
    const endMinute = e.day === day ? e.minute : 24 * 60;
    entries.push({
      kind: 'booking',
      id: item.id,
      practitionerId: item.practitionerId,
      startMinute: s.minute,
      endMinute,
    });
  }

  const open = openMinutes(day, input.openingHours, input.overrides);
  const nowAt = wallClock(input.now, timeZone);
  // Nothing is offered before the next step after now (today) or at all on a past day.
  const earliest =
    nowAt.day > day ? 24 * 60 : nowAt.day < day ? 0 : Math.ceil((nowAt.minute + 1) / step) * step;

  for (const p of input.practitioners) {
    const working = intersectRanges(open, rangesToMinutes(p.workingHours[isoWeekday(day) as Weekday]));
    const off: [number, number][] = [];
    for (const o of input.timeOff) {
      if (o.practitionerId !== p.id) continue;
      const span = timeOffMinutes(o, day, timeZone);
      if (!span) continue;
      off.push(span);
      // Time off is listed only where it takes away working time (a day they do not work anyway
      // says nothing new).
      for (const [s, e] of intersectRanges(working, [span]))
        entries.push({ kind: 'off', practitionerId: p.id, startMinute: s, endMinute: e, reason: o.reason });
    }
    const taken = merge(
      entries
        .filter((x) => x.kind === 'booking' && x.practitionerId === p.id && input.busy.has(x.id))
        .map((x) => [x.startMinute, x.endMinute] as [number, number]),
    );
    for (const [gs, ge] of subtract(subtract(working, merge(off)), taken)) {
      const s = Math.max(Math.ceil(gs / step) * step, earliest);
      if (ge - s < p.shortestMinutes) continue;
      entries.push({
        kind: 'free',
        practitionerId: p.id,
        startMinute: s,
        endMinute: ge,
        start: wallInstant(day, s, timeZone),
      });
    }
  }

  return entries.sort(
    (a, b) =>
      a.startMinute - b.startMinute ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (order.get(a.practitionerId) ?? 99) - (order.get(b.practitionerId) ?? 99),
  );
}
