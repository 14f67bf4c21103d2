import { todayIn } from '../time/index.js';
import {
  DAY_MS,
  formatDate,
  formatInstant,
  instantFormatter,
  intersectRanges,
  MINUTE_MS,
  parseDate,
  parseInstant,
  rangesToMinutes,
  weekdayOf,
} from './calendar.js';
import type { AvailabilityQuery, ClinicSchedule, PractitionerSchedule, Slot, Weekday } from './types.js';
import { validateClinicSchedule, validateService } from './validate.js';
import { type DayClock, localDay, zoneClocks } from './zone-clock.js';

type Minutes = [number, number][];

interface ClinicDay {
  day: number;
  weekday: Weekday;
  wallMs: number; // local midnight read as if it were UTC
  open: Minutes;
  clock: DayClock;
}

function weeklyMinutes(hours: ClinicSchedule['openingHours']): Minutes[] {
  const out: Minutes[] = [];
  for (let d = 1; d <= 7; d++) out[d] = rangesToMinutes(hours[d as Weekday]);
  return out;
}

function clinicDays(clinic: ClinicSchedule, fromDay: number, toDay: number): ClinicDay[] {
  const weekly = weeklyMinutes(clinic.openingHours);
  const overrides = new Map(clinic.overrides.map((o) => [o.date, o.ranges]));
  const clockFor = zoneClocks(clinic.timeZone, fromDay, toDay);
  const days: ClinicDay[] = [];
  for (let day = fromDay; day <= toDay; day++) {
    const weekday = weekdayOf(day);
    const override = overrides.size > 0 ? overrides.get(formatDate(day)) : undefined;
    const open = override ? rangesToMinutes(override) : weekly[weekday]!;
    if (open.length > 0) days.push({ day, weekday, wallMs: day * DAY_MS, open, clock: clockFor(day) });
  }
  return days;
}

/** Bookings per practitioner, with buffers applied, as [start, end) epoch-ms pairs. */
function bookingsByPractitioner(q: AvailabilityQuery, ids: Set<string>): Map<string, [number, number][]> {
  const byId = new Map<string, [number, number][]>();
  for (const b of q.bookings) {
    if (!ids.has(b.practitionerId)) continue;
    let list = byId.get(b.practitionerId);
    if (!list) {
      list = [];
      byId.set(b.practitionerId, list);
    }
    list.push([
      parseInstant(b.start, 'booking start') - b.bufferBeforeMinutes * MINUTE_MS,
      parseInstant(b.end, 'booking end') + b.bufferAfterMinutes * MINUTE_MS,
    ]);
  }
  return byId;
}

/** Busy time of one practitioner as sorted, merged [start, end) epoch-ms intervals. */
function busyIntervals(p: PractitionerSchedule, bookings: [number, number][]): number[] {
  const raw = [...bookings];
  for (const t of p.timeOff)
    raw.push([parseInstant(t.start, 'time off start'), parseInstant(t.end, 'time off end')]);
  raw.sort((a, b) => a[0] - b[0]);
  const flat: number[] = []; // [s0, e0, s1, e1, …]: one array keeps the sweep cache-friendly
  for (const [s, e] of raw) {
    const n = flat.length;
    if (n > 0 && s <= flat[n - 1]!) flat[n - 1] = Math.max(flat[n - 1]!, e);
    else flat.push(s, e);
  }
  return flat;
}

interface Prepared {
  nowMs: number;
  earliestStartMs: number;
  firstDay: number; // today in the clinic's zone
  lastDay: number; // today + maxDaysAhead
}

function prepare(q: AvailabilityQuery): Prepared {
  const problems = [...validateClinicSchedule(q.clinic), ...validateService(q.service)];
  if (problems.length > 0) throw new RangeError(`invalid availability query: ${problems.join('; ')}`);
  const nowMs = parseInstant(q.now, 'now');
  const today = localDay(q.clinic.timeZone, nowMs);
  return {
    nowMs,
    earliestStartMs: nowMs + q.clinic.rules.minNoticeMinutes * MINUTE_MS,
    firstDay: today,
    lastDay: today + q.clinic.rules.maxDaysAhead,
  };
}

