import { parseTime, rangesToMinutes } from './calendar.js';
import type { TimeRange, Weekday, WeeklyHours } from './types.js';

/**
 * Problems of weekly hours as data, one per field, so a form can put each message next to the
 * field that is wrong (in the reader's language) and the server can name the same field.
 * `validateClinicSchedule` says the same things in one English sentence each.
 */
export type HoursIssueKind = 'not_a_time' | 'end_before_start' | 'overlap';

export interface HoursIssue<Kind extends string = HoursIssueKind> {
  day: Weekday;
  /** Index of the range in that day's list. */
  index: number;
  field: 'start' | 'end';
  kind: Kind;
}

/** A practitioner's working hours may also fall outside the clinic's opening hours that day. */
export type WorkingHoursIssueKind = HoursIssueKind | 'outside_opening_hours';

function dayIssues(day: Weekday, ranges: readonly TimeRange[]): HoursIssue[] {
  const issues: HoursIssue[] = [];
  const parsed: { index: number; start: number; end: number }[] = [];
  ranges.forEach((r, index) => {
    const s = parseTime(r.start);
    const e = parseTime(r.end);
    if (s === null || s === 1440) issues.push({ day, index, field: 'start', kind: 'not_a_time' });
    if (e === null) issues.push({ day, index, field: 'end', kind: 'not_a_time' });
    if (s === null || s === 1440 || e === null) return;
    if (e <= s) issues.push({ day, index, field: 'end', kind: 'end_before_start' });
    else parsed.push({ index, start: s, end: e });
  });
  parsed.sort((a, b) => a.start - b.start || a.index - b.index);
  let latest = parsed[0];
  for (const r of parsed.slice(1)) {
    if (latest && r.start < latest.end) issues.push({ day, index: r.index, field: 'start', kind: 'overlap' });
    if (!latest || r.end > latest.end) latest = r;
  }
  return issues;
}

/** Every problem of the weekly hours, day by day (Monday first), each naming its field. */
export function weeklyHoursIssues(hours: WeeklyHours): HoursIssue[] {
  const issues: HoursIssue[] = [];
  for (let d = 1; d <= 7; d++) {
    const day = d as Weekday;
    issues.push(...dayIssues(day, hours[day] ?? []));
  }
  return issues;
}

/**
 * Every problem of a practitioner's working hours: those of any weekly hours, then each range
 * that does not lie inside one of the clinic's opening ranges of that day (nobody could book it,
 * since the clinic is closed then). It names the start when the start is outside, else the end.
 * Agrees with `validatePractitionerSchedule` on whether the hours are usable.
 */
export function workingHoursIssues(
  hours: WeeklyHours,
  openingHours: WeeklyHours,
): HoursIssue<WorkingHoursIssueKind>[] {
  const shape: HoursIssue<WorkingHoursIssueKind>[] = weeklyHoursIssues(hours);
  if (shape.length > 0) return shape;
  const issues: HoursIssue<WorkingHoursIssueKind>[] = [];
  for (let d = 1; d <= 7; d++) {
    const day = d as Weekday;
    const open = rangesToMinutes(openingHours[day]);
    (hours[day] ?? []).forEach((r, index) => {
      const s = parseTime(r.start)!;
      const e = parseTime(r.end)!;
      if (open.some(([os, oe]) => os <= s && e <= oe)) return;
      const startInside = open.some(([os, oe]) => os <= s && s < oe);
      issues.push({ day, index, field: startInside ? 'end' : 'start', kind: 'outside_opening_hours' });
    });
  }
  return issues;
}

/** The field path the HTTP API names for an issue of `body.openingHours` (or of `root`). */
export const hoursIssuePath = (i: HoursIssue<string>, root = 'body.openingHours'): string =>
  `${root}.${i.day}.${i.index}.${i.field}`;
