import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../assessment/index.js';
import { VIGNETTES } from '../assessment/vignettes/index.js';
import { EXERCISE_IDS } from '../content/exercise-ids.js';
import { exerciseById } from '../content/index.js';
import { addDays } from '../time/index.js';
import { exclusionReason, limitsOf, supineOffFromWeek } from './eligibility.js';
import { generateProgramme } from './generate.js';
import { mergeRegenerated } from './regenerate.js';
import {
  applyPractitionerEdits,
  type DoseChange,
  type ExerciseEdit,
  isEditableExercise,
  type PatientContext,
  type PractitionerEdits,
  preferencesUnderReview,
  reapplyPractitionerEdits,
} from './review.js';
import {
  allowedResults,
  preferences,
  resultFrom,
  reviewPreferences,
  reviewShape,
} from './testing/arbitraries.js';
import type { Programme, Session } from './types.js';

const vignette = (id: string) => scoreAssessment(VIGNETTES.find((v) => v.id === id)!.answers);
const EDITABLE = EXERCISE_IDS.filter((id) => isEditableExercise(exerciseById(id)));

const prefs = reviewPreferences;
const both = reviewShape;

const ctxFor = (result = resultFrom(both), fromDate = '2026-03-09'): PatientContext => ({
  result,
  assessedOn: prefs.startDate,
  fromDate,
  doneSessionIds: [],
});
const middle = (s: Session) => s.blocks.filter((b) => b.phase !== 'warm-up' && b.phase !== 'cool-down');
const comingOf = (p: Programme, ctx: PatientContext) =>
  p.sessions.filter((s) => s.date >= ctx.fromDate && !ctx.doneSessionIds.includes(s.id));

