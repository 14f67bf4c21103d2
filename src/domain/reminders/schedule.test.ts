import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../time/index.js';
import {
  type DueReminder,
  dueReminders,
  isReminderTime,
  QUIET_END,
  QUIET_START,
  type ReminderSettings,
  type Weekday,
} from './schedule.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Oracle for the wall clock, independent of the module under test: Intl's own formatter.
const formatters = new Map<string, Intl.DateTimeFormat>();
function wall(ms: number, zone: string): { date: string; time: string } {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

// DST changes: Madrid springs forward 2027-03-28 (02:00→03:00) and falls back 2026-10-25;
// Santiago changes at midnight: forward 2026-09-06 (00:00→01:00), back 2027-04-04 (00:00→23:00).
const WINDOWS = [
  { zone: 'Europe/Madrid', start: '2027-03-25T00:00:00Z' },
  { zone: 'Europe/Madrid', start: '2026-10-22T00:00:00Z' },
  { zone: 'America/Santiago', start: '2026-09-03T00:00:00Z' },
  { zone: 'America/Santiago', start: '2027-04-01T00:00:00Z' },
];
const DAYS = 7;

const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), {
  minLength: 1,
  maxLength: 7,
}) as fc.Arbitrary<Weekday[]>;
// Times people may choose, up to 20:29 so a tick every ≤ 30 minutes lands before quiet hours.
const time = fc
  .integer({ min: 8 * 60, max: 20 * 60 + 29 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const scenario = fc.record({
  window: fc.constantFrom(...WINDOWS),
  sessionDays: weekdays,
  sessionTime: time,
  checkinDays: weekdays,
  checkinTime: time,
  tickMinutes: fc.integer({ min: 5, max: 30 }),
  phaseMinutes: fc.integer({ min: 0, max: 29 }),
});

interface Sent extends DueReminder {
  at: number;
}

/**
 * A worker ticking every few minutes for a week around a DST change. `checksIn`: the person
 * checks in straight after each check-in reminder and at noon on other days (so never idle).
 */
function simulate(
  s: ReminderSettings,
  o: {
    start: number;
    tickMinutes: number;
    checksIn: boolean;
  },
): Sent[] {
  const sent: Sent[] = [];
  const keys = new Set<string>();
  const enabledOn = wall(o.start, s.timeZone).date;
  let lastCheckinDate: string | null = null;
  for (let now = o.start; now < o.start + DAYS * 24 * HOUR; now += o.tickMinutes * MINUTE) {
    const local = wall(now, s.timeZone);
    if (o.checksIn && local.time >= '12:00' && !s.checkinDays.includes(isoWeekday(local.date) as Weekday))
      lastCheckinDate = local.date;
    const due = dueReminders(s, { now, sent: keys, enabledOn, lastCheckinDate, lastSessionDate: null });
    for (const d of due) {
      keys.add(d.key);
      sent.push({ ...d, at: now });
      if (o.checksIn && d.kind === 'checkin') lastCheckinDate = d.date;
    }
  }
  return sent;
}

const settingsOf = (r: {
  window: { zone: string };
  sessionDays: Weekday[];
  sessionTime: string;
  checkinDays: Weekday[];
  checkinTime: string;
}): ReminderSettings => ({
  enabled: true,
  timeZone: r.window.zone,
  sessionDays: r.sessionDays,
  sessionTime: r.sessionTime,
  checkinDays: r.checkinDays,
  checkinTime: r.checkinTime,
});

/** Local dates wholly inside the simulated week (its first and last may be partial). */
function wholeDays(start: number, zone: string): string[] {
  const first = addDays(wall(start, zone).date, 1);
  return Array.from({ length: DAYS - 2 }, (_, i) => addDays(first, i));
}

describe('dueReminders', () => {
  it('never sends a reminder twice, never at night, never before its time, only on its days (DST weeks)', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), (r, checksIn) => {
        const s = settingsOf(r);
        const start = Date.parse(r.window.start) + r.phaseMinutes * MINUTE;
        const sent = simulate(s, { start, tickMinutes: r.tickMinutes, checksIn });
        expect(new Set(sent.map((x) => x.key)).size).toBe(sent.length);
        for (const x of sent) {
          const local = wall(x.at, s.timeZone);
          expect(local.date).toBe(x.date);
          expect(local.time >= QUIET_END && local.time < QUIET_START).toBe(true);
          const weekday = isoWeekday(x.date) as Weekday;
          if (x.kind === 'session') {
            expect(s.sessionDays).toContain(weekday);
            expect(local.time >= s.sessionTime).toBe(true);
          }
          if (x.kind === 'checkin') {
            expect(s.checkinDays).toContain(weekday);
            expect(local.time >= s.checkinTime).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('sends each chosen day’s reminder once, within one tick of its local time, across DST changes', () => {
    fc.assert(
      fc.property(scenario, (r) => {
        const s = settingsOf(r);
        const start = Date.parse(r.window.start) + r.phaseMinutes * MINUTE;
        const sent = simulate(s, { start, tickMinutes: r.tickMinutes, checksIn: true });
        for (const date of wholeDays(start, s.timeZone)) {
          const weekday = isoWeekday(date) as Weekday;
          for (const [kind, days, at] of [
            ['session', s.sessionDays, s.sessionTime],
            ['checkin', s.checkinDays, s.checkinTime],
          ] as const) {
            const mine = sent.filter((x) => x.kind === kind && x.date === date);
            expect(mine.length).toBe(days.includes(weekday) ? 1 : 0);
            for (const x of mine) {
              // The tick before it was still before the chosen time.
              expect(
                wall(x.at - r.tickMinutes * MINUTE, s.timeZone).time < at ||
                  wall(x.at - r.tickMinutes * MINUTE, s.timeZone).date < date,
              ).toBe(true);
            }
          }
        }
        // Someone checking in every day is never nudged.
        expect(sent.filter((x) => x.kind === 'nudge')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('nudges once, on the third day with nothing logged, and then not again in the same spell', () => {
    fc.assert(
      fc.property(scenario, (r) => {
        const s = settingsOf(r);
        const start = Date.parse(r.window.start) + r.phaseMinutes * MINUTE;
        const sent = simulate(s, { start, tickMinutes: r.tickMinutes, checksIn: false });
        const nudges = sent.filter((x) => x.kind === 'nudge');
        const enabledOn = wall(start, s.timeZone).date;
        expect(nudges.map((x) => x.date)).toEqual([addDays(enabledOn, 3)]);
        // The nudge asks for the check-in, so that day's check-in reminder is not sent as well.
        expect(sent.filter((x) => x.kind === 'checkin' && x.date === nudges[0]!.date)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('sends nothing when switched off, and skips a reminder whose activity is already logged', () => {
    const s: ReminderSettings = {
      enabled: true,
      timeZone: 'Europe/Madrid',
      sessionDays: [1, 2, 3, 4, 5, 6, 7],
      sessionTime: '09:00',
      checkinDays: [1, 2, 3, 4, 5, 6, 7],
      checkinTime: '09:00',
    };
    const now = '2026-12-07T10:00:00Z'; // 11:00 in Madrid
    const base = {
      now,
      sent: new Set<string>(),
      enabledOn: '2026-12-07',
      lastCheckinDate: null,
      lastSessionDate: null,
    };
    expect(dueReminders({ ...s, enabled: false }, base)).toEqual([]);
    expect(dueReminders(s, base).map((d) => d.key)).toEqual(['session:2026-12-07', 'checkin:2026-12-07']);
    expect(
      dueReminders(s, { ...base, lastSessionDate: '2026-12-07', lastCheckinDate: '2026-12-07' }),
    ).toEqual([]);
    // 21:30 in Madrid: quiet hours, nothing even though the day's reminders were never sent.
    expect(dueReminders(s, { ...base, now: '2026-12-07T20:30:00Z' })).toEqual([]);
  });

  it('accepts times between 08:00 and 20:59 only', () => {
    expect(['08:00', '12:30', '20:59'].every(isReminderTime)).toBe(true);
    expect(['07:59', '21:00', '23:30', '00:00', '8:00', '24:00', ''].some(isReminderTime)).toBe(false);
  });
});
