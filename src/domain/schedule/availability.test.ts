import { describe, expect, it } from 'vitest';
import { availableSlots, clinicToday, type ExistingBooking, isSlotAvailable } from './index.js';
import { at, clinic, every, local, localStarts, practitioner, query, weekdays } from './testing/fixtures.js';

const zone = 'America/Vancouver';
const monday = '2026-03-02';

function booking(practitionerId: string, start: string, end: string, before = 0, after = 0): ExistingBooking {
  return {
    practitionerId,
    start: at(zone, monday, start),
    end: at(zone, monday, end),
    bufferBeforeMinutes: before,
    bufferAfterMinutes: after,
  };
}

describe('opening hours', () => {
  it('a weekday gives the grid from opening time to closing minus the duration', () => {
    const starts = localStarts(zone, availableSlots(query()));
    expect(starts[0]).toBe('09:30');
    expect(starts.at(-1)).toBe('18:00');
    expect(starts).toHaveLength(18);
  });

  it('weekends without hours are closed', () => {
    expect(availableSlots(query({ from: '2026-03-07', to: '2026-03-08' }))).toEqual([]);
  });

  it('breaks: no slot crosses the lunch break, and the grid restarts at each opening', () => {
    const c = clinic({
      openingHours: every(
        [
          { start: '09:00', end: '12:00' },
          { start: '12:45', end: '15:00' },
        ],
        weekdays,
      ),
    });
    const starts = localStarts(zone, availableSlots(query({ clinic: c })));
    expect(starts).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '12:45', '13:15', '13:45']);
  });

  it('a closed-day override (holiday) removes that date only', () => {
    const c = clinic({ overrides: [{ date: '2026-03-03', ranges: [], reason: 'holiday' }] });
    const slots = availableSlots(query({ clinic: c, from: '2026-03-02', to: '2026-03-04' }));
    const dates = new Set(slots.map((s) => local(zone, s.start).toPlainDate().toString()));
    expect(dates).toEqual(new Set(['2026-03-02', '2026-03-04']));
  });

  it('a changed-hours override replaces the weekday hours, even on a normally closed day', () => {
    const c = clinic({
      overrides: [
        { date: '2026-03-06', ranges: [{ start: '09:30', end: '13:00' }], reason: 'short Friday' },
        { date: '2026-03-07', ranges: [{ start: '10:00', end: '12:00' }], reason: 'open Saturday' },
      ],
    });
    expect(
      localStarts(zone, availableSlots(query({ clinic: c, from: '2026-03-06', to: '2026-03-06' }))),
    ).toEqual(['09:30', '10:00', '10:30', '11:00', '11:30', '12:00']);
    expect(
      localStarts(zone, availableSlots(query({ clinic: c, from: '2026-03-07', to: '2026-03-07' }))),
    ).toEqual(['10:00', '10:30', '11:00']);
  });
});

describe('practitioner hours', () => {
  it('are intersected with the clinic hours', () => {
    const ana = practitioner('ana', { workingHours: every([{ start: '08:00', end: '12:00' }], [1]) });
    const starts = localStarts(zone, availableSlots(query({ practitioners: [ana] })));
    expect(starts).toEqual(['09:30', '10:00', '10:30', '11:00']);
  });

  it('days the practitioner does not work give nothing, and a clinic holiday overrides their hours', () => {
    const ana = practitioner('ana', { workingHours: every([{ start: '09:30', end: '19:00' }], [2]) });
    expect(availableSlots(query({ practitioners: [ana] }))).toEqual([]);
    const c = clinic({ overrides: [{ date: '2026-03-03', ranges: [] }] });
    expect(
      availableSlots(query({ clinic: c, practitioners: [ana], from: '2026-03-03', to: '2026-03-03' })),
    ).toEqual([]);
  });

  it('time off removes every slot overlapping it, and only those', () => {
    const ana = practitioner('ana', {
      timeOff: [{ start: at(zone, monday, '14:00'), end: at(zone, monday, '16:00') }],
    });
    const starts = localStarts(zone, availableSlots(query({ practitioners: [ana] })));
    expect(starts).toContain('13:00'); // ends exactly when the time off begins
    expect(starts).not.toContain('13:30');
    expect(starts).not.toContain('15:30');
    expect(starts).toContain('16:00');
  });
});

describe('bookings and buffers', () => {
  it('a booked hour is not offered; back-to-back slots around it are', () => {
    const starts = localStarts(zone, availableSlots(query({ bookings: [booking('ana', '11:00', '12:00')] })));
    expect(starts).toContain('10:00');
    expect(starts).not.toContain('10:30');
    expect(starts).not.toContain('11:00');
    expect(starts).not.toContain('11:30');
    expect(starts).toContain('12:00');
  });

  it("the service's buffers on both sides keep clear of a booking", () => {
    const service = { id: 'massage', durationMinutes: 60, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 };
    const c = clinic({ rules: { minNoticeMinutes: 0, maxDaysAhead: 365, slotIntervalMinutes: 15 } });
    const starts = localStarts(
      zone,
      availableSlots(query({ clinic: c, service, bookings: [booking('ana', '11:00', '12:00')] })),
    );
    expect(starts).toContain('09:45'); // ends 10:45, its after-buffer ends exactly at 11:00
    expect(starts).not.toContain('10:00'); // after-buffer reaches 11:15
    expect(starts).not.toContain('12:00'); // before-buffer starts 11:45
    expect(starts).toContain('12:15'); // before-buffer starts exactly at 12:00
  });

  it("the existing booking's own buffers count too", () => {
    const c = clinic({ rules: { minNoticeMinutes: 0, maxDaysAhead: 365, slotIntervalMinutes: 15 } });
    const starts = localStarts(
      zone,
      availableSlots(query({ clinic: c, bookings: [booking('ana', '11:00', '12:00', 30, 30)] })),
    );
    expect(starts).toContain('09:30');
    expect(starts).not.toContain('09:45');
    expect(starts).not.toContain('12:15');
    expect(starts).toContain('12:30');
  });

  it('adjacent bookings leave exactly the gap between them', () => {
    const bookings = [booking('ana', '09:30', '11:00'), booking('ana', '12:00', '19:00')];
    expect(localStarts(zone, availableSlots(query({ bookings })))).toEqual(['11:00']);
  });

  it("another practitioner's booking does not block", () => {
    const starts = localStarts(zone, availableSlots(query({ bookings: [booking('ben', '11:00', '12:00')] })));
    expect(starts).toContain('11:00');
  });
});