describe('applyPractitionerEdits', () => {
  const result = resultFrom(both);
  const programme = generateProgramme(result, prefs);
  const ctx = ctxFor(result);
  const first = middle(comingOf(programme, ctx)[0]!)[0]!.exerciseId;

  it('changes the dose of an exercise in every coming session and leaves the past alone', () => {
    const out = applyPractitionerEdits(
      programme,
      { exercises: [{ kind: 'change', exerciseId: first, dose: { sets: 4 } }] },
      ctx,
    );
    if (!out.ok) throw new Error(JSON.stringify(out.refusals));
    for (const s of out.programme.sessions) {
      const before = programme.sessions.find((x) => x.id === s.id)!;
      if (s.date < ctx.fromDate) expect(s).toEqual(before);
      else for (const b of s.blocks.filter((b) => b.exerciseId === first)) expect(b.dose.sets).toBe(4);
    }
  });

  it('refuses to add an exercise that is contraindicated, with the generator’s reason', () => {
    const pregnant = vignette('pregnant-24-weeks');
    const p = generateProgramme(pregnant, prefs);
    const out = applyPractitionerEdits(
      p,
      { exercises: [{ kind: 'add', exerciseId: 'ball-sit-up' }] },
      ctxFor(pregnant),
    );
    expect(out).toEqual({
      ok: false,
      refusals: [
        { index: 0, exerciseId: 'ball-sit-up', reason: 'contraindication:pregnancy-abdominal-loading' },
      ],
    });
  });

  it('refuses a supine exercise in pregnancy from the second trimester', () => {
    const pregnant = vignette('pregnant-24-weeks');
    const p = generateProgramme(pregnant, prefs);
    const out = applyPractitionerEdits(
      p,
      { exercises: [{ kind: 'add', exerciseId: 'bridge' }] },
      ctxFor(pregnant),
    );
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.refusals[0]!.reason).toMatch(/^contraindication:pregnancy-second-trimester-supine$/);
  });

  it('refuses what does not fit: unknown, frame, absent, present, wrong dose, bad days and dates', () => {
    const absent = EDITABLE.find(
      (id) => !programme.sessions.some((s) => s.blocks.some((b) => b.exerciseId === id)),
    )!;
    const edits: PractitionerEdits = {
      exercises: [
        { kind: 'add', exerciseId: 'no-such-exercise' },
        { kind: 'remove', exerciseId: 'gentle-walk' },
        { kind: 'remove', exerciseId: absent },
        { kind: 'add', exerciseId: first },
      ],
      weekdays: [1, 1, 2],
      nextReviewDate: '2026-01-01',
    };
    const out = applyPractitionerEdits(programme, edits, ctx);
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.refusals.map((r) => r.reason)).toEqual([
        'unknown-exercise',
        'not-editable',
        'not-in-programme',
        'already-in-programme',
        'weekdays-invalid',
        'review-date-out-of-range',
      ]);
    const holdOnly = EDITABLE.find(
      (id) =>
        exerciseById(id).dosage.kind === 'hold' &&
        programme.sessions.some((s) => s.date >= ctx.fromDate && s.blocks.some((b) => b.exerciseId === id)),
    );
    if (holdOnly) {
      const reps = applyPractitionerEdits(
        programme,
        { exercises: [{ kind: 'change', exerciseId: holdOnly, dose: { reps: 10 } }] },
        ctx,
      );
      expect(reps.ok ? [] : reps.refusals.map((r) => r.reason)).toEqual(['dose-not-applicable']);
    }
    const big = applyPractitionerEdits(
      programme,
      { exercises: [{ kind: 'change', exerciseId: first, dose: { sets: 99 } }] },
      ctx,
    );
    expect(big.ok ? [] : big.refusals.map((r) => r.reason)).toEqual(['dose-out-of-range']);
  });

  it('removes, replaces and adds, keeping the walk first and the cool-down last', () => {
    const coming = comingOf(programme, ctx);
    const present = new Set(coming.flatMap((s) => middle(s).map((b) => b.exerciseId)));
    const limits = limitsOf(result, false);
    const candidates = EDITABLE.filter(
      (id) => !present.has(id) && !exclusionReason(exerciseById(id), limits, prefs),
    );
    const [by, added] = candidates;
    const [removed, replaced] = [...present];
    const out = applyPractitionerEdits(
      programme,
      {
        exercises: [
          { kind: 'remove', exerciseId: removed! },
          { kind: 'replace', exerciseId: replaced!, by: by! },
          { kind: 'add', exerciseId: added! },
        ],
      },
      ctx,
    );
    if (!out.ok) throw new Error(JSON.stringify(out.refusals));
    for (const s of comingOf(out.programme, ctx)) {
      const ids = s.blocks.map((b) => b.exerciseId);
      expect(ids).not.toContain(removed);
      expect(ids).not.toContain(replaced);
      expect(ids).toContain(added);
      expect(s.blocks[0]!.phase).toBe('warm-up');
      expect(s.blocks.at(-1)!.phase).toBe('cool-down');
      expect(s.estimatedSeconds).toBe(s.blocks.reduce((sum, b) => sum + b.estimatedSeconds, 0));
    }
    expect(out.programme.excludedExercises).toContainEqual({
      exerciseId: removed,
      reason: 'practitioner-removed',
    });
  });

  it('keeps the practitioner’s dose when the programme is generated again with new preferences', () => {
    const edits: PractitionerEdits = {
      exercises: [{ kind: 'change', exerciseId: first, dose: { sets: 3 } }],
      weekdays: [2, 4, 6, 7],
    };
    const applied = applyPractitionerEdits(
      generateProgramme(result, preferencesUnderReview(prefs, edits)),
      edits,
      ctx,
    );
    expect(applied.ok).toBe(true);
    const changedPrefs = preferencesUnderReview({ ...prefs, minutesPerSession: 60 }, edits);
    const next = mergeRegenerated(
      programme,
      generateProgramme(result, changedPrefs),
      ctx.fromDate,
      new Set(),
    );
    const { programme: again, leftOut } = reapplyPractitionerEdits(next, edits, ctx);
    expect(leftOut).toEqual([]);
    const coming = comingOf(again, ctx);
    expect(coming.length).toBeGreaterThan(0);
    for (const s of coming)
      for (const b of s.blocks.filter((b) => b.exerciseId === first)) expect(b.dose.sets).toBe(3);
    expect(again.preferences.weekdays).toEqual([2, 4, 6, 7]);
  });
});

const doseChanges: fc.Arbitrary<DoseChange | undefined> = fc.option(
  fc.record(
    {
      sets: fc.integer({ min: 0, max: 12 }),
      reps: fc.integer({ min: 0, max: 60 }),
      holdSeconds: fc.integer({ min: 0, max: 200 }),
      perSide: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const exerciseEdits: fc.Arbitrary<ExerciseEdit> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), exerciseId: fc.constantFrom(...EDITABLE) }),
  fc.record({
    kind: fc.constant('add' as const),
    exerciseId: fc.constantFrom(...EDITABLE),
    dose: doseChanges,
  }),
  fc.record({
    kind: fc.constant('change' as const),
    exerciseId: fc.constantFrom(...EDITABLE),
    dose: doseChanges,
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    exerciseId: fc.constantFrom(...EDITABLE),
    by: fc.constantFrom(...EDITABLE),
    dose: doseChanges,
  }),
);
const editSets: fc.Arbitrary<PractitionerEdits> = fc.record(
  { exercises: fc.array(exerciseEdits, { maxLength: 5 }) },
  { requiredKeys: ['exercises'] },
);
const cases = fc
  .record({
    result: allowedResults,
    prefs: preferences,
    fromWeek: fc.integer({ min: 0, max: 6 }),
    edits: editSets,
  })
  .filter(({ result }) => result.selfCareAllowed)
  .map(({ result, prefs: p, fromWeek, edits }) => {
    const programme = generateProgramme(result, p);
    const ctx: PatientContext = {
      result,
      assessedOn: p.startDate,
      fromDate: addDays(p.startDate, fromWeek * 7 + 2),
      doneSessionIds: programme.sessions.filter((_, i) => i % 5 === 4).map((s) => s.id),
    };
    return { result, programme, ctx, edits };
  });

