import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.js';
import { EXERCISE_RESTRICTIONS, type ExerciseRestriction } from './result.js';
import { scoreAssessment } from './scoring.js';
import { deskWorkerSupine } from './vignettes/desk-worker-supine.js';

const calm = deskWorkerSupine.answers;
const codes = (a: Answers) => scoreAssessment(a).exerciseRestrictions.map((r) => r.code);
const pregnant = (weeks: number) => ({
  ...calm,
  pregnant: true,
  'pregnancy-weeks': weeks,
  'pregnancy-told-not-to-exercise': false,
  'pregnancy-warning-signs': ['none'],
});

const cases: { code: ExerciseRestriction; answers: Answers; without: Answers }[] = [
  {
    code: 'no-exercise-until-cleared',
    answers: { ...calm, 'rf-fever': true },
    without: calm,
  },
  {
    code: 'no-foam-rolling',
    answers: { ...calm, 'foam-rolling-conditions': ['aneurysm'] },
    without: { ...calm, 'foam-rolling-conditions': ['none'] },
  },
  {
    code: 'foam-rolling-with-care',
    answers: { ...calm, 'foam-rolling-conditions': ['local-inflammation'] },
    without: { ...calm, 'foam-rolling-conditions': ['local-inflammation', 'anticoagulants'] },
  },
  { code: 'pregnancy-first-trimester', answers: pregnant(13), without: pregnant(14) },
  { code: 'pregnancy-second-trimester', answers: pregnant(14), without: pregnant(28) },
  { code: 'pregnancy-third-trimester', answers: pregnant(28), without: pregnant(27) },
  { code: 'no-long-supine', answers: pregnant(14), without: pregnant(13) },
  {
    code: 'no-lunges-painful',
    answers: { ...calm, 'test-lunge': 'painful' },
    without: { ...calm, 'test-lunge': 'could-not-do' },
  },
  {
    code: 'no-back-bends-painful',
    answers: { ...calm, 'test-back-bend': 'painful' },
    without: calm,
  },
  { code: 'no-thomas-painful', answers: { ...calm, 'test-thomas': 'painful' }, without: calm },
  { code: 'no-kneeling', answers: { ...calm, 'cannot-kneel': true }, without: calm },
  {
    code: 'gentle-start',
    answers: { ...calm, 'pain-worst-week': 8 },
    without: { ...calm, 'pain-worst-week': 7 },
  },
];

describe('exercise restrictions', () => {
  it('covers every code', () => {
    expect(cases.map((c) => c.code).sort()).toEqual([...EXERCISE_RESTRICTIONS].sort());
  });

  it.each(cases)('$code is set by its rule and only then', ({ code, answers, without }) => {
    expect(codes(answers)).toContain(code);
    expect(codes(without)).not.toContain(code);
  });

  it('a pregnancy answer of "no" hides the weeks: no pregnancy code from a stale weeks answer', () => {
    expect(codes({ ...calm, pregnant: false, 'pregnancy-weeks': 20 })).toEqual([]);
  });

  it('gentle start also follows a recent injury or high obstacles', () => {
    expect(codes({ ...calm, 'recent-injury': 'hip' })).toContain('gentle-start');
    const worried = {
      ...calm,
      'ob-worry': 'extremely',
      'ob-fear-movement': 'a-lot',
      'ob-low-mood': 'a-lot',
      'ob-unsafe-active': 'moderately',
      'ob-bothersome': 'a-lot',
    };
    expect(scoreAssessment(worried).obstacles.level).toBe('high');
    expect(codes(worried)).toContain('gentle-start');
  });
});
