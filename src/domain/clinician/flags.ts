import { URGENCY_RANK, type Urgency } from '../assessment/red-flags.js';
import { type Change, painChange } from '../outcomes/change.js';
import { addDays, daysBetween, weekStart } from '../time/index.js';

/**
 * "Who needs me": flags a practitioner sees on the list of patients who share their progress
 * with the clinic (issue 15). Pure: the server reads the shared data, turns instants into the
 * patient's local dates, and passes them in with today's date. docs/clinical-safety.md §8 lists
 * each rule; docs/clinician.md describes the list.
 */

/** Most urgent first: the order flags are listed in and patients are sorted by. */
export const FLAG_CODES = ['red-flag-answered', 'hurt-report', 'pain-up', 'quiet-7-days'] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** How the flag looks: the colour and icon beside its words. */
export type FlagSeverity = 'urgent' | 'high' | 'watch';

export const FLAG_SEVERITY: Record<FlagCode, FlagSeverity> = {
  'red-flag-answered': 'urgent',
  'hurt-report': 'high',
  'pain-up': 'high',
  'quiet-7-days': 'watch',
};

/** Which part of the patient's shared progress explains the flag. */
export type FlagTarget = 'assessments' | 'sessions' | 'pain' | 'activity';

export const FLAG_TARGET: Record<FlagCode, FlagTarget> = {
  'red-flag-answered': 'assessments',
  'hurt-report': 'sessions',
  'pain-up': 'pain',
  'quiet-7-days': 'activity',
};

/** A "this hurts" report at this level (0–10) or above raises a flag. */
export const HURT_FLAG_LEVEL = 7;
/** Days without a session or a check-in (the seven days ending today) that raise a flag. */
export const QUIET_DAYS = 7;
/**
 * How far back a "this hurts" report or a self-assessment that stops self-care still raises a
 * flag: older ones are history, read on the progress view.
 */
export const FLAG_LOOKBACK_DAYS = 14;

export interface FlagInput {
  /** Today in the clinic's zone. */
  today: string;
  /** The patient's assessments, oldest first, with their local date. */
  assessments: readonly { id: string; date: string; painNow: number | null; highestUrgency: string }[];
  /** Daily check-ins (local dates), any order. */
  checkins: readonly { date: string; painNow: number }[];
  /** "This hurts" reports from the session player: local date, the instant (a stable key), level. */
  hurtReports: readonly { date: string; at: string; level: number }[];
  /** Local dates on which a session was recorded (done, stopped or skipped). */
  sessionDates: readonly string[];
  /** The local date the patient started sharing with the clinic (the quiet clock starts there). */
  sharingSince: string;
}

export interface Flag {
  /** Stable while the same data raises it; a new occurrence gets a new id. */
  id: string;
  code: FlagCode;
  severity: FlagSeverity;
  /** When it happened: the answer, the report, the start of the rise, the last activity. */
  date: string;
  target: FlagTarget;
  /** The number the flag is about: the pain level, the points up, the quiet days. */
  value: number | null;
}

const stopsSelfCare = (u: string): boolean =>
  u in URGENCY_RANK && URGENCY_RANK[u as Urgency] >= URGENCY_RANK['urgent-days'];

/** Pain now against the baseline: the same rule as the staff progress view. */
export function painNowVsBaseline(input: Pick<FlagInput, 'assessments' | 'checkins'>): {
  change: Change;
  /** The date of the "now" value. */
  date: string;
} | null {
  const checkins = [...input.checkins].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const assessed = input.assessments.filter((a) => a.painNow !== null);
  const baseline = assessed[0]?.painNow ?? checkins[0]?.painNow;
  const latestCheckin = checkins[checkins.length - 1];
  const latestAssessed = assessed[assessed.length - 1];
  const latest = latestCheckin
    ? { pain: latestCheckin.painNow, date: latestCheckin.date }
    : latestAssessed
      ? { pain: latestAssessed.painNow as number, date: latestAssessed.date }
      : undefined;
  if (baseline === undefined || baseline === null || !latest || checkins.length + assessed.length < 2)
    return null;
  return { change: painChange(baseline, latest.pain), date: latest.date };
}

