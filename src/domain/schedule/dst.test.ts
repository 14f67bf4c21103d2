import { describe, expect, it } from 'vitest';
import { addDays } from '../time/index.js';
import { availableSlots, isSlotAvailable, localDayWindows } from './index.js';
import { clinic, every, local, localEnds, localStarts, minutes, query } from './testing/fixtures.js';

// 2026 transitions: North America springs forward on 8 March and falls back on 1 November (02:00);
// the UK on 29 March (01:00 → 02:00) and 25 October (02:00 → 01:00). British Columbia fell back for
// the last time on 2 November 2025: from 8 March 2026 it keeps UTC−7 all year (tzdata 2026a).
const transitions = [
  { zone: 'America/Vancouver', spring: '2026-03-08', fall: '2025-11-02' },
  { zone: 'America/Denver', spring: '2026-03-08', fall: '2026-11-01' },
  { zone: 'Europe/London', spring: '2026-03-29', fall: '2026-10-25' },
];

function dayQuery(zone: string, date: string, start: string, end: string, interval = 60) {
  return query({
    clinic: clinic({
      timeZone: zone,
      openingHours: every([{ start, end }]),
      rules: { minNoticeMinutes: 0, maxDaysAhead: 365, slotIntervalMinutes: interval },
    }),
    from: date,
    to: date,
    now: `${addDays(date, -2)}T00:00:00Z`,
  });
}

describe.each(transitions)('afternoon hours 13:00–18:00 in $zone', ({ zone, spring, fall }) => {
  // The cal.com bug: on these days the hours were shifted by the offset change (14:00–19:00).
  it.each([
    ['spring-forward day', spring],
    ['the day before spring-forward', addDays(spring, -1)],
    ['fall-back day', fall],
    ['the day after fall-back', addDays(fall, 1)],
  ])('%s keeps the local hours 13:00…17:00', (_label, date) => {
    const slots = availableSlots(dayQuery(zone, date, '13:00', '18:00'));
    expect(localStarts(zone, slots)).toEqual(['13:00', '14:00', '15:00', '16:00', '17:00']);
    expect(localEnds(zone, slots)).toEqual(['14:00', '15:00', '16:00', '17:00', '18:00']);
    for (const s of slots) {
      expect(local(zone, s.start).toPlainDate().toString()).toBe(date);
      expect(minutes(s)).toBe(60);
    }
  });

  it('with a 30-minute grid the last start is 18:00 minus the duration', () => {
    for (const date of [spring, fall]) {
      const starts = localStarts(zone, availableSlots(dayQuery(zone, date, '13:00', '18:00', 30)));
      expect(starts[0]).toBe('13:00');
      expect(starts.at(-1)).toBe('17:00');
      expect(starts).toHaveLength(9);
    }
  });

  it('the open window is 13:00–18:00 local on both days (5 real hours)', () => {
    for (const date of [spring, fall]) {
      const [w, ...rest] = localDayWindows(
        clinic({ timeZone: zone, openingHours: every([{ start: '13:00', end: '18:00' }]) }),
        date,
      );
      expect(rest).toEqual([]);
      expect(local(zone, w!.start).toPlainTime().toString()).toBe('13:00:00');
      expect(local(zone, w!.end).toPlainTime().toString()).toBe('18:00:00');
      expect(Date.parse(w!.end) - Date.parse(w!.start)).toBe(5 * 3_600_000);
    }
  });
});

