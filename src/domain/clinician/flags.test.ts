import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/index.js';
import {
  comparePatients,
  computeFlags,
  FLAG_CODES,
  FLAG_ID_PATTERN,
  type FlagInput,
  openFlags,
  sessionsThisWeek,
} from './flags.js';

const TODAY = '2026-12-07';
const d = (offset: number) => addDays(TODAY, offset);
const base: FlagInput = {
  today: TODAY,
  assessments: [{ id: 'a1', date: d(-20), painNow: 4, highestUrgency: 'none' }],
  checkins: [
    { date: d(-2), painNow: 4 },
    { date: d(-1), painNow: 3 },
  ],
  hurtReports: [],
  sessionDates: [d(-1)],
  sharingSince: d(-20),
};
const codes = (i: FlagInput) => computeFlags(i).map((f) => f.code);

describe('practitioner flags', () => {
  it('raises nothing for a patient doing well', () => {
    expect(computeFlags(base)).toEqual([]);
  });

  it('flags a "this hurts" report of 7 or more, not 6, and only a recent one', () => {
    const at = (off: number) => `${d(off)}T18:00:00.000Z`;
    expect(codes({ ...base, hurtReports: [{ date: d(-1), at: at(-1), level: 6 }] })).toEqual([]);
    const f = computeFlags({ ...base, hurtReports: [{ date: d(-1), at: at(-1), level: 7 }] });
    expect(f).toMatchObject([
      { code: 'hurt-report', severity: 'high', date: d(-1), value: 7, target: 'sessions' },
    ]);
    expect(codes({ ...base, hurtReports: [{ date: d(-15), at: at(-15), level: 9 }] })).toEqual([]);
  });

  it('flags pain up by 2 from the baseline (the change that matters), not by 1', () => {
    expect(codes({ ...base, checkins: [{ date: d(-1), painNow: 5 }] })).toEqual([]);
    const f = computeFlags({
      ...base,
      checkins: [
        { date: d(-3), painNow: 7 },
        { date: d(-2), painNow: 6 },
        { date: d(-1), painNow: 7 },
      ],
    });
    expect(f).toMatchObject([{ code: 'pain-up', date: d(-3), value: 3, target: 'pain' }]);
  });

  it('keeps the pain-up id while pain stays up, and gives a new rise a new id', () => {
    const first = computeFlags({ ...base, checkins: [{ date: d(-3), painNow: 7 }] })[0]!;
    const stillUp = computeFlags({
      ...base,
      checkins: [
        { date: d(-3), painNow: 7 },
        { date: d(-1), painNow: 6 },
      ],
    })[0]!;
    expect(stillUp.id).toBe(first.id);
    const again = computeFlags({
      ...base,
      checkins: [
        { date: d(-3), painNow: 7 },
        { date: d(-2), painNow: 4 },
        { date: d(-1), painNow: 7 },
      ],
    })[0]!;
    expect(again.id).not.toBe(first.id);
    // Handled → hidden; the new rise shows again.
    expect(openFlags([first], new Set([first.id]))).toEqual([]);
    expect(openFlags([again], new Set([first.id]))).toEqual([again]);
  });

  it('flags seven days without a session or check-in, counted from the last of either', () => {
    const quiet = { ...base, checkins: [{ date: d(-7), painNow: 4 }], sessionDates: [d(-8)] };
    expect(computeFlags(quiet)).toMatchObject([{ code: 'quiet-7-days', date: d(-7), value: 7 }]);
    expect(codes({ ...quiet, sessionDates: [d(-6)] })).toEqual([]);
    // Never active: from the day sharing began.
    expect(codes({ ...base, assessments: [], checkins: [], sessionDates: [], sharingSince: d(-6) })).toEqual(
      [],
    );
    expect(codes({ ...base, assessments: [], checkins: [], sessionDates: [], sharingSince: d(-7) })).toEqual([
      'quiet-7-days',
    ]);
  });

  it('flags a recent self-assessment that stops self-care, not a routine referral', () => {
    const add = (u: string, off = -1) => ({
      ...base,
      assessments: [...base.assessments, { id: 'a2', date: d(off), painNow: 4, highestUrgency: u }],
    });
    expect(codes(add('urgent-same-day'))).toEqual(['red-flag-answered']);
    expect(codes(add('emergency'))).toEqual(['red-flag-answered']);
    expect(codes(add('urgent-days'))).toEqual(['red-flag-answered']);
    expect(codes(add('routine-referral'))).toEqual([]);
    expect(codes(add('emergency', -15))).toEqual([]);
    expect(computeFlags(add('emergency'))[0]).toMatchObject({
      id: 'red-flag-answered.a2',
      severity: 'urgent',
    });
  });

  it('sorts the most urgent first', () => {
    const f = computeFlags({
      ...base,
      assessments: [...base.assessments, { id: 'a2', date: d(-9), painNow: 8, highestUrgency: 'emergency' }],
      checkins: [{ date: d(-9), painNow: 8 }],
      hurtReports: [{ date: d(-9), at: `${d(-9)}T10:00:00Z`, level: 8 }],
      sessionDates: [d(-9)],
    });
    expect(f.map((x) => x.code)).toEqual(FLAG_CODES);
  });

  it('counts sessions of this Monday-to-Sunday week', () => {
    // 2026-12-07 is a Monday.
    const planned = [d(-1), d(0), d(2), d(6), d(7)].map((date) => ({ id: date, date }));
    expect(sessionsThisWeek(planned, new Set([d(-1), d(0)]), d(3))).toEqual({ planned: 3, done: 1 });
  });

  const arbInput = fc.record({
    assessments: fc.array(
      fc.record({
        id: fc.uuid(),
        off: fc.integer({ min: -40, max: 0 }),
        painNow: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        highestUrgency: fc.constantFrom(
          'none',
          'routine-referral',
          'urgent-days',
          'urgent-same-day',
          'emergency',
        ),
      }),
      { maxLength: 4 },
    ),
    checkins: fc.uniqueArray(
      fc.record({ off: fc.integer({ min: -40, max: 0 }), painNow: fc.integer({ min: 0, max: 10 }) }),
      { selector: (c) => c.off, maxLength: 12 },
    ),
    hurts: fc.array(
      fc.record({ off: fc.integer({ min: -40, max: 0 }), level: fc.integer({ min: 0, max: 10 }) }),
      { maxLength: 5 },
    ),
    sessions: fc.array(fc.integer({ min: -40, max: 0 }), { maxLength: 8 }),
    since: fc.integer({ min: -60, max: 0 }),
  });
  type Raw = typeof arbInput extends fc.Arbitrary<infer T> ? T : never;
  const toInput = (r: Raw): FlagInput => ({
    today: TODAY,
    assessments: [...r.assessments]
      .sort((a, b) => a.off - b.off)
      .map((a) => ({ id: a.id, date: d(a.off), painNow: a.painNow, highestUrgency: a.highestUrgency })),
    checkins: r.checkins.map((c) => ({ date: d(c.off), painNow: c.painNow })),
    hurtReports: r.hurts.map((h, i) => ({
      date: d(h.off),
      at: `${d(h.off)}T10:${String(i).padStart(2, '0')}:00.000Z`,
      level: h.level,
    })),
    sessionDates: r.sessions.map(d),
    sharingSince: d(r.since),
  });

  it('is deterministic, lists each code at most once, most urgent first, with URL-safe ids', () => {
    fc.assert(
      fc.property(arbInput, (r) => {
        const input = toInput(r);
        const f = computeFlags(input);
        expect(computeFlags(input)).toEqual(f);
        expect(new Set(f.map((x) => x.code)).size).toBe(f.length);
        const ranks = f.map((x) => FLAG_CODES.indexOf(x.code));
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
        for (const x of f) {
          expect(x.id).toMatch(FLAG_ID_PATTERN);
          expect(x.date <= TODAY).toBe(true);
        }
      }),
    );
  });

  it('never flags a hurt report below 7, nor misses one of 7+ in the last 14 days', () => {
    fc.assert(
      fc.property(arbInput, (r) => {
        const input = toInput(r);
        const hurt = computeFlags(input).find((x) => x.code === 'hurt-report');
        const due = input.hurtReports.filter((h) => h.level >= 7 && h.date >= d(-14));
        expect(!!hurt).toBe(due.length > 0);
        if (hurt) expect(hurt.value).toBeGreaterThanOrEqual(7);
      }),
    );
  });

  it('raises the quiet flag exactly when nothing was logged in the seven days ending today', () => {
    fc.assert(
      fc.property(arbInput, (r) => {
        const input = toInput(r);
        const quiet = computeFlags(input).some((x) => x.code === 'quiet-7-days');
        const dates = [input.sharingSince, ...input.checkins.map((c) => c.date), ...input.sessionDates];
        expect(quiet).toBe(dates.every((x) => x <= d(-7)));
      }),
    );
  });

  it('a handled flag stays hidden only while the data raise the same id', () => {
    fc.assert(
      fc.property(arbInput, (r) => {
        const f = computeFlags(toInput(r));
        const handled = new Set(f.slice(0, 1).map((x) => x.id));
        const open = openFlags(f, handled);
        expect(open.length).toBe(Math.max(0, f.length - 1));
        expect(open.every((x) => !handled.has(x.id))).toBe(true);
      }),
    );
  });

  it('sorts flagged patients first, by their most urgent flag', () => {
    fc.assert(
      fc.property(fc.array(arbInput, { minLength: 2, maxLength: 6 }), (rs) => {
        const people = rs.map((r, i) => ({ name: `p${i}`, flags: computeFlags(toInput(r)) }));
        const sorted = [...people].sort(comparePatients);
        const flagged = sorted.map((p) => p.flags.length > 0);
        expect(flagged).toEqual([...flagged].sort((a, b) => Number(b) - Number(a)));
        const firstRanks = sorted.filter((p) => p.flags[0]).map((p) => FLAG_CODES.indexOf(p.flags[0]!.code));
        expect(firstRanks).toEqual([...firstRanks].sort((a, b) => a - b));
      }),
    );
  });
});