describe('booking rules', () => {
  it('minimum notice: nothing starts before now + notice', () => {
    const c = clinic({ rules: { minNoticeMinutes: 120, maxDaysAhead: 365, slotIntervalMinutes: 30 } });
    const now = at(zone, monday, '10:07');
    const starts = localStarts(zone, availableSlots(query({ clinic: c, now })));
    expect(starts[0]).toBe('12:30');
    const exactly = availableSlots(query({ clinic: c, now: at(zone, monday, '10:30') }));
    expect(localStarts(zone, exactly)[0]).toBe('12:30');
  });

  it('maxDaysAhead: the last bookable date is today + maxDaysAhead in the clinic zone', () => {
    const c = clinic({ rules: { minNoticeMinutes: 0, maxDaysAhead: 7, slotIntervalMinutes: 30 } });
    // 23:00 Monday in Vancouver is already Tuesday in UTC: "today" is the clinic's date.
    const now = at(zone, monday, '23:00');
    expect(clinicToday(c, now)).toBe(monday);
    const slots = availableSlots(query({ clinic: c, now, from: '2026-03-01', to: '2026-03-31' }));
    expect(slots[0]!.start).toBe(at(zone, '2026-03-03', '09:30'));
    expect(slots.at(-1)!.start).toBe(at(zone, '2026-03-09', '18:00'));
  });

  it('past dates give nothing', () => {
    expect(availableSlots(query({ now: '2026-03-10T00:00:00Z' }))).toEqual([]);
  });
});

describe('any practitioner', () => {
  const ana = practitioner('ana', { workingHours: every([{ start: '09:30', end: '12:00' }], [1]) });
  const ben = practitioner('ben', { workingHours: every([{ start: '11:00', end: '13:00' }], [1]) });
  const cy = practitioner('cy', { serviceIds: ['cupping'] });

  it('is the union of everyone who gives the service, sorted by start then practitioner', () => {
    const slots = availableSlots(query({ practitioners: [ben, cy, ana] }));
    expect(slots.map((s) => `${localStarts(zone, [s])[0]} ${s.practitionerId}`)).toEqual([
      '09:30 ana',
      '10:00 ana',
      '10:30 ana',
      '11:00 ana',
      '11:00 ben',
      '11:30 ben',
      '12:00 ben',
    ]);
    expect(slots.every((s) => s.serviceId === 'massage')).toBe(true);
  });

  it('a named practitioner gives only theirs; one who does not give the service gives none', () => {
    expect(
      availableSlots(query({ practitioners: [ana, ben], practitionerId: 'ben' })).map(
        (s) => s.practitionerId,
      ),
    ).toEqual(['ben', 'ben', 'ben']);
    expect(availableSlots(query({ practitioners: [ana, cy], practitionerId: 'cy' }))).toEqual([]);
  });
});

describe('isSlotAvailable', () => {
  const q = query({ bookings: [booking('ana', '11:00', '12:00')] });

  it('accepts an offered slot and refuses a booked, off-grid, closed or unknown one', () => {
    expect(isSlotAvailable(q, { practitionerId: 'ana', start: at(zone, monday, '10:00') })).toBe(true);
    expect(isSlotAvailable(q, { practitionerId: 'ana', start: at(zone, monday, '11:00') })).toBe(false);
    expect(isSlotAvailable(q, { practitionerId: 'ana', start: at(zone, monday, '10:10') })).toBe(false);
    expect(isSlotAvailable(q, { practitionerId: 'ana', start: at(zone, monday, '18:30') })).toBe(false);
    expect(isSlotAvailable(q, { practitionerId: 'zoe', start: at(zone, monday, '10:00') })).toBe(false);
  });

  it('judges the slot on its own date, whatever range the query names', () => {
    expect(isSlotAvailable(q, { practitionerId: 'ana', start: at(zone, '2026-03-04', '10:00') })).toBe(true);
  });

  it('accepts the same instant written with an offset', () => {
    expect(isSlotAvailable(q, { practitionerId: 'ana', start: '2026-03-02T10:00:00-08:00' })).toBe(true);
  });
});

describe('invalid input', () => {
  it('throws a RangeError naming the problem', () => {
    expect(() => availableSlots(query({ clinic: clinic({ timeZone: 'Mars/Olympus' }) }))).toThrow(
      /time zone/,
    );
    expect(() => availableSlots(query({ from: '2026-02-30' }))).toThrow(RangeError);
    expect(() => availableSlots(query({ now: 'yesterday' }))).toThrow(/now/);
    expect(() =>
      availableSlots(
        query({ service: { id: 'x', durationMinutes: 0, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 } }),
      ),
    ).toThrow(/duration/);
  });

  it('an empty range gives no slots', () => {
    expect(availableSlots(query({ from: '2026-03-03', to: '2026-03-02' }))).toEqual([]);
  });
});
