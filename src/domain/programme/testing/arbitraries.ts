import fc from 'fast-check';
import {
  type Answers,
  type AnswerValue,
  type AssessmentResult,
  assessmentResultSchema,
  EXERCISE_RESTRICTIONS,
  type ExerciseRestriction,
  ITEMS,
  type Item,
  RED_FLAG_IDS,
  SCORING_VERSION,
  scoreAssessment,
  URGENCIES,
} from '../../assessment/index.js';
import { EXERCISE_IDS } from '../../content/exercise-ids.js';
import { LANGUAGES } from '../../i18n.js';
import { addDays } from '../../time/index.js';
import type { History } from '../history.js';
import { PROGRAMME_EQUIPMENT } from '../schemas.js';
import type { IsoWeekday, Preferences, SessionResult } from '../types.js';

const basis = { answers: [], sources: ['article-003' as const], text: { en: 'x', es: 'y' } };

export interface ResultShape {
  selfCareAllowed: boolean;
  redFlags: { id: (typeof RED_FLAG_IDS)[number]; urgency: (typeof URGENCIES)[number] }[];
  pattern: AssessmentResult['pattern']['kind'];
  restrictions: ExerciseRestriction[];
  sittingHoursPerDay: number | null;
  pregnancyWeeks: number | null;
  painNow: number | null;
}

/** A full, schema-valid assessment result around the fields the generator reads. */
/**
 * A practitioner's example patient: back and hip pattern, no red flag, 2 hours' sitting, pain 3,
 * with every piece of equipment, three 30-minute sessions a week from Monday 2 March 2026.
 */
export const reviewShape: ResultShape = {
  selfCareAllowed: true,
  redFlags: [],
  pattern: 'both',
  restrictions: [],
  sittingHoursPerDay: 2,
  pregnancyWeeks: null,
  painNow: 3,
};
export const reviewPreferences: Preferences = {
  minutesPerSession: 30,
  daysPerWeek: 3,
  equipment: ['mat', 'chair', 'foam-roller', 'table', 'exercise-ball'],
  startDate: '2026-03-02',
  timeZone: 'Europe/Madrid',
  language: 'en',
};

export function resultFrom(shape: ResultShape): AssessmentResult {
  const flags = shape.redFlags.map((f) => ({
    id: f.id,
    condition: 'cancer' as const,
    urgency: f.urgency,
    advice: { en: 'See a doctor.', es: 'Vea a un médico.' },
    answers: ['q'],
    sources: ['nice-ng59' as const],
  }));
  const rank = ['routine-referral', 'urgent-days', 'urgent-same-day', 'emergency'] as const;
  const highest = flags.reduce<AssessmentResult['highestUrgency']>(
    (top, f) => (top === 'none' || rank.indexOf(f.urgency) > rank.indexOf(top as never) ? f.urgency : top),
    'none',
  );
  return assessmentResultSchema.parse({
    scoringVersion: SCORING_VERSION,
    complete: true,
    redFlags: flags,
    highestUrgency: highest,
    selfCareAllowed: shape.selfCareAllowed,
    psoasLikelihood: { level: 'moderate', points: 3, because: basis },
    pattern: { kind: shape.pattern, confidence: 'moderate', tightPoints: 1, weakPoints: 1, because: basis },
    contributingFactors: [],
    obstacles: { level: 'low', score: 2, answered: 5, meaning: { en: 'a', es: 'b' }, because: basis },
    exerciseRestrictions: shape.restrictions.map((code) => ({ code, because: basis })),
    painNow: shape.painNow,
    painWorstWeek: null,
    functionScore: null,
    sittingHoursPerDay: shape.sittingHoursPerDay,
    pregnancyWeeks: shape.pregnancyWeeks,
    nextSteps: [],
    explanations: [],
  });
}

const pregnancyCodes = (weeks: number | null): ExerciseRestriction[] =>
  weeks === null
    ? []
    : weeks >= 28
      ? ['pregnancy-third-trimester', 'no-long-supine']
      : weeks >= 14
        ? ['pregnancy-second-trimester', 'no-long-supine']
        : ['pregnancy-first-trimester'];

const OTHER_RESTRICTIONS = EXERCISE_RESTRICTIONS.filter(
  (c) => !c.startsWith('pregnancy-') && c !== 'no-long-supine' && c !== 'no-exercise-until-cleared',
);

/** Results that allow self-care: no urgent flag, restrictions consistent with the pregnancy weeks. */
export const allowedResults: fc.Arbitrary<AssessmentResult> = fc
  .record({
    pattern: fc.constantFrom('tight-short', 'weak', 'both', 'unclear' as const),
    restrictions: fc.subarray(OTHER_RESTRICTIONS),
    sittingHoursPerDay: fc.option(fc.integer({ min: 0, max: 16 }), { nil: null }),
    pregnancyWeeks: fc.option(fc.integer({ min: 1, max: 42 }), { nil: null, freq: 2 }),
    painNow: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    routineFlag: fc.boolean(),
  })
  .map((r) =>
    resultFrom({
      selfCareAllowed: true,
      redFlags: r.routineFlag ? [{ id: 'inflammatory-back-pain', urgency: 'routine-referral' }] : [],
      pattern: r.pattern,
      restrictions: [...pregnancyCodes(r.pregnancyWeeks), ...r.restrictions],
      sittingHoursPerDay: r.sittingHoursPerDay,
      pregnancyWeeks: r.pregnancyWeeks,
      painNow: r.painNow,
    }),
  );

