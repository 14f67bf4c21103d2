import type { SessionOutcome } from '../outcomes/session-outcome.js';
import { addDays, daysBetween } from '../time/index.js';
import type { Block, Dose, Programme, Session } from './types.js';

/**
 * The programme as a person thinks of it: this week's days (done, missed, to come), today's
 * session, and what the next week changes. Programme weeks are seven days from the start date.
 */

/** A day of a programme week. `missed` = a session day gone by with nothing recorded. */
export type DayStatus = SessionOutcome | 'missed' | 'today' | 'planned' | 'rest';

export interface PlanDay {
  date: string;
  status: DayStatus;
  session?: Session;
}

/** The programme week `date` falls in, held to 1…weeks (before the start: 1; after the end: last). */
export function weekOf(programme: Pick<Programme, 'weeks' | 'preferences'>, date: string): number {
  const week = Math.floor(daysBetween(programme.preferences.startDate, date) / 7) + 1;
  return Math.min(Math.max(week, 1), programme.weeks);
}

/**
 * The seven days of a programme week. A session day before `today` with no recording is
 * `missed`, as sessionCounts counts it; today's session not yet recorded is `today`.
 */
export function weekDays(
  programme: Pick<Programme, 'sessions' | 'preferences'>,
  week: number,
  outcomes: ReadonlyMap<string, SessionOutcome>,
  today: string,
): PlanDay[] {
  const first = addDays(programme.preferences.startDate, (week - 1) * 7);
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(first, i);
    const session = programme.sessions.find((s) => s.date === date);
    if (!session) return { date, status: 'rest' };
    const outcome = outcomes.get(session.id);
    const status: DayStatus = outcome ?? (date < today ? 'missed' : date === today ? 'today' : 'planned');
    return { date, status, session };
  });
}

/** What the next week does differently, exercise by exercise. */
export type WeekChange =
  | { kind: 'new'; exerciseId: string }
  | { kind: 'dropped'; exerciseId: string }
  | {
      kind: 'more' | 'less';
      exerciseId: string;
      measure: 'reps' | 'holdSeconds' | 'sets' | 'durationSeconds';
      from: number;
      to: number;
    }
  | { kind: 'ankle-weights'; exerciseId: string }
  | { kind: 'sessions'; from: number; to: number };

const MEASURES = ['sets', 'reps', 'holdSeconds', 'durationSeconds'] as const;

/** Each exercise of a week with the dose it has in the week's last session that has it. */
function dosesOf(sessions: readonly Session[]): Map<string, Dose> {
  const doses = new Map<string, Dose>();
  for (const s of sessions) for (const b of s.blocks as Block[]) doses.set(b.exerciseId, b.dose);
  return doses;
}

/**
 * The changes from `week` to the week after: exercises that start or stop, doses that go up or
 * down, ankle weights added, and a different number of sessions. Empty when nothing changes or
 * there is no next week.
 */
export function nextWeekChanges(
  programme: Pick<Programme, 'sessions' | 'weeks'>,
  week: number,
): WeekChange[] {
  if (week >= programme.weeks) return [];
  const thisWeek = programme.sessions.filter((s) => s.week === week);
  const nextWeek = programme.sessions.filter((s) => s.week === week + 1);
  const now = dosesOf(thisWeek);
  const then = dosesOf(nextWeek);
  const changes: WeekChange[] = [];
  for (const [exerciseId, dose] of then) {
    const before = now.get(exerciseId);
    if (!before) {
      changes.push({ kind: 'new', exerciseId });
      continue;
    }
    for (const measure of MEASURES) {
      const from = before[measure];
      const to = dose[measure];
      if (from !== undefined && to !== undefined && from !== to)
        changes.push({ kind: to > from ? 'more' : 'less', exerciseId, measure, from, to });
    }
    if (dose.ankleWeights && !before.ankleWeights) changes.push({ kind: 'ankle-weights', exerciseId });
  }
  for (const exerciseId of now.keys())
    if (!then.has(exerciseId)) changes.push({ kind: 'dropped', exerciseId });
  if (thisWeek.length !== nextWeek.length && thisWeek.length > 0 && nextWeek.length > 0)
    changes.push({ kind: 'sessions', from: thisWeek.length, to: nextWeek.length });
  return changes;
}
