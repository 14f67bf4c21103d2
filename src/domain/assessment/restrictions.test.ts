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

const afterBirth = (weeks: number, cleared: boolean) => ({
  ...calm,
  postpartum: true,
  'postpartum-weeks': weeks,
  'postpartum-cleared': cleared,
  'abdominal-separation': 'no',
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
  { code: 'postpartum-not-cleared', answers: afterBirth(5, true), without: afterBirth(6, true) },
  {
    code: 'postpartum-abdominal-separation',
    answers: { ...afterBirth(10, true), 'abdominal-separation': 'yes' },
    without: afterBirth(10, true),
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

  it('after a birth: not yet cleared at any week, or under 6 weeks, means clearance first and a gentle start', () => {
    expect(codes(afterBirth(20, false))).toEqual(
      expect.arrayContaining(['postpartum-not-cleared', 'gentle-start']),
    );
    expect(codes(afterBirth(3, true))).toEqual(
      expect.arrayContaining(['postpartum-not-cleared', 'gentle-start']),
    );
    expect(codes(afterBirth(6, true))).not.toContain('gentle-start');
    const steps = scoreAssessment(afterBirth(3, false)).nextSteps.map((s) => s.id);
    expect(steps).toEqual(expect.arrayContaining(['postpartum-clearance-first', 'postpartum-return']));
    expect(scoreAssessment(afterBirth(3, false)).selfCareAllowed).toBe(true);
  });

  it('an unsure answer about a gap in the belly is planned as a gap', () => {
    expect(codes({ ...afterBirth(12, true), 'abdominal-separation': 'not-sure' })).toContain(
      'postpartum-abdominal-separation',
    );
  });

  it('answers about a birth are ignored for someone who said they are pregnant', () => {
    const stale = { ...afterBirth(2, false), pregnant: true, 'pregnancy-weeks': 10 };
    expect(codes(stale)).not.toContain('postpartum-not-cleared');
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