/** Results with an emergency or urgent red flag: self-care is not allowed. */
export const redFlagResults: fc.Arbitrary<AssessmentResult> = fc
  .record({
    flags: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...RED_FLAG_IDS),
        urgency: fc.constantFrom(...URGENCIES.filter((u) => u !== 'routine-referral')),
      }),
      { minLength: 1, maxLength: 3, selector: (f) => f.id },
    ),
    pattern: fc.constantFrom('tight-short', 'weak', 'both', 'unclear' as const),
  })
  .map((r) =>
    resultFrom({
      selfCareAllowed: false,
      redFlags: r.flags,
      pattern: r.pattern,
      restrictions: ['no-exercise-until-cleared'],
      sittingHoursPerDay: 2,
      pregnancyWeeks: null,
      painNow: 4,
    }),
  );

const ZONES = ['Europe/Madrid', 'America/New_York', 'UTC', 'Australia/Sydney', 'America/Mexico_City'];

export const preferences: fc.Arbitrary<Preferences> = fc.record(
  {
    minutesPerSession: fc.integer({ min: 10, max: 60 }),
    daysPerWeek: fc.integer({ min: 3, max: 7 }),
    weekdays: fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[], { minLength: 3 }),
    equipment: fc.subarray([...PROGRAMME_EQUIPMENT]),
    startDate: fc.integer({ min: 0, max: 365 * 6 }).map((d) => addDays('2025-01-01', d)),
    timeZone: fc.constantFrom(...ZONES),
    language: fc.constantFrom(...LANGUAGES),
  },
  { requiredKeys: ['minutesPerSession', 'daysPerWeek', 'equipment', 'startDate', 'timeZone', 'language'] },
);

/** Session results and check-ins over the programme's six weeks, some reporting pain. */
export function histories(startDate: string): fc.Arbitrary<History> {
  const day = fc.integer({ min: 0, max: 41 }).map((d) => addDays(startDate, d));
  const result: fc.Arbitrary<SessionResult> = fc.record({
    clientId: fc.uuid(),
    sessionId: day.map((d) => `s-${d}`),
    completedAt: day.map((d) => `${d}T18:00:00Z`),
    blocks: fc.array(
      fc.record(
        {
          exerciseId: fc.constantFrom(...EXERCISE_IDS),
          completed: fc.boolean(),
          pain: fc.record({ where: fc.constant('hip'), level: fc.integer({ min: 1, max: 10 }) }),
        },
        { requiredKeys: ['exerciseId', 'completed'] },
      ),
      { maxLength: 4 },
    ),
    effort: fc.integer({ min: 0, max: 10 }),
    painNow: fc.integer({ min: 0, max: 10 }),
  });
  return fc.record({
    results: fc.array(result, { maxLength: 8 }),
    checkins: fc.array(fc.record({ date: day, painNow: fc.integer({ min: 0, max: 10 }) }), { maxLength: 5 }),
  });
}

/** Any valid answer to an item; yes/no leans to "no" so that most answer sets allow self-care. */
function answerTo(item: Item): fc.Arbitrary<AnswerValue> {
  switch (item.type) {
    case 'yes-no':
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(true) },
        { weight: 20, arbitrary: fc.constant(false) },
      );
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
        fc.record({ activity: fc.constant('Walking'), score: fc.integer({ min: 0, max: 10 }) }),
        {
          minLength: 1,
          maxLength: 3,
        },
      );
  }
}

/** Whole questionnaires answered at random, scored by the real scoring. */
export const scoredResults: fc.Arbitrary<AssessmentResult> = fc
  .tuple(...ITEMS.map((i) => answerTo(i)))
  .map((values) =>
    scoreAssessment(Object.fromEntries(ITEMS.map((item, k) => [item.id, values[k]!])) as Answers),
  );

/**
 * Whole questionnaires of pregnant people (any week, no warning sign, not told to avoid exercise),
 * every other item answered at random, scored by the real scoring.
 */
export const pregnantQuestionnaires: fc.Arbitrary<AssessmentResult> = fc
  .tuple(fc.tuple(...ITEMS.map((i) => answerTo(i))), fc.integer({ min: 1, max: 42 }))
  .map(([values, weeks]) =>
    scoreAssessment({
      ...(Object.fromEntries(ITEMS.map((item, k) => [item.id, values[k]!])) as Answers),
      pregnant: true,
      'pregnancy-weeks': weeks,
      'pregnancy-told-not-to-exercise': false,
      'pregnancy-warning-signs': ['none'],
    }),
  );

/** The local date of the assessment: the start date or up to ten weeks before it. */
export const assessedBefore = (startDate: string): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: 70 }).map((d) => addDays(startDate, -d));
