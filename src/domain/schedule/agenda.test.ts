import { describe, expect, it } from 'vitest';
import { type AgendaInput, agendaOfDay } from './agenda.js';
import type { WeeklyHours } from './types.js';

const weekdays = (...ranges: [string, string][]): WeeklyHours => {
  const day = ranges.map(([start, end]) => ({ start, end }));
  return { 1: day, 2: day, 3: day, 4: day, 5: day };
};

// Tuesday 8 December 2026 in Vancouver (UTC−7): local 10:00 is 17:00Z.
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2026, 11, 8, h! + 7, m!)).toISOString().replace('.000Z', 'Z');
};

const base = (extra: Partial<AgendaInput> = {}): AgendaInput => ({
  timeZone: 'America/Vancouver',
  openingHours: weekdays(['09:30', '19:00']),
  overrides: [],
  day: '2026-12-08',
  practitioners: [
    { id: 'mei', workingHours: weekdays(['09:30', '13:00'], ['14:00', '19:00']), shortestMinutes: 30 },
    { id: 'dan', workingHours: weekdays(['11:00', '19:00']), shortestMinutes: 60 },
  ],
  items: [],
  busy: new Set(),
  timeOff: [],
  now: '2026-12-01T12:00:00Z',
  ...extra,
});

const summary = (input: AgendaInput) =>
  agendaOfDay(input).map((e) => `${e.kind} ${e.practitionerId} ${e.startMinute / 60}-${e.endMinute / 60}`);

describe('the day as an agenda', () => {
  it('lists appointments, time off and bookable gaps in the order of the day', () => {
    const input = base({
      items: [
        { id: 'a', practitionerId: 'mei', start: at('10:00'), end: at('11:00') },
        { id: 'b', practitionerId: 'dan', start: at('11:30'), end: at('12:30') },
        { id: 'x', practitionerId: 'mei', start: at('14:00'), end: at('15:00') },
      ],
      busy: new Set(['a', 'b']),
      timeOff: [{ practitionerId: 'dan', start: at('15:00'), end: at('17:00'), reason: 'Course' }],
    });
    expect(summary(input)).toEqual([
      'free mei 9.5-10',
      'booking mei 10-11',
      'free mei 11-13',
      'booking dan 11.5-12.5',
      'free dan 12.5-15',
      'booking mei 14-15',
      // 'x' is shown (e.g. cancelled) but does not take time.
      'free mei 14-19',
      'off dan 15-17',
      'free dan 17-19',
    ]);
    // Dan's 11:00–11:30 is shorter than his shortest treatment: not offered.
    const free = agendaOfDay(input).find((e) => e.kind === 'free' && e.practitionerId === 'mei');
    expect(free).toMatchObject({ start: '2026-12-08T16:30:00Z' });
  });

  it('offers nothing in the past and starts today’s gaps at the next quarter hour after now', () => {
    expect(summary(base({ now: at('15:05') }))).toEqual(['free mei 15.25-19', 'free dan 15.25-19']);
    expect(summary(base({ now: '2026-12-10T12:00:00Z' }))).toEqual([]);
  });

  it('lists only working time lost to time off, and nothing on a closed day', () => {
    const allDay = {
      practitionerId: 'mei',
      start: '2026-12-08T08:00:00Z',
      end: '2026-12-09T08:00:00Z',
      reason: null,
    };
    expect(summary(base({ timeOff: [allDay] }))).toEqual([
      'off mei 9.5-13',
      'free dan 11-19',
      'off mei 14-19',
    ]);
    expect(summary(base({ overrides: [{ date: '2026-12-08', ranges: [] }] }))).toEqual([]);
  });
});
