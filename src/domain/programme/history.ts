import { addDays, datePartOf, isPlainDate } from '../time/index.js';
import type { SessionResult } from './types.js';

export interface History {
  results: SessionResult[];
  checkins?: { date: string; painNow: number }[];
}

/** A pain score this much above the baseline is a worse day (the smallest change that matters). */
export const WORSE_DAY_POINTS = 2;
/** A worse day eases every exercise by one step for this many days after it. */
export const WORSE_DAY_EASING_DAYS = 7;

/** Session ids carry their date so a result can be placed in time without the programme. */
export const sessionIdFor = (date: string): string => `s-${date}`;

/** The local date a result belongs to: its session's date, else the day of its instant. */
export function resultDate(result: SessionResult): string {
  const fromId = result.sessionId.startsWith('s-') ? result.sessionId.slice(2) : '';
  return isPlainDate(fromId) ? fromId : datePartOf(result.completedAt);
}

export interface PainLog {
  /** Dates on which pain was reported in each exercise, sorted. */
  byExercise: Map<string, string[]>;
  /** Dates of worse days, sorted. */
  worseDays: string[];
}

export function painLog(history: History | undefined, baseline: number | null): PainLog {
  const byExercise = new Map<string, string[]>();
  const worse = new Set<string>();
  for (const r of history?.results ?? []) {
    const date = resultDate(r);
    for (const b of r.blocks) {
      if (!b.pain) continue;
      const list = byExercise.get(b.exerciseId) ?? [];
      list.push(date);
      byExercise.set(b.exerciseId, list);
    }
    if (baseline !== null && r.painNow >= baseline + WORSE_DAY_POINTS) worse.add(date);
  }
  for (const c of history?.checkins ?? []) {
    if (baseline !== null && isPlainDate(c.date) && c.painNow >= baseline + WORSE_DAY_POINTS)
      worse.add(c.date);
  }
  for (const list of byExercise.values()) list.sort();
  return { byExercise, worseDays: [...worse].sort() };
}

/** Pain reports in the exercise strictly before the date. */
export function painCountBefore(log: PainLog, exerciseId: string, date: string): number {
  let n = 0;
  for (const d of log.byExercise.get(exerciseId) ?? []) if (d < date) n++;
  return n;
}

/** True when a worse day fell within the easing window before the date. */
export function easedByWorseDay(log: PainLog, date: string): boolean {
  return log.worseDays.some((d) => d < date && date <= addDays(d, WORSE_DAY_EASING_DAYS));
}
