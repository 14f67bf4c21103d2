import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarOptions, programmeCalendar, REMINDER_CHOICES } from './calendar.js';
import { generateProgramme } from './generate.js';
import { type ResultShape, resultFrom } from './testing/arbitraries.js';
import { parseIcsTwice, parseWithIcalJs } from './testing/parse-ics.js';
import type { Preferences } from './types.js';

/**
 * The programme's iCalendar output as two independent parsers read it: the fields calendar apps
 * act on (SEQUENCE, DTSTAMP, LAST-MODIFIED, VALARM) and the order of calendar properties.
 */
const shape: ResultShape = {
  selfCareAllowed: true,
  redFlags: [],
  pattern: 'weak',
  restrictions: [],
  sittingHoursPerDay: 2,
  pregnancyWeeks: null,
  painNow: 3,
};
const prefs: Preferences = {
  minutesPerSession: 25,
  daysPerWeek: 3,
  equipment: ['mat'],
  startDate: '2026-03-02',
  timeZone: 'Europe/Madrid',
  language: 'es',
};
const programme = generateProgramme(resultFrom(shape), prefs);
const options = (over: Partial<CalendarOptions> = {}): CalendarOptions => ({
  programmeId: '9a8b7c6d-0000-4000-8000-000000000001',
  stamp: new Date('2026-03-01T10:00:00.000Z'),
  sequence: 0,
  ...over,
});

describe('programme calendar as iCalendar', () => {
  it('writes calendar properties before the events', () => {
    const ics = programmeCalendar(programme, options());
    expect(ics.indexOf('X-WR-TIMEZONE:Europe/Madrid')).toBeGreaterThan(0);
    expect(ics.indexOf('X-WR-TIMEZONE')).toBeLessThan(ics.indexOf('BEGIN:VEVENT'));
    const { properties } = parseWithIcalJs(ics);
    expect(properties).toContain('X-WR-TIMEZONE');
    // RFC 5545: the calendar's properties, then its components; nothing follows the last event.
    expect(ics.slice(ics.lastIndexOf('END:VEVENT')).trim()).toBe('END:VEVENT\r\nEND:VCALENDAR');
  });

  it('gives every event the stored sequence and the time of the last change', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000 }),
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        (sequence, when) => {
          const stamp = new Date(Math.floor(when.getTime() / 1000) * 1000);
          const { events } = parseIcsTwice(programmeCalendar(programme, options({ sequence, stamp })));
          expect(events).toHaveLength(programme.sessions.length + programme.reassessments.length);
          for (const e of events) {
            expect(e.sequence).toBe(sequence);
            expect(e.dtstamp).toBe(stamp.toISOString());
            expect(e.lastModified).toBe(stamp.toISOString());
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a later state (new time, same plan) has a higher sequence and a later stamp on every event', () => {
    const before = parseIcsTwice(programmeCalendar(programme, options({ sessionTime: '18:00' })));
    const after = parseIcsTwice(
      programmeCalendar(
        programme,
        options({ sessionTime: '07:30', sequence: 1, stamp: new Date('2026-03-03T08:00:00.000Z') }),
      ),
    );
    const old = new Map(before.events.map((e) => [e.uid, e]));
    for (const e of after.events) {
      const was = old.get(e.uid)!;
      expect(e.sequence).toBeGreaterThan(was.sequence);
      expect(Date.parse(e.dtstamp)).toBeGreaterThan(Date.parse(was.dtstamp));
    }
    expect(after.events.filter((e) => e.start !== old.get(e.uid)!.start).length).toBe(
      programme.sessions.length,
    );
  });

  it('has no reminder unless one is chosen, and then exactly that one on each session', () => {
    const none = parseIcsTwice(programmeCalendar(programme, options()));
    expect(none.events.every((e) => e.alarms.length === 0)).toBe(true);
    expect(programmeCalendar(programme, options())).not.toContain('BEGIN:VALARM');
    for (const minutes of REMINDER_CHOICES) {
      const { events } = parseIcsTwice(programmeCalendar(programme, options({ reminderMinutes: minutes })));
      const sessions = events.filter((e) => !e.uid.includes('-reassess-'));
      expect(sessions).toHaveLength(programme.sessions.length);
      for (const e of sessions)
        expect(e.alarms).toEqual([{ action: 'DISPLAY', triggerSeconds: -minutes * 60 }]);
      for (const e of events.filter((x) => x.uid.includes('-reassess-'))) expect(e.alarms).toEqual([]);
    }
  });

  it('ignores a reminder that is not one of the choices', () => {
    const ics = programmeCalendar(programme, options({ reminderMinutes: 7 as 5 }));
    expect(ics).not.toContain('BEGIN:VALARM');
  });
});
