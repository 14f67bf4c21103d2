import { describe, expect, it } from 'vitest';
import { answersSchema } from '../answers-schema.js';
import { assessmentResultSchema } from '../result.js';
import { scoreAssessment } from '../scoring.js';
import { VIGNETTES } from './index.js';

describe.each(VIGNETTES)('vignette $id', ({ answers, expected }) => {
  const result = scoreAssessment(answers);

  it('is a valid submission (the API would accept it)', () => {
    const parsed = answersSchema.safeParse(answers);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(assessmentResultSchema.parse(result)).toEqual(result);
  });

  it('gets the expected triage', () => {
    expect(result.highestUrgency).toBe(expected.highestUrgency);
    expect(result.redFlags.map((f) => f.id).sort()).toEqual([...expected.redFlags].sort());
    expect(result.selfCareAllowed).toBe(expected.selfCareAllowed);
    expect(result.complete).toBe(expected.complete);
  });

  it('gets the expected psoas picture', () => {
    if (expected.psoasLikelihood) expect(result.psoasLikelihood.level).toBe(expected.psoasLikelihood);
    if (expected.pattern) expect(result.pattern.kind).toBe(expected.pattern);
    if (expected.obstacles) expect(result.obstacles.level).toBe(expected.obstacles);
    if (expected.topFactor) expect(result.contributingFactors[0]?.id).toBe(expected.topFactor);
    if (expected.sittingHoursPerDay !== undefined)
      expect(result.sittingHoursPerDay).toBe(expected.sittingHoursPerDay);
    if (expected.pregnancyWeeks !== undefined) expect(result.pregnancyWeeks).toBe(expected.pregnancyWeeks);
  });

  it('gets the expected restrictions and next steps', () => {
    const codes = result.exerciseRestrictions.map((r) => r.code);
    const steps = result.nextSteps.map((s) => s.id);
    for (const c of expected.restrictionsInclude ?? []) expect(codes).toContain(c);
    for (const c of expected.restrictionsExclude ?? []) expect(codes).not.toContain(c);
    for (const s of expected.nextStepsInclude ?? []) expect(steps).toContain(s);
    for (const s of expected.nextStepsExclude ?? []) expect(steps).not.toContain(s);
  });
});

it('has nineteen vignettes with distinct ids', () => {
  expect(new Set(VIGNETTES.map((v) => v.id)).size).toBe(19);
});
