import { isTimeZone } from '../time/index.js';
import { parseDate, parseTime, rangesToMinutes } from './calendar.js';
import type {
  ClinicSchedule,
  PractitionerSchedule,
  ServiceSpec,
  TimeRange,
  Weekday,
  WeeklyHours,
} from './types.js';

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function rangeProblems(where: string, ranges: readonly TimeRange[]): string[] {
  const problems: string[] = [];
  const parsed: [number, number][] = [];
  for (const r of ranges) {
    const s = parseTime(r.start);
    const e = parseTime(r.end);
    if (s === null || s === 1440)
      problems.push(`${where}: start "${r.start}" is not a time HH:MM (00:00–23:59)`);
    if (e === null) problems.push(`${where}: end "${r.end}" is not a time HH:MM (00:00–24:00)`);
    if (s === null || e === null || s === 1440) continue;
    if (e <= s) problems.push(`${where}: ${r.start}–${r.end} ends before it starts`);
    else parsed.push([s, e]);
  }
  parsed.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < parsed.length; i++) {
    if (parsed[i]![0] < parsed[i - 1]![1]) problems.push(`${where}: ranges overlap`);
  }
  return problems;
}

function weeklyProblems(label: string, hours: WeeklyHours): string[] {
  const problems: string[] = [];
  for (const [key, ranges] of Object.entries(hours)) {
    const day = Number(key);
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      problems.push(`${label}: "${key}" is not an ISO weekday (1 = Monday … 7 = Sunday)`);
      continue;
    }
    problems.push(...rangeProblems(`${label} ${WEEKDAY_NAMES[day]}`, ranges ?? []));
  }
  return problems;
}

function wholeNumber(value: number, min: number): boolean {
  return Number.isInteger(value) && value >= min;
}

/** Human-readable problems of a clinic's schedule; [] when it can be used. */
export function validateClinicSchedule(c: ClinicSchedule): string[] {
  const problems: string[] = [];
  if (!isTimeZone(c.timeZone)) problems.push(`time zone "${c.timeZone}" is not a known IANA zone`);
  problems.push(...weeklyProblems('opening hours', c.openingHours));
  const seen = new Set<string>();
  for (const o of c.overrides) {
    if (parseDate(o.date) === null) problems.push(`override "${o.date}" is not a date YYYY-MM-DD`);
    else if (seen.has(o.date)) problems.push(`override ${o.date} is given twice`);
    seen.add(o.date);
    problems.push(...rangeProblems(`override ${o.date}`, o.ranges));
  }
  const { minNoticeMinutes, maxDaysAhead, slotIntervalMinutes } = c.rules;
  if (!wholeNumber(minNoticeMinutes, 0))
    problems.push('minimum notice must be a whole number of minutes ≥ 0');
  if (!wholeNumber(maxDaysAhead, 0)) problems.push('booking horizon must be a whole number of days ≥ 0');
  if (!wholeNumber(slotIntervalMinutes, 1) || slotIntervalMinutes > 1440) {
    problems.push('slot interval must be a whole number of minutes between 1 and 1440');
  }
  return problems;
}

/** Problems of a practitioner's schedule, including working hours outside the clinic's weekly hours. */
export function validatePractitionerSchedule(p: PractitionerSchedule, clinic: ClinicSchedule): string[] {
  const label = `practitioner ${p.id} working hours`;
  const problems = weeklyProblems(label, p.workingHours);
  if (problems.length > 0) return problems;
  for (const [key, ranges] of Object.entries(p.workingHours)) {
    const open = rangesToMinutes(clinic.openingHours[Number(key) as Weekday]);
    for (const r of ranges ?? []) {
      const s = parseTime(r.start)!;
      const e = parseTime(r.end)!;
      const inside = open.some(([os, oe]) => os <= s && e <= oe);
      if (!inside)
        problems.push(
          `${label} ${WEEKDAY_NAMES[Number(key)]}: ${r.start}–${r.end} is outside the clinic's hours`,
        );
    }
  }
  p.timeOff.forEach((t, i) => {
    const s = Date.parse(t.start);
    const e = Date.parse(t.end);
    if (Number.isNaN(s) || Number.isNaN(e))
      problems.push(`practitioner ${p.id} time off #${i + 1}: not ISO instants`);
    else if (e <= s) problems.push(`practitioner ${p.id} time off #${i + 1}: ends before it starts`);
  });
  return problems;
}

export function validateService(s: ServiceSpec): string[] {
  const problems: string[] = [];
  if (!wholeNumber(s.durationMinutes, 1))
    problems.push(`service ${s.id}: duration must be a whole number of minutes ≥ 1`);
  if (!wholeNumber(s.bufferBeforeMinutes, 0) || !wholeNumber(s.bufferAfterMinutes, 0)) {
    problems.push(`service ${s.id}: buffers must be whole numbers of minutes ≥ 0`);
  }
  return problems;
}
