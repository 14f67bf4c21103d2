import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionCounts } from '../outcomes/session-outcome.js';
import { addDays } from '../time/index.js';
import { generateProgramme } from './generate.js';
import { allowedResults, preferences } from './testing/arbitraries.js';
import type { SessionResult } from './types.js';
import { nextWeekChanges, weekDays, weekOf } from './week-view.js';

const done = (sessionId: string): SessionResult => ({
  clientId: crypto.randomUUID(),
  sessionId,
  completedAt: '2026-03-02T19:00:00Z',
  blocks: [{ exerciseId: 'x', completed: true }],
  effort: 3,
  painNow: 2,
});

describe('the programme as weeks', () => {
  it('a week has seven days from the start date; its session days agree with sessionCounts on what is missed and done', () => {
    fc.assert(
      fc.property(
        allowedResults,
        preferences,
        fc.integer({ min: 0, max: 45 }),
        fc.array(fc.boolean(), { maxLength: 42 }),
        (result, prefs, dayOffset, doneFlags) => {
          const programme = generateProgramme(result, prefs);
          const today = addDays(prefs.startDate, dayOffset);
          const results = programme.sessions
            .filter((s, i) => doneFlags[i] && s.date <= today)
            .map((s) => done(s.id));
          const outcomes = new Map(results.map((r) => [r.sessionId, 'done' as const]));
          const week = weekOf(programme, today);
          const days = weekDays(programme, week, outcomes, today);
          expect(days).toHaveLength(7);
          expect(days.every((d) => (d.status === 'rest') === (d.session === undefined))).toBe(true);
          expect(days.every((d) => !d.session || d.session.week === week)).toBe(true);
          // Every session of the week is one of its days.
          expect(days.filter((d) => d.session).length).toBe(
            programme.sessions.filter((s) => s.week === week).length,
          );
          // Up to yesterday, the week's days say what sessionCounts counts.
          const yesterday = addDays(today, -1);
          const past = programme.sessions.filter((s) => s.week === week && s.date <= yesterday);
          const counts = sessionCounts(past, results, yesterday);
          const shown = days.filter((d) => d.date <= yesterday);
          expect(shown.filter((d) => d.status === 'missed').length).toBe(counts.missed);
          expect(shown.filter((d) => d.status === 'done').length).toBe(counts.done);
          expect(days.filter((d) => d.status === 'today').every((d) => d.date === today)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the week of a date is held to the programme (before the start: week 1; after the end: the last)', () => {
    const programme = { weeks: 6, preferences: { startDate: '2026-03-02' } } as Parameters<typeof weekOf>[0];
    expect(weekOf(programme, '2026-02-20')).toBe(1);
    expect(weekOf(programme, '2026-03-08')).toBe(1);
    expect(weekOf(programme, '2026-03-09')).toBe(2);
    expect(weekOf(programme, '2026-06-01')).toBe(6);
  });

  it("next week's changes name each exercise that starts or stops and each dose that moves, and nothing after the last week", () => {
    fc.assert(
      fc.property(allowedResults, preferences, fc.integer({ min: 1, max: 6 }), (result, prefs, week) => {
        const programme = generateProgramme(result, prefs);
        const changes = nextWeekChanges(programme, week);
        if (week === programme.weeks) {
          expect(changes).toEqual([]);
          return;
        }
        const ids = (w: number) =>
          new Set(
            programme.sessions.filter((s) => s.week === w).flatMap((s) => s.blocks.map((b) => b.exerciseId)),
          );
        const now = ids(week);
        const next = ids(week + 1);
        const added = changes
          .filter((c) => c.kind === 'new')
          .map((c) => (c as { exerciseId: string }).exerciseId);
        const dropped = changes
          .filter((c) => c.kind === 'dropped')
          .map((c) => (c as { exerciseId: string }).exerciseId);
        expect(new Set(added)).toEqual(new Set([...next].filter((id) => !now.has(id))));
        expect(new Set(dropped)).toEqual(new Set([...now].filter((id) => !next.has(id))));
        for (const c of changes)
          if (c.kind === 'more') expect(c.to).toBeGreaterThan(c.from);
          else if (c.kind === 'less') expect(c.to).toBeLessThan(c.from);
      }),
      { numRuns: 60 },
    );
  });
});
