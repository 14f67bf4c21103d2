/**
 * Home exercise programmes: a pure generator from an assessment result and preferences (start at
 * `generateProgramme`), the contract types shared with the session player, and their schemas.
 * Rules and their sources: docs/programme.md.
 */

export { DAILY_ADVICE_TEXT, dailyAdviceFor, sessionsPerWeekOf } from './daily-advice.js';
export { doseAt, doseAtLeast, estimateSeconds, REST_SECONDS, secondsPerRepOf, TOP_LEVEL } from './dosage.js';
export {
  exclusionReason,
  isAllowed,
  isPregnant,
  type Limits,
  limitsOf,
  pregnancyWeekOn,
  SUPINE_LIMIT_PREGNANCY_WEEK,
  supineOffFromWeek,
} from './eligibility.js';
export { ProgrammeInputError, ProgrammeNotAllowedError } from './errors.js';
export * from './generate.js';
export { habitsFor, sittingBreakMinutes, WALK_MINUTES_PER_DAY, WATER_LITRES_PER_DAY } from './habits.js';
export {
  type History,
  painLog,
  resultDate,
  sessionIdFor,
  WORSE_DAY_EASING_DAYS,
  WORSE_DAY_POINTS,
} from './history.js';
export * from './practitioner-dose.js';
export { mergeRegenerated } from './regenerate.js';
export * from './review.js';
export * from './schemas.js';
export * from './stop-signs.js';
export type * from './types.js';
