import { Temporal } from 'temporal-polyfill';
import type { AvailabilityQuery, Slot, Weekday } from '../types.js';

// A deliberately naive oracle: Temporal for every candidate, brute-force conflict checks. The
// engine must give exactly the same slots; it only differs in being fast.

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
  const zdt = pdt.toZonedDateTime(timeZone, { disambiguation: 'compatible' });
  return zdt.toPlainDateTime().equals(pdt) ? zdt.epochMilliseconds : null;
}

/** First instant at which the clock shows this time or later. */
function boundary(timeZone: string, pdt: Temporal.PlainDateTime): number {
  const zdt = pdt.toZonedDateTime(timeZone, { disambiguation: 'compatible' });
  if (zdt.toPlainDateTime().equals(pdt)) return zdt.epochMilliseconds;
  // In a gap, the clock jumps past pdt at the transition; 'previous' is strictly before its
  // instant, and the compatible instant can be the transition itself (a gap starting at pdt).
  return zdt.add({ milliseconds: 1 }).getTimeZoneTransition('previous')!.epochMilliseconds;
}

export function referenceSlots(q: AvailabilityQuery, only?: string): Slot[] {
  const tz = q.clinic.timeZone;
  const nowMs = Temporal.Instant.from(q.now).epochMilliseconds;
  const today = Temporal.Instant.from(q.now).toZonedDateTimeISO(tz).toPlainDate();
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
