import type { Weekday } from '../../../../domain/schedule/index.js';
import type { ClinicView, TimeRange } from '../../care/care-api.js';

/** Weekly hours as the API carries them: ISO weekday ('1' = Monday) → wall-clock ranges. */
export type WeekHours = ClinicView['openingHours'];
export const DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
/** The form's week: a closed day keeps its times, so switching it back on restores them. */
export type Week = Record<Weekday, { open: boolean; ranges: TimeRange[] }>;

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const rangesOf = (hours: WeekHours, day: Weekday): TimeRange[] => hours[String(day) as '1'] ?? [];

/** The form's week from stored hours; a closed day starts at `fallback(day)` when switched on. */
export function weekOf(hours: WeekHours, fallback: (day: Weekday) => TimeRange[]): Week {
  return Object.fromEntries(
    DAYS.map((d) => {
      const ranges = rangesOf(hours, d);
      return [d, { open: ranges.length > 0, ranges: ranges.length ? ranges : fallback(d) }];
    }),
  ) as Week;
}

/** The open days' ranges, as the API takes them. */
export const hoursOf = (week: Week): WeekHours =>
  Object.fromEntries(DAYS.filter((d) => week[d].open).map((d) => [String(d), week[d].ranges])) as WeekHours;

/** The open days' ranges keyed by weekday number, as the domain's checks take them. */
export const domainHoursOf = (week: Week) =>
  Object.fromEntries(DAYS.filter((d) => week[d].open).map((d) => [d, week[d].ranges]));

/** Lunch in the middle of the last range: 09:30–19:00 becomes 09:30–13:30 and 14:30–19:00. */
export function withBreak(ranges: TimeRange[]): TimeRange[] {
  const last = ranges[ranges.length - 1];
  if (!last || !/^\d\d:\d\d$/.test(last.start) || !/^\d\d:\d\d$/.test(last.end))
    return [...ranges, { start: '', end: '' }];
  const s = minutes(last.start);
  const e = minutes(last.end);
  if (e - s < 120) return [...ranges, { start: '', end: '' }];
  const mid = Math.round((s + (e - s) / 2 - 30) / 30) * 30;
  return [
    ...ranges.slice(0, -1),
    { start: last.start, end: hhmm(mid) },
    { start: hhmm(mid + 60), end: last.end },
  ];
}

/** "09:30–13:00, 14:00–19:00" */
export const rangesText = (ranges: TimeRange[]) => ranges.map((r) => `${r.start}–${r.end}`).join(', ');