describe('morning hours across the transition', () => {
  it('Vancouver spring-forward: 02:00 and 02:30 do not exist, so they give no slot', () => {
    const zone = 'America/Vancouver';
    const slots = availableSlots(dayQuery(zone, '2026-03-08', '01:00', '04:00', 30));
    // The window lasts 2 real hours; a 60-minute slot from 01:30 PST ends at 03:30 PDT.
    expect(localStarts(zone, slots)).toEqual(['01:00', '01:30', '03:00']);
    expect(localEnds(zone, slots)).toEqual(['03:00', '03:30', '04:00']);
    expect(slots.map(minutes)).toEqual([60, 60, 60]);
    expect(slots.map((s) => s.start)).toEqual([
      '2026-03-08T09:00:00Z',
      '2026-03-08T09:30:00Z',
      '2026-03-08T10:00:00Z',
    ]);
  });

  it('Vancouver fall-back: the repeated 01:00–02:00 hour is offered once, at the earlier instant', () => {
    const zone = 'America/Vancouver';
    const slots = availableSlots(dayQuery(zone, '2025-11-02', '01:00', '04:00', 30));
    expect(localStarts(zone, slots)).toEqual(['01:00', '01:30', '02:00', '02:30', '03:00']);
    // 01:00 and 01:30 are the first occurrences (PDT, UTC−7).
    expect(slots[0]!.start).toBe('2025-11-02T08:00:00Z');
    expect(slots[1]!.start).toBe('2025-11-02T08:30:00Z');
    expect(slots[2]!.start).toBe('2025-11-02T10:00:00Z');
    // The 01:30 slot lasts 60 real minutes and ends at the second 01:30 (PST).
    expect(slots[1]!.end).toBe('2025-11-02T09:30:00Z');
  });

  it('Vancouver on 1 November 2026: no fall-back any more, the clock stays at UTC−7', () => {
    const zone = 'America/Vancouver';
    const slots = availableSlots(dayQuery(zone, '2026-11-01', '01:00', '04:00', 60));
    expect(localStarts(zone, slots)).toEqual(['01:00', '02:00', '03:00']);
    expect(slots.map((s) => s.start)).toEqual([
      '2026-11-01T08:00:00Z',
      '2026-11-01T09:00:00Z',
      '2026-11-01T10:00:00Z',
    ]);
    // December too: the demo clinic's 09:30 opening is 16:30 UTC, not 17:30.
    const december = availableSlots(dayQuery(zone, '2026-12-07', '09:30', '11:30', 60));
    expect(december.map((s) => s.start)).toEqual(['2026-12-07T16:30:00Z', '2026-12-07T17:30:00Z']);
  });

  it('London spring-forward at 01:00: no slot in the missing hour', () => {
    const zone = 'Europe/London';
    const slots = availableSlots(dayQuery(zone, '2026-03-29', '00:00', '03:00', 30));
    expect(localStarts(zone, slots)).toEqual(['00:00', '00:30', '02:00']);
  });

  it('Denver fall-back: a window closing inside the repeated hour closes at its first occurrence', () => {
    const zone = 'America/Denver';
    const slots = availableSlots(dayQuery(zone, '2026-11-01', '00:00', '01:30', 30));
    expect(localStarts(zone, slots)).toEqual(['00:00', '00:30']);
    expect(slots.at(-1)!.end).toBe('2026-11-01T07:30:00Z'); // 01:30 MDT
  });

  it('hours that open or close inside the gap use the moment the clock jumps', () => {
    const zone = 'America/Vancouver';
    const c = clinic({
      timeZone: zone,
      openingHours: every([
        { start: '00:30', end: '02:30' },
        { start: '02:45', end: '05:00' },
      ]),
    });
    expect(localDayWindows(c, '2026-03-08')).toEqual([
      { start: '2026-03-08T08:30:00Z', end: '2026-03-08T10:00:00Z' },
      { start: '2026-03-08T10:00:00Z', end: '2026-03-08T12:00:00Z' },
    ]);
    const q = dayQuery(zone, '2026-03-08', '00:00', '01:00', 15);
    const slots = availableSlots({ ...q, clinic: { ...c, rules: q.clinic.rules } });
    // First window 00:30–(jump): 00:30, 00:45, 01:00 fit 60 minutes. Second window's grid counts from 02:45.
    expect(localStarts(zone, slots)).toEqual([
      '00:30',
      '00:45',
      '01:00',
      '03:00',
      '03:15',
      '03:30',
      '03:45',
      '04:00',
    ]);
  });

  it('isSlotAvailable agrees on the DST days', () => {
    const zone = 'America/Vancouver';
    const q = dayQuery(zone, '2026-03-08', '01:00', '04:00', 30);
    expect(isSlotAvailable(q, { practitionerId: 'ana', start: '2026-03-08T10:00:00Z' })).toBe(true); // 03:00 PDT
    expect(isSlotAvailable(q, { practitionerId: 'ana', start: '2026-03-08T10:30:00Z' })).toBe(false); // 03:30: ends after 04:00
    expect(isSlotAvailable(q, { practitionerId: 'ana', start: '2026-03-08T09:30:00Z' })).toBe(true);
    const fall = dayQuery(zone, '2025-11-02', '01:00', '04:00', 30);
    expect(isSlotAvailable(fall, { practitionerId: 'ana', start: '2025-11-02T08:30:00Z' })).toBe(true); // first 01:30
    expect(isSlotAvailable(fall, { practitionerId: 'ana', start: '2025-11-02T09:30:00Z' })).toBe(false); // second 01:30
  });
});
