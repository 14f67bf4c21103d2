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
