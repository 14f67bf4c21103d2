import { addDays, daysBetween } from '../time/index.js';

export interface PlannedSession {
  id: string;
  week: number;
  date: string;
}
export interface DoneSession {
  sessionId: string;
  date: string;
}

export interface Adherence {
  planned: number;
  done: number;
  /** done / planned in 0..1; null when nothing was planned yet. */
  rate: number | null;
}

/**
 * Sessions done over sessions planned up to and including `until`. A session counts once however
 * often it was recorded, and only when it was planned (an extra session does not lift the rate
 * above 1).
 */
export function adherence(
  planned: readonly PlannedSession[],
  done: readonly DoneSession[],
  until: string,
): Adherence {
  const due = planned.filter((s) => s.date <= until);
  const dueIds = new Set(due.map((s) => s.id));
  const doneIds = new Set(done.filter((d) => dueIds.has(d.sessionId)).map((d) => d.sessionId));
  return { planned: due.length, done: doneIds.size, rate: due.length ? doneIds.size / due.length : null };
}

export interface WeekAdherence extends Adherence {
  week: number;
  start: string;
}

/** Adherence per programme week (week 1 starts on `startDate`), for weeks begun by `until`. */
export function adherenceByWeek(
  planned: readonly PlannedSession[],
  done: readonly DoneSession[],
  startDate: string,
  weeks: number,
  until: string,
): WeekAdherence[] {
  const out: WeekAdherence[] = [];
  for (let w = 1; w <= weeks; w++) {
    const start = addDays(startDate, (w - 1) * 7);
    if (start > until) break;
    const end = addDays(start, 6);
    const inWeek = planned.filter((s) => s.date >= start && s.date <= end);
    out.push({ week: w, start, ...adherence(inWeek, done, end < until ? end : until) });
  }
  return out;
}

/** Programme week (1-based) that a date falls in; 0 before the start. */
export function programmeWeek(startDate: string, date: string): number {
  const d = daysBetween(startDate, date);
  return d < 0 ? 0 : Math.floor(d / 7) + 1;
}
