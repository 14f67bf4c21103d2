import { describe, expect, it } from 'vitest';
import { validateClinicSchedule, validatePractitionerSchedule, validateService } from './index.js';
import { clinic, every, massage, practitioner } from './testing/fixtures.js';

describe('validateClinicSchedule', () => {
  it('accepts the demo clinic (Monday–Friday 9:30–19:00)', () => {
    expect(validateClinicSchedule(clinic())).toEqual([]);
  });

  it('names each problem', () => {
    const problems = validateClinicSchedule({
      timeZone: 'Pacific/Nowhere',
      openingHours: {
        1: [{ start: '12:00', end: '09:00' }],
        2: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '14:00' },
        ],
        3: [{ start: '9:00', end: '25:00' }],
      },
      overrides: [
        { date: '2026-12-25', ranges: [] },
        { date: '2026-12-25', ranges: [] },
        { date: '2026-13-01', ranges: [] },
      ],
      rules: { minNoticeMinutes: -5, maxDaysAhead: 1.5, slotIntervalMinutes: 0 },
    });
    expect(problems).toEqual([
      'time zone "Pacific/Nowhere" is not a known IANA zone',
      'opening hours Monday: 12:00–09:00 ends before it starts',
      'opening hours Tuesday: ranges overlap',
      'opening hours Wednesday: start "9:00" is not a time HH:MM (00:00–23:59)',
      'opening hours Wednesday: end "25:00" is not a time HH:MM (00:00–24:00)',
      'override 2026-12-25 is given twice',
      'override "2026-13-01" is not a date YYYY-MM-DD',
      'minimum notice must be a whole number of minutes ≥ 0',
      'booking horizon must be a whole number of days ≥ 0',
      'slot interval must be a whole number of minutes between 1 and 1440',
    ]);
  });

  it('rejects weekday keys outside 1…7', () => {
    const c = clinic({ openingHours: { 0: [{ start: '09:00', end: '10:00' }] } as never });
    expect(validateClinicSchedule(c)).toEqual([
      'opening hours: "0" is not an ISO weekday (1 = Monday … 7 = Sunday)',
    ]);
  });
});

describe('validatePractitionerSchedule', () => {
  it('flags working hours outside the clinic and reversed time off', () => {
    const p = practitioner('ana', {
      workingHours: every([{ start: '08:00', end: '12:00' }], [1]),
      timeOff: [{ start: '2026-03-02T12:00:00Z', end: '2026-03-02T11:00:00Z' }],
    });
    expect(validatePractitionerSchedule(p, clinic())).toEqual([
      "practitioner ana working hours Monday: 08:00–12:00 is outside the clinic's hours",
      'practitioner ana time off #1: ends before it starts',
    ]);
    const ok = practitioner('ana', { workingHours: every([{ start: '10:00', end: '12:00' }], [1, 2]) });
    expect(validatePractitionerSchedule(ok, clinic())).toEqual([]);
  });
});

describe('validateService', () => {
  it('requires a positive duration and non-negative buffers', () => {
    expect(validateService(massage)).toEqual([]);
    expect(validateService({ ...massage, durationMinutes: 0, bufferAfterMinutes: -1 })).toHaveLength(2);
  });
});
