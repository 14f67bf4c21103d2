/**
 * Self-assessment and triage: the questionnaire as data, red-flag rules, pure scoring and the
 * result type. Start at `scoreAssessment` and `AssessmentResult`; exercise restriction codes are
 * documented in docs/assessment.md.
 */
export {
  type ActivityRating,
  type Answers,
  type AnswerValue,
  isVisible,
  visibleAnswers,
} from './answers.js';
export { answersSchema, type ValidAnswers } from './answers-schema.js';
export {
  type Condition,
  ITEM_BY_ID,
  ITEMS,
  type Item,
  type ItemType,
  itemsOfSection,
  type Option,
  QUESTIONNAIRE_VERSION,
  SECTION_IDS,
  SECTIONS,
  type Section,
  type SectionId,
} from './questionnaire.js';
export {
  adviceFor,
  evaluateRedFlags,
  highestUrgency,
  RED_FLAG_IDS,
  RED_FLAG_RULES,
  type RedFlag,
  type RedFlagId,
  type SuspectedCondition,
  stopsSelfCare,
  URGENCIES,
  URGENCY_RANK,
  type Urgency,
} from './red-flags.js';
export {
  type AssessmentResult,
  assessmentResultSchema,
  type Basis,
  CONTRIBUTING_FACTORS,
  type ContributingFactor,
  type ContributingFactorId,
  EXERCISE_RESTRICTIONS,
  type ExerciseRestriction,
  type Level,
  NEXT_STEPS,
  type NextStep,
  type NextStepId,
  type ObstaclesLevel,
  type PatternKind,
  type Professional,
  type PsoasLikelihood,
  type PsoasPattern,
  type RedFlagResult,
  type RestrictionEntry,
  SCORING_VERSION,
} from './result.js';
export { isComplete, scoreAssessment } from './scoring.js';
export { SOURCE_IDS, SOURCES, type SourceId } from './sources.js';
