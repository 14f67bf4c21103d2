import { Temporal } from 'temporal-polyfill';
import { instantOfWall, rulesOf, transitionsBetween, wallMsAt } from '../../time/tz.js';
import type { AvailabilityQuery, Slot, Weekday } from '../types.js';

// A deliberately naive oracle: Temporal dates, the zone rules asked afresh for every candidate,
// brute-force conflict checks. The engine must give exactly the same slots; it only differs in
// being fast. (The zone rules are the domain's own, tested against Intl in time/tz.test.ts.)

const wallMs = (pdt: Temporal.PlainDateTime): number => Date.parse(`${pdt.toString()}Z`);

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

function wall(date: Temporal.PlainDate, minutes: number): Temporal.PlainDateTime {
  const day = minutes === 1440 ? date.add({ days: 1 }) : date;
  const m = minutes % 1440;
  return day.toPlainDateTime(new Temporal.PlainTime(Math.floor(m / 60), m % 60));
}

/** Earlier instant when ambiguous; null when the wall time never happens. */
function exact(timeZone: string, pdt: Temporal.PlainDateTime): number | null {
  const rules = rulesOf(timeZone);
  const t = instantOfWall(rules, wallMs(pdt));
  return wallMsAt(rules, t) === wallMs(pdt) ? t : null;
}

/** First instant at which the clock shows this time or later. */
function boundary(timeZone: string, pdt: Temporal.PlainDateTime): number {
  const found = exact(timeZone, pdt);
  if (found !== null) return found;
  // In a gap, the clock jumps past pdt at the transition whose skipped wall times hold it.
  const w = wallMs(pdt);
  const day = 86_400_000;
  const jump = transitionsBetween(rulesOf(timeZone), w - 2 * day, w + 2 * day).find(
    (t) => t.at + t.before <= w && w < t.at + t.after,
  );
  return jump!.at;
}

export function referenceSlots(q: AvailabilityQuery, only?: string): Slot[] {
  const tz = q.clinic.timeZone;
  const nowMs = Temporal.Instant.from(q.now).epochMilliseconds;
  const today = Temporal.PlainDate.from(new Date(wallMsAt(rulesOf(tz), nowMs)).toISOString().slice(0, 10));
  const last = today.add({ days: q.clinic.rules.maxDaysAhead });
  const { durationMinutes, bufferBeforeMinutes, bufferAfterMinutes } = q.service;
  const pick = only ?? q.practitionerId;
  const out: { practitionerId: string; startMs: number }[] = [];
  const to = Temporal.PlainDate.from(q.to);
  for (
    let d = Temporal.PlainDate.from(q.from);
    Temporal.PlainDate.compare(d, to) <= 0;
    d = d.add({ days: 1 })
  ) {
    if (Temporal.PlainDate.compare(d, today) < 0 || Temporal.PlainDate.compare(d, last) > 0) continue;
    const override = q.clinic.overrides.find((o) => o.date === d.toString());
    const open = override ? override.ranges : (q.clinic.openingHours[d.dayOfWeek as Weekday] ?? []);
    for (const p of q.practitioners) {
      if ((pick !== undefined && p.id !== pick) || !p.serviceIds.includes(q.service.id)) continue;
      const busy = [
        ...q.bookings
          .filter((b) => b.practitionerId === p.id)
          .map((b) => [
            Date.parse(b.start) - b.bufferBeforeMinutes * 60_000,
            Date.parse(b.end) + b.bufferAfterMinutes * 60_000,
          ]),
        ...p.timeOff.map((t) => [Date.parse(t.start), Date.parse(t.end)]),
      ];
      for (const c of open) {
        for (const w of p.workingHours[d.dayOfWeek as Weekday] ?? []) {
          const s = Math.max(minutesOf(c.start), minutesOf(w.start));
          const e = Math.min(minutesOf(c.end), minutesOf(w.end));
          if (e <= s) continue;
          const close = boundary(tz, wall(d, e));
          for (let t = s; t < e; t += q.clinic.rules.slotIntervalMinutes) {
            const startMs = exact(tz, wall(d, t));
            if (startMs === null) continue;
            const endMs = startMs + durationMinutes * 60_000;
            if (endMs > close || startMs < nowMs + q.clinic.rules.minNoticeMinutes * 60_000) continue;
            const occStart = startMs - bufferBeforeMinutes * 60_000;
            const occEnd = endMs + bufferAfterMinutes * 60_000;
            if (busy.some(([bs, be]) => bs! < occEnd && occStart < be!)) continue;
            out.push({ practitionerId: p.id, startMs });
          }
        }
      }
    }
  }
  out.sort((a, b) => a.startMs - b.startMs || (a.practitionerId < b.practitionerId ? -1 : 1));
  return out.map((r) => ({
    practitionerId: r.practitionerId,
    serviceId: q.service.id,
    start: Temporal.Instant.fromEpochMilliseconds(r.startMs).toString(),
    end: Temporal.Instant.fromEpochMilliseconds(r.startMs + durationMinutes * 60_000).toString(),
  }));
}
