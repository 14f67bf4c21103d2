import type { Answers } from '../answers.js';
import type { RedFlagId, Urgency } from '../red-flags.js';
import type {
  ContributingFactorId,
  ExerciseRestriction,
  Level,
  NextStepId,
  ObstaclesLevel,
  PatternKind,
} from '../result.js';

/** A written patient story, the answers that person would give and what the result must say. */
export interface Vignette {
  id: string;
  story: string;
  answers: Answers;
  expected: {
    highestUrgency: Urgency | 'none';
    redFlags: RedFlagId[];
    selfCareAllowed: boolean;
    complete: boolean;
    psoasLikelihood?: Level;
    pattern?: PatternKind;
    obstacles?: ObstaclesLevel;
    topFactor?: ContributingFactorId;
    restrictionsInclude?: ExerciseRestriction[];
    restrictionsExclude?: ExerciseRestriction[];
    nextStepsInclude?: NextStepId[];
    nextStepsExclude?: NextStepId[];
    pregnancyWeeks?: number | null;
    sittingHoursPerDay?: number | null;
  };
}

/** Every red-flag question answered "no" (the inflammatory back pain gate included). */
export const noRedFlags = (age: number): Record<string, number | boolean> => ({
  age,
  'rf-bladder': false,
  'rf-bowel': false,
  'rf-saddle-numbness': false,
  'rf-both-legs': false,
  'rf-sexual-dysfunction': false,
  'rf-leg-weakness': false,
  'rf-legs-progressive': false,
  'rf-major-trauma': false,
  'rf-minor-trauma': false,
  'rf-fever': false,
  'rf-immunosuppressed': false,
  'rf-injected-drugs': false,
  'rf-recent-infection': false,
  'rf-belly-pulsating': false,
  'rf-cancer-history': false,
  'rf-weight-loss': false,
  'rf-night-pain': false,
  'rf-no-improvement': false,
  'ibp-began-before-45': false,
});

/** No sign of an irritated nerve in the leg (the sciatica questions). */
export const noNerveSigns = { 'leg-nerve-signs': ['none'], 'leg-foot-weakness': false };

/** The three strength checks done without trouble. */
export const strongChecks = {
  'test-bridge': 'steady',
  'test-single-leg': 'steady',
  'test-knee-lift': 'strong',
} as const;

export const calmObstacles = {
  'ob-worry': 'a-little',
  'ob-fear-movement': 'not-at-all',
  'ob-low-mood': 'not-at-all',
  'ob-unsafe-active': 'not-at-all',
  'ob-bothersome': 'moderately',
} as const;
