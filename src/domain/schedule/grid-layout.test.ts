import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/index.js';
import { type GridInput, layoutGrid, rowOf, wallClock, wallInstant } from './grid-layout.js';
import type { WeeklyHours } from './types.js';

const VANCOUVER = 'America/Vancouver';
const weekdays = (start: string, end: string): WeeklyHours => ({
  1: [{ start, end }],
  2: [{ start, end }],
  3: [{ start, end }],
  4: [{ start, end }],
  5: [{ start, end }],
});

function week(monday: string, timeZone = VANCOUVER, extra: Partial<GridInput> = {}): GridInput {
  return {
    timeZone,
    openingHours: weekdays('09:30', '19:00'),
    overrides: [],
    columns: Array.from({ length: 7 }, (_, i) => ({ day: addDays(monday, i) })),
    items: [],
    ...extra,
  };
}

describe('the calendar grid layout', () => {
  it('has 15-minute rows from the earliest opening to the latest closing', () => {
    const layout = layoutGrid(week('2026-12-07'));
    expect(layout.firstMinute).toBe(9 * 60 + 30);
    expect(layout.rows).toBe(38); // 09:30 … 19:00
    expect(layout.rowTimes[0]).toBe('09:30');
    expect(layout.rowTimes.at(-1)).toBe('18:45');
    // Saturday and Sunday are shaded from top to bottom.
    expect(layout.closed.filter((c) => c.column === 5)).toEqual([{ column: 5, top: 0, height: 38 }]);
    expect(layout.columns[6]).toMatchObject({ closedAllDay: true });
    expect(layout.closed.filter((c) => c.column === 0)).toEqual([]);
  });

  it('places a booking at its wall-clock row with a height of its duration', () => {
    // 11:00–12:00 on Tuesday 8 December 2026 (UTC−7: British Columbia keeps daylight time from
    // November 2026, IANA 2026).
    const layout = layoutGrid(
      week('2026-12-07', VANCOUVER, {
        items: [{ id: 'b', practitionerId: 'p', start: '2026-12-08T18:00:00Z', end: '2026-12-08T19:00:00Z' }],
      }),
    );
    const [block] = layout.blocks;
    expect(block).toMatchObject({ column: 1, top: 6, height: 4, lane: 0, lanes: 1 });
    expect(layout.rowTimes[block!.top]).toBe('11:00');
  });

  it('keeps 09:30 on the 09:30 row on both sides of the spring-forward change (Vancouver, 8 March 2026)', () => {
    const layout = layoutGrid({
      ...week('2026-03-02'),
      columns: ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'].map((day) => ({ day })),
      items: [
        // Friday 09:30 PST (UTC−8) and Monday 09:30 PDT (UTC−7): different UTC hours.
        { id: 'fri', practitionerId: 'p', start: '2026-03-06T17:30:00Z', end: '2026-03-06T18:15:00Z' },
        { id: 'mon', practitionerId: 'p', start: '2026-03-09T16:30:00Z', end: '2026-03-09T17:15:00Z' },
      ],
    });
    const fri = layout.blocks.find((b) => b.id === 'fri')!;
    const mon = layout.blocks.find((b) => b.id === 'mon')!;
    expect([fri.column, fri.top, fri.height]).toEqual([0, 0, 3]);
    expect([mon.column, mon.top, mon.height]).toEqual([3, 0, 3]);
    expect(wallInstant('2026-03-06', 570, VANCOUVER)).toBe('2026-03-06T17:30:00Z');
    expect(wallInstant('2026-03-09', 570, VANCOUVER)).toBe('2026-03-09T16:30:00Z');
  });

  it('keeps wall-clock rows across the fall-back change (Madrid, 25 October 2026)', () => {
    const layout = layoutGrid({
      ...week('2026-10-19', 'Europe/Madrid'),
      items: [
        // Friday 23 Oct 10:00 CEST (UTC+2), Monday 26 Oct 10:00 CET (UTC+1).
        { id: 'fri', practitionerId: 'p', start: '2026-10-23T08:00:00Z', end: '2026-10-23T09:00:00Z' },
        { id: 'mon', practitionerId: 'p', start: '2026-10-26T09:00:00Z', end: '2026-10-26T10:00:00Z' },
      ],
      columns: ['2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26'].map((day) => ({ day })),
    });
    const rows = layout.blocks.map((b) => [b.id, b.column, b.top, b.height]);
    expect(rows).toEqual([
      ['fri', 0, 2, 4],
      ['mon', 3, 2, 4],
    ]);
  });

  it('stretches the rows to reach a booking outside the hours, and shades the closed part', () => {
    const layout = layoutGrid(
      week('2026-12-07', VANCOUVER, {
        items: [
          { id: 'late', practitionerId: 'p', start: '2026-12-09T02:15:00Z', end: '2026-12-09T03:00:00Z' },
        ],
      }),
    );
    // 19:15–20:00 local on Tuesday.
    expect(layout.rowTimes.at(-1)).toBe('19:45');
    expect(layout.blocks[0]).toMatchObject({ column: 1, top: 39, height: 3 });
    expect(layout.closed).toContainEqual({ column: 1, top: 38, height: 4 });
  });

  it('splits overlapping bookings of one column into lanes', () => {
    const at = (h: string) => `2026-12-08T${h}:00Z`;
    const layout = layoutGrid(
      week('2026-12-07', VANCOUVER, {
        items: [
          { id: 'a', practitionerId: 'p1', start: at('18:00'), end: at('19:00') },
          { id: 'b', practitionerId: 'p2', start: at('18:30'), end: at('19:30') },
          { id: 'c', practitionerId: 'p3', start: at('19:00'), end: at('19:30') },
          { id: 'd', practitionerId: 'p1', start: at('20:00'), end: at('20:30') },
        ],
      }),
    );
    const lanes = Object.fromEntries(layout.blocks.map((b) => [b.id, [b.lane, b.lanes]]));
    expect(lanes).toEqual({ a: [0, 2], b: [1, 2], c: [0, 2], d: [0, 1] });
  });

  it('gives each practitioner a column in the day view, shading outside their working hours', () => {
    const layout = layoutGrid({
      ...week('2026-12-07'),
      columns: [
        { day: '2026-12-08', practitionerId: 'mei' },
        { day: '2026-12-08', practitionerId: 'dan', workingHours: { 2: [{ start: '12:00', end: '19:00' }] } },
      ],
      items: [{ id: 'x', practitionerId: 'dan', start: '2026-12-08T19:00:00Z', end: '2026-12-08T19:30:00Z' }],
    });
    expect(layout.blocks).toHaveLength(1);
    expect(layout.blocks[0]!.column).toBe(1);
    expect(layout.closed).toEqual([{ column: 1, top: 0, height: 10 }]);
  });

  it('names a holiday and closes the day', () => {
    const layout = layoutGrid(
      week('2026-12-21', VANCOUVER, {
        overrides: [{ date: '2026-12-25', ranges: [], reason: 'Christmas Day' }],
      }),
    );
    expect(layout.columns[4]).toMatchObject({
      day: '2026-12-25',
      closedAllDay: true,
      closedReason: 'Christmas Day',
    });
  });

  it('marks today and draws the now line at the clinic’s wall-clock time', () => {
    const layout = layoutGrid(week('2026-12-07', VANCOUVER, { now: '2026-12-09T17:00:00Z' }));
    expect(layout.columns.map((c) => c.today)).toEqual([false, false, true, false, false, false, false]);
    expect(layout.nowRow).toBe(2); // 10:00 local
    expect(layoutGrid(week('2026-12-14', VANCOUVER, { now: '2026-12-09T18:00:00Z' })).nowRow).toBeNull();
  });

  it('places every wall-clock quarter hour of opening time on its own row, in any zone (property)', () => {
    const zones = ['America/Vancouver', 'Europe/Madrid', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 37 }),
        fc.integer({ min: 1, max: 8 }),
        (zone, dayOffset, row, quarters) => {
          const monday = addDays('2026-01-05', Math.floor(dayOffset / 7) * 7);
          const day = addDays(monday, dayOffset % 5);
          const minute = 9 * 60 + 30 + row * 15;
          const start = wallInstant(day, minute, zone);
          const end = wallInstant(day, Math.min(minute + quarters * 15, 19 * 60), zone);
          const layout = layoutGrid(
            week(monday, zone, { items: [{ id: 'b', practitionerId: 'p', start, end }] }),
          );
          const block = layout.blocks[0]!;
          expect(wallClock(start, zone)).toEqual({ day, minute });
          expect(block.column).toBe(dayOffset % 5);
          expect(block.top).toBe(row);
          expect(block.top + block.height).toBe(Math.min(row + quarters, 38));
          expect(rowOf(layout, start, zone)).toEqual({ day, row });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('time off on the calendar grid', () => {
  it('shades a practitioner’s time off in their own column only, at its wall-clock rows', () => {
    // Dan is off 12:00–15:00 on Tuesday 8 December 2026 (UTC−7).
    const off = {
      practitionerId: 'dan',
      start: '2026-12-08T19:00:00Z',
      end: '2026-12-08T22:00:00Z',
      reason: 'Dentist',
    };
    const layout = layoutGrid({
      ...week('2026-12-07'),
      columns: [
        { day: '2026-12-08', practitionerId: 'mei' },
        { day: '2026-12-08', practitionerId: 'dan' },
      ],
      timeOff: [off],
    });
    expect(layout.timeOff).toEqual([
      { column: 1, top: 10, height: 12, practitionerId: 'dan', reason: 'Dentist' },
    ]);
    expect(layout.rowTimes[10]).toBe('12:00');
    expect(layout.columns.map((c) => c.away)).toEqual([[], []]);
    // A week of everyone cannot shade one person's time: the day says who is away.
    const everyone = layoutGrid(week('2026-12-07', VANCOUVER, { timeOff: [off] }));
    expect(everyone.timeOff).toEqual([]);
    expect(everyone.columns.map((c) => c.away.length)).toEqual([0, 1, 0, 0, 0, 0, 0]);
    expect(everyone.columns[1]!.away).toEqual([{ practitionerId: 'dan', reason: 'Dentist' }]);
  });

  it('shades only working time: not outside the practitioner’s hours, not on closed days', () => {
    const layout = layoutGrid({
      ...week('2026-12-07'),
      columns: Array.from({ length: 7 }, (_, i) => ({
        day: addDays('2026-12-07', i),
        practitionerId: 'dan',
        workingHours: weekdays('11:00', '19:00'),
      })),
      // Thursday 10 December 00:00 to Saturday 12 December 00:00 local (two whole days).
      timeOff: [
        { practitionerId: 'dan', start: '2026-12-10T07:00:00Z', end: '2026-12-12T07:00:00Z', reason: null },
      ],
    });
    expect(layout.timeOff.map((t) => [t.column, t.top, t.height])).toEqual([
      [3, 6, 32],
      [4, 6, 32],
    ]);
  });

  it('keeps whole days off on their days across the fall-back change (Madrid, 25 October 2026)', () => {
    // Friday 23 to Monday 26 October, both included: local midnight CEST (UTC+2) to local
    // midnight CET (UTC+1), a span of 4 days and 1 hour.
    const off = {
      practitionerId: 'p',
      start: '2026-10-22T22:00:00Z',
      end: '2026-10-26T23:00:00Z',
      reason: 'Course',
    };
    const layout = layoutGrid({
      ...week('2026-10-19', 'Europe/Madrid'),
      columns: ['2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27'].map(
        (day) => ({ day, practitionerId: 'p' }),
      ),
      timeOff: [off],
    });
    // Thursday and Tuesday are working days; Saturday and Sunday are closed anyway.
    expect(layout.timeOff.map((t) => [t.column, t.top, t.height])).toEqual([
      [1, 0, 38],
      [4, 0, 38],
    ]);
    expect(layout.rowTimes[0]).toBe('09:30');
  });

  it('keeps time off on its wall-clock rows across the spring-forward change (Vancouver, 8 March 2026)', () => {
    // 14:00–16:00 local on Friday 6 (PST, UTC−8) and on Monday 9 March (PDT, UTC−7).
    const layout = layoutGrid({
      ...week('2026-03-02'),
      columns: ['2026-03-06', '2026-03-09'].map((day) => ({ day, practitionerId: 'p' })),
      timeOff: [
        { practitionerId: 'p', start: '2026-03-06T22:00:00Z', end: '2026-03-07T00:00:00Z', reason: null },
        { practitionerId: 'p', start: '2026-03-09T21:00:00Z', end: '2026-03-09T23:00:00Z', reason: null },
      ],
    });
    expect(layout.timeOff.map((t) => [t.column, layout.rowTimes[t.top], t.height])).toEqual([
      [0, '14:00', 8],
      [1, '14:00', 8],
    ]);
  });
});
