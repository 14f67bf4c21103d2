import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { startOfDay } from '../../time/index.js';
import type {
  AvailabilityQuery,
  ExistingBooking,
  PractitionerSchedule,
  TimeRange,
  Weekday,
  WeeklyHours,
} from '../types.js';

// 2026 transition days per zone: 60-minute shifts at 01:00/02:00, a 30-minute shift (Lord Howe),
// shifts at midnight (Santiago: 00:00 is missing in September, 23:00 repeats in April), and zones
// without DST. Queries start on or just before one of these days. Vancouver's last fall-back was
// 2 November 2025: since 8 March 2026 it keeps UTC−7 all year (tzdata 2026a), so 1 November 2026
// is an ordinary day there.
const transitionDays: Record<string, string[]> = {
  'America/Vancouver': ['2025-11-02', '2026-03-08', '2026-11-01'],
  'America/Denver': ['2026-03-08', '2026-11-01'],
  'Europe/London': ['2026-03-29', '2026-10-25'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
  'America/St_Johns': ['2026-03-08', '2026-11-01'],
  'America/Santiago': ['2026-04-04', '2026-09-06'],
  'Asia/Kolkata': ['2026-06-15'],
  UTC: ['2026-06-15'],
};
const zoneAndDay = fc
  .constantFrom(...Object.entries(transitionDays))
  .chain(([zone, days]) => fc.tuple(fc.constant(zone), fc.constantFrom(...days)));

function hhmm(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** 0–3 disjoint ranges on a 15-minute grid, sometimes running to 24:00 or starting at 00:00. */
const randomRanges: fc.Arbitrary<TimeRange[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const ranges: TimeRange[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      ranges.push({ start: hhmm(sorted[i]! * 15), end: hhmm(sorted[i + 1]! * 15) });
    }
    return ranges;
  });

// Hours around the night-time transitions (a window opening, closing or running through them),
// so the gap and the repeated hour are exercised often.
const nightRanges: TimeRange[][] = [
  [{ start: '00:00', end: '24:00' }],
  [
    { start: '00:00', end: '04:00' },
    { start: '13:00', end: '18:00' },
  ],
  [
    { start: '00:45', end: '02:30' },
    { start: '02:45', end: '05:00' },
  ],
  [{ start: '01:15', end: '03:45' }],
  [{ start: '01:30', end: '02:15' }],
];

export const dayRanges: fc.Arbitrary<TimeRange[]> = fc.oneof(
  { arbitrary: randomRanges, weight: 2 },
  { arbitrary: fc.constantFrom(...nightRanges), weight: 1 },
);

const weekly: fc.Arbitrary<WeeklyHours> = fc
  .array(dayRanges, { minLength: 7, maxLength: 7 })
  .map((days) => Object.fromEntries(days.map((r, i) => [(i + 1) as Weekday, r])) as WeeklyHours);

const allWeek: WeeklyHours = Object.fromEntries(
  [1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ start: '00:00', end: '24:00' }]]),
) as WeeklyHours;

function plusMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

export const availabilityQuery: fc.Arbitrary<AvailabilityQuery> = fc
  .record({
    zoneAndDay,
    daysBefore: fc.integer({ min: 0, max: 2 }),
    days: fc.integer({ min: 1, max: 4 }),
    openingHours: weekly,
    sameHoursEveryDay: fc.boolean(), // so the transition day is often open
    overrideDays: fc.array(fc.record({ day: fc.integer({ min: 0, max: 3 }), ranges: dayRanges }), {
      maxLength: 2,
    }),
    rules: fc.record({
      minNoticeMinutes: fc.integer({ min: 0, max: 600 }),
      maxDaysAhead: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(365)),
      slotIntervalMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60),
    }),
    practitioners: fc.array(
      fc.record({
        workingHours: fc.oneof(weekly, fc.constant(allWeek)),
        gives: fc.boolean(),
        timeOff: fc.array(
          fc.record({ at: fc.integer({ min: 0, max: 5 * 288 }), len: fc.integer({ min: 1, max: 72 }) }),
          {
            maxLength: 2,
          },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    service: fc.record({
      durationMinutes: fc.integer({ min: 1, max: 36 }).map((n) => n * 5),
      bufferBeforeMinutes: fc.constantFrom(0, 5, 10, 15, 30),
      bufferAfterMinutes: fc.constantFrom(0, 5, 10, 15, 30),
    }),
    bookings: fc.array(
      fc.record({
        who: fc.nat(2),
        at: fc.integer({ min: 0, max: 5 * 288 }), // 5-minute steps from the day before `from`
        len: fc.integer({ min: 3, max: 24 }),
        before: fc.constantFrom(0, 10, 15),
        after: fc.constantFrom(0, 10, 15),
      }),
      { maxLength: 10 },
    ),
    nowOffsetMinutes: fc.integer({ min: -2 * 1440, max: 3 * 1440 }),
    any: fc.boolean(),
  })
  .map((g) => {
    const [timeZone, transitionDay] = g.zoneAndDay;
    const from = Temporal.PlainDate.from(transitionDay).subtract({ days: g.daysBefore });
    const openingHours = g.sameHoursEveryDay
      ? (Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, g.openingHours[1] ?? []])) as WeeklyHours)
      : g.openingHours;
    const origin = startOfDay(from.subtract({ days: 1 }).toString(), timeZone).toISOString();
    const practitioners: PractitionerSchedule[] = g.practitioners.map((p, i) => ({
      id: `p${i}`,
      workingHours: p.workingHours,
      timeOff: p.timeOff.map((t) => ({
        start: plusMinutes(origin, t.at * 5),
        end: plusMinutes(origin, (t.at + t.len) * 5),
      })),
      serviceIds: p.gives || i === 0 ? ['svc'] : ['other'],
    }));
    const bookings: ExistingBooking[] = g.bookings.map((b) => ({
      practitionerId: `p${b.who % practitioners.length}`,
      start: plusMinutes(origin, b.at * 5),
      end: plusMinutes(origin, (b.at + b.len) * 5),
      bufferBeforeMinutes: b.before,
      bufferAfterMinutes: b.after,
    }));
    const dates = [...new Set(g.overrideDays.map((o) => o.day))];
    return {
      clinic: {
        timeZone,
        openingHours,
        overrides: dates.map((day) => ({
          date: from.add({ days: day }).toString(),
          ranges: g.overrideDays.find((o) => o.day === day)!.ranges,
        })),
        rules: g.rules,
      },
      practitioners,
      service: { id: 'svc', ...g.service },
      bookings,
      from: from.toString(),
      to: from.add({ days: g.days - 1 }).toString(),
      now: plusMinutes(startOfDay(from.toString(), timeZone).toISOString(), g.nowOffsetMinutes),
      ...(g.any ? {} : { practitionerId: 'p0' }),
    };
  });