/** Who gives the service, sorted by id (the tie-break of the output order), without duplicates. */
function givers(q: AvailabilityQuery, practitionerId: string | undefined): PractitionerSchedule[] {
  const byId = new Map<string, PractitionerSchedule>();
  for (const p of q.practitioners) {
    if ((practitionerId === undefined || p.id === practitionerId) && p.serviceIds.includes(q.service.id)) {
      if (!byId.has(p.id)) byId.set(p.id, p);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The engine. Each free slot is one number, startMs × n + (index of its practitioner in the
 * id-sorted list): sorting these plain numbers gives the output order (start, then practitioner)
 * without a comparator, which was a large share of the run time. Exact while startMs × n < 2^53,
 * i.e. for fewer than ~4000 practitioners in one query.
 */
function slotKeys(
  q: AvailabilityQuery,
  prep: Prepared,
  fromDay: number,
  toDay: number,
  practitioners: PractitionerSchedule[],
): number[] {
  const lo = Math.max(fromDay, prep.firstDay);
  const hi = Math.min(toDay, prep.lastDay);
  if (lo > hi || practitioners.length === 0) return [];
  const n = practitioners.length;
  const booked = bookingsByPractitioner(q, new Set(practitioners.map((p) => p.id)));
  const days = clinicDays(q.clinic, lo, hi);
  const { durationMinutes, bufferBeforeMinutes, bufferAfterMinutes } = q.service;
  const durMs = durationMinutes * MINUTE_MS;
  const beforeMs = bufferBeforeMinutes * MINUTE_MS;
  const afterMs = bufferAfterMinutes * MINUTE_MS;
  const step = q.clinic.rules.slotIntervalMinutes;
  const out: number[] = [];

  for (let rank = 0; rank < n; rank++) {
    const p = practitioners[rank]!;
    const working = weeklyMinutes(p.workingHours);
    const busy = busyIntervals(p, booked.get(p.id) ?? []);
    let k = 0; // index into busy; slot starts only grow, so the sweep never goes back
    for (const d of days) {
      const own = working[d.weekday]!;
      if (own.length === 0) continue;
      for (const [ws, we] of intersectRanges(d.open, own)) {
        const closeMs = d.clock.boundary(d.wallMs + we * MINUTE_MS);
        // The grid is wall-clock, counted from the window's opening time.
        for (let t = ws; t < we; t += step) {
          const startMs = d.clock.exact(d.wallMs + t * MINUTE_MS);
          if (Number.isNaN(startMs)) continue; // spring-forward gap: this wall time never happens
          const endMs = startMs + durMs;
          if (endMs > closeMs) break;
          if (startMs < prep.earliestStartMs) continue;
          const occStart = startMs - beforeMs;
          const occEnd = endMs + afterMs;
          while (k < busy.length && busy[k + 1]! <= occStart) k += 2;
          if (k < busy.length && busy[k]! < occEnd) continue;
          out.push(startMs * n + rank);
        }
      }
    }
  }
  return out;
}

function dayOrThrow(date: string, what: string): number {
  const day = parseDate(date);
  if (day === null) throw new RangeError(`${what}: "${date}" is not a date YYYY-MM-DD`);
  return day;
}

/**
 * Free slots of the service between `from` and `to` (local dates, inclusive), sorted by start
 * then practitioner id. Throws RangeError on an invalid clinic schedule, service or date.
 */
export function availableSlots(q: AvailabilityQuery): Slot[] {
  const prep = prepare(q);
  const fromDay = dayOrThrow(q.from, 'from');
  const toDay = dayOrThrow(q.to, 'to');
  const practitioners = givers(q, q.practitionerId);
  const n = practitioners.length;
  const keys = Float64Array.from(slotKeys(q, prep, fromDay, toDay, practitioners)).sort();
  const durMs = q.service.durationMinutes * MINUTE_MS;
  const format = instantFormatter();
  const slots: Slot[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const rank = ((key % n) + n) % n; // also right for (theoretical) instants before 1970
    const startMs = (key - rank) / n;
    slots[i] = {
      practitionerId: practitioners[rank]!.id,
      serviceId: q.service.id,
      start: format(startMs),
      end: format(startMs + durMs),
    };
  }
  return slots;
}

/**
 * Whether `slot` is one that availableSlots would offer: for validating a booking request.
 * Uses the slot's own local date (q.from, q.to and q.practitionerId are not consulted), so a
 * request is judged the same whatever range the client had been shown.
 */
export function isSlotAvailable(
  q: AvailabilityQuery,
  slot: { practitionerId: string; start: string },
): boolean {
  const prep = prepare(q);
  const startMs = parseInstant(slot.start, 'slot start');
  const day = localDay(q.clinic.timeZone, startMs);
  const practitioners = givers(q, slot.practitionerId); // at most one: rank 0, so key = startMs
  return slotKeys(q, prep, day, day, practitioners).includes(startMs);
}

/** The clinic's open intervals on a local date, as UTC ISO instants (empty when closed). */
export function localDayWindows(clinic: ClinicSchedule, date: string): { start: string; end: string }[] {
  const problems = validateClinicSchedule(clinic);
  if (problems.length > 0) throw new RangeError(`invalid clinic schedule: ${problems.join('; ')}`);
  const day = dayOrThrow(date, 'date');
  const [d] = clinicDays(clinic, day, day);
  if (!d) return [];
  const out: { start: string; end: string }[] = [];
  for (const [s, e] of d.open) {
    const startMs = d.clock.boundary(d.wallMs + s * MINUTE_MS);
    const endMs = d.clock.boundary(d.wallMs + e * MINUTE_MS);
    if (endMs > startMs) out.push({ start: formatInstant(startMs), end: formatInstant(endMs) });
  }
  return out;
}

/** Today's date in the clinic's zone, for callers that show "today" or compute horizons. */
export function clinicToday(clinic: Pick<ClinicSchedule, 'timeZone'>, now: string): string {
  return todayIn(clinic.timeZone, parseInstant(now, 'now'));
}
