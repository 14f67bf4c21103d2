import { addDays, type InstantLike, isoWeekday, localDate, localTime } from '../time/index.js';

/**
 * Email reminders a person chooses (docs/reminders.md): which are due now. Pure: the caller
 * passes the settings, what was already sent, what the person logged, and the instant.
 */

/** Never sent from QUIET_START until QUIET_END, local time: no mail at night. */
export const QUIET_START = '21:00';
export const QUIET_END = '08:00';
/** A nudge goes out after this many whole local days with neither a session nor a check-in. */
export const NUDGE_AFTER_DAYS = 2;
export const DEFAULT_REMINDER_TIME = '18:00';

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type ReminderKind = 'session' | 'checkin' | 'nudge';

export interface ReminderSettings {
  enabled: boolean;
  /** IANA zone the times are in (the person's own). */
  timeZone: string;
  /** ISO weekdays (1 = Monday) with a session reminder; empty: none. */
  sessionDays: readonly Weekday[];
  sessionTime: string;
  /** ISO weekdays with a check-in reminder; empty: none. */
  checkinDays: readonly Weekday[];
  checkinTime: string;
}

export interface ReminderState {
  now: InstantLike;
  /** Keys of reminders already sent (at least those of the last few days). */
  sent: ReadonlySet<string>;
  /** Local date the reminders were switched on: a nudge never counts days before it. */
  enabledOn: string;
  /** Local date of the last check-in, null if none. */
  lastCheckinDate: string | null;
  /** Local date of the last session played, null if none. */
  lastSessionDate: string | null;
}

export interface DueReminder {
  kind: ReminderKind;
  /** The local date the reminder is for. */
  date: string;
  /** Unique per person: the same reminder is never sent twice. */
  key: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const minutesOf = (time: string): number => {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`not a local time HH:MM: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
};
const QUIET_START_MIN = minutesOf(QUIET_START);
const QUIET_END_MIN = minutesOf(QUIET_END);

/** Whether a time may be chosen: a valid HH:MM outside quiet hours. */
export const isReminderTime = (time: string): boolean =>
  TIME.test(time) && minutesOf(time) >= QUIET_END_MIN && minutesOf(time) < QUIET_START_MIN;

/** Whether a local time of day (HH:MM) falls inside quiet hours. */
export const isQuietTime = (time: string): boolean => !isReminderTime(time) && TIME.test(time);

export const reminderKey = (kind: ReminderKind, date: string) => `${kind}:${date}`;

/** The wall clock in the zone: the one place this module asks the time functions about zones. */
function wallClock(now: InstantLike, zone: string): { date: string; minutes: number } {
  const [hours, minutes] = localTime(now, zone).split(':').map(Number);
  return { date: localDate(now, zone), minutes: (hours ?? 0) * 60 + (minutes ?? 0) };
}

const later = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null || b < a ? a : b;

/**
 * The reminders to send now, in the person's zone:
 * - a session reminder on a chosen day from the chosen time, unless a session was played that day;
 * - a check-in reminder likewise, unless the day's check-in is done or a nudge went out that day;
 * - one nudge per quiet spell, once NUDGE_AFTER_DAYS whole days passed with nothing logged
 *   (counted from the later of the last activity and the day reminders were switched on), at
 *   the earliest chosen time;
 * never inside quiet hours (a reminder missed until the evening is dropped, not sent at night),
 * never for another day than today, and never a key already sent.
 */
export function dueReminders(settings: ReminderSettings, state: ReminderState): DueReminder[] {
  if (!settings.enabled) return [];
  const { date: today, minutes } = wallClock(state.now, settings.timeZone);
  if (minutes < QUIET_END_MIN || minutes >= QUIET_START_MIN) return [];
  const weekday = isoWeekday(today) as Weekday;
  const reached = (time: string) => minutes >= Math.max(minutesOf(time), QUIET_END_MIN);
  const due: DueReminder[] = [];
  const add = (kind: ReminderKind) => {
    const key = reminderKey(kind, today);
    if (!state.sent.has(key)) due.push({ kind, date: today, key });
  };

  const lastActivity = later(state.lastCheckinDate, state.lastSessionDate);
  const quietSince = later(lastActivity, state.enabledOn) ?? state.enabledOn;
  const chosen = [
    ...(settings.sessionDays.length ? [settings.sessionTime] : []),
    ...(settings.checkinDays.length ? [settings.checkinTime] : []),
  ];
  const nudgeTime = chosen.length ? chosen.reduce((a, b) => (minutesOf(a) <= minutesOf(b) ? a : b)) : null;
  let nudgedToday = state.sent.has(reminderKey('nudge', today));
  if (nudgeTime && today > addDays(quietSince, NUDGE_AFTER_DAYS) && reached(nudgeTime)) {
    const nudgedThisSpell = [...state.sent].some((k) => k.startsWith('nudge:') && k.slice(6) > quietSince);
    if (!nudgedThisSpell) {
      add('nudge');
      nudgedToday = true;
    }
  }
  if (
    settings.sessionDays.includes(weekday) &&
    reached(settings.sessionTime) &&
    state.lastSessionDate !== today
  )
    add('session');
  if (
    settings.checkinDays.includes(weekday) &&
    reached(settings.checkinTime) &&
    state.lastCheckinDate !== today &&
    !nudgedToday
  )
    add('checkin');
  return due;
}