describe('applyPractitionerEdits (properties)', () => {
  it('never lets a contraindicated exercise into a session, and never touches past or played ones', () => {
    fc.assert(
      fc.property(cases, ({ result, programme, ctx, edits }) => {
        const out = applyPractitionerEdits(programme, edits, ctx);
        expect(applyPractitionerEdits(programme, edits, ctx)).toEqual(out);
        if (!out.ok) {
          expect(out.refusals.length).toBeGreaterThan(0);
          return;
        }
        const p = programme.preferences;
        const offFrom = supineOffFromWeek(result, p.startDate, ctx.assessedOn, programme.weeks);
        for (const s of out.programme.sessions) {
          const before = programme.sessions.find((x) => x.id === s.id)!;
          if (s.date < ctx.fromDate || ctx.doneSessionIds.includes(s.id)) {
            expect(s).toEqual(before);
            continue;
          }
          const limits = limitsOf(result, offFrom !== null && s.week >= offFrom);
          for (const b of middle(s))
            expect(exclusionReason(exerciseById(b.exerciseId)!, limits, p)).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses an added exercise exactly when the generator’s rules exclude it for a coming week', () => {
    fc.assert(
      fc.property(cases, fc.constantFrom(...EDITABLE), ({ result, programme, ctx }, id) => {
        const coming = programme.sessions.filter(
          (s) => s.date >= ctx.fromDate && !ctx.doneSessionIds.includes(s.id),
        );
        if (coming.some((s) => s.blocks.some((b) => b.exerciseId === id))) return;
        const p = programme.preferences;
        const offFrom = supineOffFromWeek(result, p.startDate, ctx.assessedOn, programme.weeks);
        const weeks = coming.length > 0 ? coming : programme.sessions;
        const reason = weeks
          .map((s) =>
            exclusionReason(exerciseById(id)!, limitsOf(result, offFrom !== null && s.week >= offFrom), p),
          )
          .find((r) => r !== undefined);
        const retired = programme.excludedExercises.some(
          (x) => x.exerciseId === id && x.reason === 'pain-reported',
        );
        const out = applyPractitionerEdits(programme, { exercises: [{ kind: 'add', exerciseId: id }] }, ctx);
        if (reason) expect(out).toEqual({ ok: false, refusals: [{ index: 0, exerciseId: id, reason }] });
        else if (!retired) expect(out.ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('after regeneration, the edits that still fit are all there again', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 10, max: 60 }), ({ result, programme, ctx, edits }, minutes) => {
        const out = applyPractitionerEdits(programme, edits, ctx);
        if (!out.ok) return;
        const next = generateProgramme(result, { ...programme.preferences, minutesPerSession: minutes });
        const merged = mergeRegenerated(out.programme, next, ctx.fromDate, new Set(ctx.doneSessionIds));
        const { programme: again, leftOut } = reapplyPractitionerEdits(merged, edits, ctx);
        const dropped = new Set(leftOut.map((r) => r.index));
        edits.exercises.forEach((e, i) => {
          if (dropped.has(i)) return;
          for (const s of again.sessions.filter(
            (s) => s.date >= ctx.fromDate && !ctx.doneSessionIds.includes(s.id),
          )) {
            const ids = s.blocks.map((b) => b.exerciseId);
            if (e.kind === 'remove') expect(ids).not.toContain(e.exerciseId);
            if (e.kind === 'add') expect(ids).toContain(e.exerciseId);
            if (e.kind === 'replace') expect(ids).not.toContain(e.exerciseId);
            if (e.kind === 'change' && e.dose?.sets !== undefined)
              for (const b of s.blocks.filter((b) => b.exerciseId === e.exerciseId))
                expect(b.dose.sets).toBe(e.dose.sets);
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});
