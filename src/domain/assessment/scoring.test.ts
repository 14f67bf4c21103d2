import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, type AnswerValue, isVisible } from './answers.js';
import { answersSchema } from './answers-schema.js';
import { ITEMS, type Item } from './questionnaire.js';
import { assessmentResultSchema } from './result.js';
import { scoreAssessment } from './scoring.js';

/** Any valid value for an item (the form can only produce these). */
function arbitraryFor(item: Item): fc.Arbitrary<AnswerValue> {
  switch (item.type) {
    case 'yes-no':
      return fc.boolean();
    case 'scale':
      return fc.integer({ min: 0, max: 10 });
    case 'number':
      return fc
        .integer({ min: Math.ceil(item.min / item.step), max: Math.floor(item.max / item.step) })
        .map((k) => k * item.step);
    case 'single':
      return fc.constantFrom(...item.options.map((o) => o.id));
    case 'multi': {
      const plain = item.options.filter((o) => !o.exclusive).map((o) => o.id);
      const exclusive = item.options.filter((o) => o.exclusive).map((o) => [o.id]);
      return fc.oneof(
        fc.subarray(plain, { minLength: 1 }),
        ...(exclusive.length ? [fc.constantFrom(...exclusive)] : []),
      );
    }
    case 'activities':
      return fc.array(
        fc.record({
          activity: fc.string({ maxLength: 20 }).map((s) => `x${s}`),
          score: fc.integer({ min: 0, max: 10 }),
        }),
        { minLength: 1, maxLength: 5 },
      );
  }
}

/** Random answer sets: every item either answered with a valid value or left out. */
const answerSets: fc.Arbitrary<Answers> = fc
  .tuple(...ITEMS.map((i) => fc.option(arbitraryFor(i), { nil: undefined, freq: 3 })))
  .map((values) => {
    const out: Record<string, AnswerValue> = {};
    ITEMS.forEach((item, k) => {
      if (values[k] !== undefined) out[item.id] = values[k];
    });
    return out;
  });

/** Every shown item answered: what a finished form submits. */
const completeSets: fc.Arbitrary<Answers> = fc
  .tuple(...ITEMS.map((i) => arbitraryFor(i)))
  .map((values) => Object.fromEntries(ITEMS.map((item, k) => [item.id, values[k]!])))
  .map((all) => {
    // drop hidden items, as the form does before submitting
    const out: Record<string, AnswerValue> = {};
    for (const item of ITEMS) {
      if (isVisible(item, all)) out[item.id] = all[item.id]!;
    }
    return out;
  });

describe('scoreAssessment over random answers', () => {
  it('always returns a result that matches the result schema', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const result = scoreAssessment(answers);
        expect(assessmentResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('explanations cite only answers that were given', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const result = scoreAssessment(answers);
        const cited = [
          ...result.explanations.flatMap((e) => e.because.answers),
          ...result.redFlags.flatMap((f) => f.answers),
          ...result.exerciseRestrictions.flatMap((r) => r.because.answers),
          ...result.nextSteps.flatMap((s) => s.because.answers),
        ];
        for (const id of cited) expect(answers[id], id).not.toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic and does not change its input', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const copy = structuredClone(answers);
        const first = scoreAssessment(answers);
        expect(scoreAssessment(copy)).toEqual(first);
        expect(answers).toEqual(copy);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('never allows self-care next to an emergency or urgent flag, and always does otherwise unless told not to exercise', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const result = scoreAssessment(answers);
        const stop = result.redFlags.some((f) => f.urgency !== 'routine-referral');
        if (stop) expect(result.selfCareAllowed).toBe(false);
        const offersProgramme = result.nextSteps.some((s) => s.id === 'self-care-programme');
        expect(offersProgramme).toBe(result.selfCareAllowed);
        if (!result.selfCareAllowed)
          expect(result.exerciseRestrictions.map((r) => r.code)).toContain('no-exercise-until-cleared');
      }),
      { numRuns: 400 },
    );
  });

  it('ranks contributing factors from heaviest to lightest', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const w = scoreAssessment(answers).contributingFactors.map((f) => f.weight);
        expect(w).toEqual([...w].sort((a, b) => b - a));
      }),
    );
  });

  it('every complete form is accepted by the answer schema and scored as complete', () => {
    fc.assert(
      fc.property(completeSets, (answers) => {
        const parsed = answersSchema.safeParse(answers);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(scoreAssessment(answers).complete).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the answer schema', () => {
  const complete = fc.sample(completeSets, { numRuns: 1, seed: 7 })[0]!;
  const calm = { ...complete } as Record<string, AnswerValue>;
  for (const id of Object.keys(calm)) if (id.startsWith('rf-')) calm[id] = false;
  // Signs that would end the self-care path (and so waive the required answers) are cleared too.
  calm['leg-foot-weakness'] = false;
  calm['belly-signs'] &&= ['none'];
  calm.age = 40;
  calm['pain-since'] = 'over-1-year';
  calm['pregnancy-warning-signs'] &&= ['none'];
  delete calm['rf-bone-fragility'];

  const issue = (answers: Record<string, unknown>) => {
    const r = answersSchema.safeParse(answers);
    return r.success
      ? undefined
      : { path: r.error.issues[0]!.path.join('.'), message: r.error.issues[0]!.message };
  };

  it('accepts a full calm answer set', () => {
    expect(issue(calm)).toBeUndefined();
  });

  it('names a missing required answer', () => {
    const { 'pain-now': _, ...rest } = calm;
    expect(issue(rest)).toEqual({ path: 'pain-now', message: 'is required' });
  });

  it('names an out-of-range or mistyped answer', () => {
    expect(issue({ ...calm, 'pain-now': 11 })?.path).toBe('pain-now');
    expect(issue({ ...calm, 'rf-fever': 'no' })?.path).toBe('rf-fever');
    expect(issue({ ...calm, 'sitting-hours': 3.3 })?.path).toBe('sitting-hours');
    expect(issue({ ...calm, symptoms: ['none', 'constipation'] })?.path).toBe('symptoms');
    expect(issue({ ...calm, 'test-lunge': 'great' })?.path).toBe('test-lunge');
  });

  it('refuses unknown items and answers to questions that were not shown', () => {
    expect(issue({ ...calm, 'made-up': true })).toBeDefined();
    expect(issue({ ...calm, 'rf-minor-trauma': false, 'rf-bone-fragility': true })).toEqual({
      path: 'rf-bone-fragility',
      message: 'was not asked: its condition is not met',
    });
  });

  it('accepts a stop at the first screen once an emergency or urgent sign is ticked, not before', () => {
    expect(issue({ age: 50, 'rf-saddle-numbness': true })).toBeUndefined();
    expect(issue({ age: 50, 'rf-fever': true })).toBeUndefined();
    expect(issue({ age: 50, 'rf-saddle-numbness': false })?.message).toBe('is required');
  });
});