const worseThatMatters = (c: Change) => c.direction === 'worse' && c.matters;

/** Every flag the data raises today, most urgent first (ties: newest first). */
export function computeFlags(input: FlagInput): Flag[] {
  const flags: Flag[] = [];
  const since = addDays(input.today, -FLAG_LOOKBACK_DAYS);
  const recent = (d: string) => d >= since && d <= input.today;

  // A self-assessment that stops self-care, newest within the lookback.
  const stop = [...input.assessments]
    .reverse()
    .find((a) => recent(a.date) && stopsSelfCare(a.highestUrgency));
  if (stop) flags.push(flag('red-flag-answered', stop.id, stop.date, null));

  // The newest "this hurts" report at 7/10 or more within the lookback.
  const hurts = input.hurtReports
    .filter((h) => h.level >= HURT_FLAG_LEVEL && recent(h.date))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const hurt = hurts[0];
  if (hurt) flags.push(flag('hurt-report', keyOf(hurt.at), hurt.date, hurt.level));

  // Pain now up by the change that matters (2 points) from the baseline. The flag is the run of
  // latest check-ins that are all up: it keeps its id while pain stays up, and a new rise after
  // pain came back down is a new flag.
  const now = painNowVsBaseline(input);
  if (now && worseThatMatters(now.change)) {
    const checkins = [...input.checkins].sort((a, b) => (a.date < b.date ? -1 : 1));
    let start = now.date;
    for (let i = checkins.length - 1; i >= 0; i--) {
      const c = checkins[i]!;
      if (!worseThatMatters(painChange(now.change.from, c.painNow))) break;
      start = c.date;
    }
    flags.push(flag('pain-up', start, start, now.change.delta));
  }

  // Nothing logged (no session, no check-in) in the seven days ending today.
  const activity = [...input.checkins.map((c) => c.date), ...input.sessionDates].filter(
    (d) => d <= input.today,
  );
  const last = [input.sharingSince, ...activity].sort().at(-1) as string;
  const quiet = daysBetween(last, input.today);
  if (quiet >= QUIET_DAYS) flags.push(flag('quiet-7-days', last, last, quiet));

  return flags.sort(compareFlags);
}

/** Flags that are not handled: a handled id stays hidden; new data raises a new id. */
export const openFlags = (flags: readonly Flag[], handled: ReadonlySet<string>): Flag[] =>
  flags.filter((f) => !handled.has(f.id));

export function compareFlags(a: Flag, b: Flag): number {
  const rank = FLAG_CODES.indexOf(a.code) - FLAG_CODES.indexOf(b.code);
  if (rank) return rank;
  return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
}

/**
 * Patients with open flags first, by their most urgent flag, then the newest; then the rest by
 * name (locale-independent, stable).
 */
export function comparePatients(
  a: { name: string; flags: readonly Flag[] },
  b: { name: string; flags: readonly Flag[] },
): number {
  const fa = a.flags[0];
  const fb = b.flags[0];
  if (fa && !fb) return -1;
  if (!fa && fb) return 1;
  if (fa && fb) {
    const c = compareFlags(fa, fb);
    if (c) return c;
  }
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Flag ids travel in URLs: letters, digits, dots and dashes only. */
export const FLAG_ID_PATTERN = /^[a-z0-9][a-z0-9.-]{0,99}$/;

const keyOf = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]/g, '-');

function flag(code: FlagCode, key: string, date: string, value: number | null): Flag {
  return {
    id: `${code}.${keyOf(key)}`,
    code,
    severity: FLAG_SEVERITY[code],
    date,
    target: FLAG_TARGET[code],
    value,
  };
}

/** Sessions this calendar week (Monday to Sunday, the patient's dates): planned and done. */
export function sessionsThisWeek(
  planned: readonly { id: string; date: string }[],
  doneIds: ReadonlySet<string>,
  today: string,
): { planned: number; done: number } {
  const start = weekStart(today);
  const end = addDays(start, 6);
  const inWeek = planned.filter((s) => s.date >= start && s.date <= end);
  return { planned: inWeek.length, done: inWeek.filter((s) => doneIds.has(s.id)).length };
}
