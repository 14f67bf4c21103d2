import { type Answers, activities, isVisible, num, visibleAnswers, yes } from './answers.js';
import { ITEMS } from './questionnaire.js';
import { evaluateRedFlags, highestUrgency, stopsSelfCare } from './red-flags.js';
import type { AssessmentResult } from './result.js';
import { basis } from './scoring/basis.js';
import { contributingFactors } from './scoring/contributing-factors.js';
import { psoasLikelihood } from './scoring/likelihood.js';
import { nextSteps } from './scoring/next-steps.js';
import { obstacles } from './scoring/obstacles.js';
import { psoasPattern } from './scoring/pattern.js';
import { restrictions } from './scoring/restrictions.js';
import { SCORING_VERSION } from './scoring-version.js';

// The thresholds stay importable from here, where the scorers are put together.
export { LIKELIHOOD_HIGH_FROM, LIKELIHOOD_MODERATE_FROM } from './scoring/likelihood.js';
export { OBSTACLES_HIGH_FROM, OBSTACLES_MEDIUM_FROM } from './scoring/obstacles.js';
export { PATTERN_FROM } from './scoring/pattern.js';
export { SECOND_TRIMESTER_FROM_WEEK, THIRD_TRIMESTER_FROM_WEEK } from './scoring/restrictions.js';

/** True when every required, shown item has an answer. */
export function isComplete(answers: Answers): boolean {
  return ITEMS.every((i) => !i.required || !isVisible(i, answers) || answers[i.id] !== undefined);
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * Scores an assessment. Pure and deterministic: the same answers give the same result in the
 * browser and on the server. Answers to hidden items are ignored; missing answers count as not
 * given, so a partial set (stopped at a red flag) still scores.
 */
export function scoreAssessment(answers: Answers): AssessmentResult {
  const a = visibleAnswers(answers);
  const redFlags = evaluateRedFlags(a);
  const top = highestUrgency(redFlags);
  const stop = top !== 'none' && stopsSelfCare(top);
  const notCleared = yes(a, 'pregnant') && yes(a, 'pregnancy-told-not-to-exercise');
  const selfCareAllowed = !stop && !notCleared;
  const likelihood = psoasLikelihood(a);
  const pattern = psoasPattern(a, likelihood.level);
  const factors = contributingFactors(a);
  const obstaclesResult = obstacles(a);
  const exerciseRestrictions = restrictions(a, stop, obstaclesResult.level);
  const steps = nextSteps(a, redFlags, selfCareAllowed, obstaclesResult, likelihood.level);
  const rated = activities(a, 'activities');
  const painNow = num(a, 'pain-now');
  const painWorst = num(a, 'pain-worst-week');
  const weeks = yes(a, 'pregnant') ? num(a, 'pregnancy-weeks') : undefined;

  const redFlagText = (f: (typeof redFlags)[number]) => f.advice;
  const explanations: AssessmentResult['explanations'] = [
    ...redFlags.map((f) => ({
      conclusion: `red-flag:${f.id}`,
      because: basis(f.answers, f.sources, redFlagText(f)),
    })),
    ...steps.map((s) => ({ conclusion: `next-step:${s.id}`, because: s.because })),
    { conclusion: 'psoas-likelihood', because: likelihood.because },
    { conclusion: 'pattern', because: pattern.because },
    ...factors.map((f) => ({ conclusion: `factor:${f.id}`, because: f.because })),
    { conclusion: 'obstacles', because: obstaclesResult.because },
    ...exerciseRestrictions.map((r) => ({ conclusion: `restriction:${r.code}`, because: r.because })),
  ];

  return {
    scoringVersion: SCORING_VERSION,
    complete: isComplete(a),
    redFlags,
    highestUrgency: top,
    selfCareAllowed,
    psoasLikelihood: likelihood,
    pattern,
    contributingFactors: factors,
    obstacles: obstaclesResult,
    exerciseRestrictions,
    painNow: painNow ?? null,
    painWorstWeek: painWorst ?? null,
    functionScore: rated.length > 0 ? round(rated.reduce((s, r) => s + r.score, 0) / rated.length, 2) : null,
    sittingHoursPerDay: num(a, 'sitting-hours') ?? null,
    pregnancyWeeks: weeks ?? null,
    nextSteps: steps,
    explanations,
  };
}
