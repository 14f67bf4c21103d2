import type { AssessmentResult } from '../assessment/result.js';
import { type Exercise, exerciseById } from '../content/index.js';
import { LANGUAGES, type Localized } from '../i18n.js';
import { addDays, daysBetween, isoWeekday } from '../time/index.js';
import { dailyAdviceFor, sessionsPerWeekOf } from './daily-advice.js';
import { doseAt, estimateSeconds, secondsPerRepOf, TOP_LEVEL } from './dosage.js';
import { isAllowed, type Limits, limitsOf, resolveExercise, supineOffFromWeek } from './eligibility.js';
import { ProgrammeInputError, ProgrammeNotAllowedError } from './errors.js';
import { habitsFor } from './habits.js';
import { easedByWorseDay, type History, type PainLog, painLog, sessionIdFor } from './history.js';
import { preferencesSchema } from './schemas.js';
import type { Block, IsoWeekday, Phase, Preferences, Programme, Session } from './types.js';

/** 2: daily sessions advised not imposed, nothing face down in pregnancy, supine swap from week 13, stop signs, after-birth codes. */
export const GENERATOR_VERSION = 2;
export const PROGRAMME_WEEKS = 6;
export { DAILY_FROM_SITTING_HOURS } from './daily-advice.js';

export const WARM_UP_MIN_SECONDS = 120;
export const WARM_UP_SOFT_MAX_SECONDS = 600;
export const BREATHING_MIN_SECONDS = 180;
export const BREATHING_MAX_SECONDS = 300;
export const SLOW_WALK_COOL_DOWN_SECONDS = 120;

/** Weekdays used when the person gave a number of days but no days: spread with rest between. */
export const DEFAULT_WEEKDAYS: Record<number, IsoWeekday[]> = {
  3: [1, 3, 5],
  4: [1, 2, 4, 6],
  5: [1, 2, 3, 5, 6],
  6: [1, 2, 3, 4, 5, 6],
  7: [1, 2, 3, 4, 5, 6, 7],
};

// In order of preference: the articles' own dosed exercises first, equipment-bound ones later.
const STRETCHES = [
  'kneeling-lunge',
  'seated-psoas-stretch',
  'figure-four-stretch',
  'lizard-pose',
  'thomas-stretch',
  'standing-back-bend',
  'ball-backbend',
];
const STRENGTHENING = [
  'bridge',
  'clamshell',
  'supine-leg-lift',
  'fire-hydrant',
  'forward-lunge',
  'ball-bridge',
  'ball-sit-up',
];
const RELEASE = ['foam-roll-tfl', 'foam-roll-adductors'];

const PHASE_ORDER: Phase[] = ['warm-up', 'release', 'stretch', 'strengthen', 'cool-down'];

const NOTES = {
  warmUp: {
    en: 'Walk at an easy pace, indoors or out, to warm up.',
    es: 'Camina a paso tranquilo, dentro o fuera de casa, para calentar.',
  },
  slowWalk: {
    en: 'Walk slowly and let your breathing settle.',
    es: 'Camina despacio y deja que la respiración se calme.',
  },
  pregnancy: {
    en: 'Done on your side or propped up instead of flat on your back, as advised in pregnancy.',
    es: 'Se hace de lado o semiincorporada en lugar de boca arriba, como se aconseja en el embarazo.',
  },
  pain: {
    en: 'Eased by one step because you reported pain in this exercise.',
    es: 'Se ha suavizado un paso porque indicó dolor en este ejercicio.',
  },
  easier: {
    en: 'An easier version, because the usual one hurt at its lightest dose.',
    es: 'Una versión más sencilla, porque la habitual le dolió incluso con la dosis más suave.',
  },
  worseDay: {
    en: 'Eased by one step after a worse day.',
    es: 'Se ha suavizado un paso tras un día peor.',
  },
  ankleWeights: {
    en: 'Add your ankle weights from now on.',
    es: 'A partir de ahora, ponte las tobilleras con peso.',
  },
  foamCare: {
    en: 'Roll lightly, away from any inflamed area, and stop if it hurts.',
    es: 'Ruede con suavidad, lejos de cualquier zona inflamada, y pare si duele.',
  },
} as const;

const join = (notes: Localized[]): Localized | undefined =>
  notes.length === 0
    ? undefined
    : (Object.fromEntries(LANGUAGES.map((l) => [l, notes.map((n) => n[l]).join(' ')])) as Localized);

const phaseOf = (e: Exercise): Phase =>
  e.purpose === 'strengthen' ? 'strengthen' : e.purpose === 'release' ? 'release' : 'stretch';

interface Pool {
  release: Exercise[];
  stretch: Exercise[];
  strengthen: Exercise[];
  substituted: Set<string>;
  excluded: Map<string, string>;
}

function buildPool(result: AssessmentResult, prefs: Preferences, limits: Limits): Pool {
  const excluded = new Map<string, string>();
  const substituted = new Set<string>();
  const take = (ids: string[]) => {
    const out: Exercise[] = [];
    for (const id of ids) {
      const r = resolveExercise(id, limits, prefs);
      for (const x of r.excluded) if (!excluded.has(x.exerciseId)) excluded.set(x.exerciseId, x.reason);
      if (r.use && !out.some((e) => e.id === r.use?.id)) {
        out.push(r.use);
        if (r.use.id !== id) substituted.add(r.use.id);
      }
    }
    return out;
  };
  const kind = result.pattern.kind;
  return {
    release: take(RELEASE),
    stretch: kind === 'weak' ? [] : take(STRETCHES),
    strengthen: kind === 'tight-short' ? [] : take(STRENGTHENING),
    substituted,
    excluded,
  };
}

/** The person's own days, always: daily sessions are recommended (dailyAdviceFor), not imposed. */
function sessionDates(prefs: Preferences): { date: string; week: number; dayIndex: number }[] {
  const days = prefs.weekdays ?? DEFAULT_WEEKDAYS[prefs.daysPerWeek] ?? DEFAULT_WEEKDAYS[3]!;
  const out: { date: string; week: number; dayIndex: number }[] = [];
  for (let week = 1; week <= PROGRAMME_WEEKS; week++) {
    let dayIndex = 0;
    for (let offset = 0; offset < 7; offset++) {
      const date = addDays(prefs.startDate, (week - 1) * 7 + offset);
      if (days.includes(isoWeekday(date))) out.push({ date, week, dayIndex: dayIndex++ });
    }
  }
  return out;
}

interface Planned {
  exercise: Exercise;
  phase: Phase;
  block: Block;
}

interface Context {
  prefs: Preferences;
  limits: Limits;
  log: PainLog;
  pool: Pool;
  hasAnkleWeights: boolean;
  breathingOk: boolean;
  /** Candidate order for each day of the week (index = session's dayIndex). */
  orders: Exercise[][];
  /** Position of each pooled exercise in the session: phase first, then preference. */
  ranks: Map<string, number>;
}

const rankOf = (ctx: Context, p: Planned) =>
  ctx.ranks.get(p.exercise.id) ?? PHASE_ORDER.indexOf(p.phase) * 100 + 99;

/**
 * Days of the week take turns at the head of each list, so short sessions still cover everything;
 * stretching and strengthening come first, release only fills the room left.
 */
function candidateOrders(pool: Pool): Exercise[][] {
  return [0, 1, 2, 3, 4, 5, 6].map((day) => [
    ...interleave(rotate(pool.stretch, day), rotate(pool.strengthen, day)),
    ...rotate(pool.release, day),
  ]);
}

function ranksOf(pool: Pool): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const phase of ['release', 'stretch', 'strengthen'] as const)
    pool[phase].forEach((e, i) => {
      ranks.set(e.id, PHASE_ORDER.indexOf(phase) * 100 + i);
    });
  return ranks;
}

const baseLevel = (limits: Limits, week: number) => (limits.gentle ? Math.floor((week - 1) / 2) : week - 1);

/**
 * Pain reports in an exercise before `date`, oldest first: each one lowers it a step; one made
 * while it was already at its lightest dose retires it.
 */
function painState(ctx: Context, exerciseId: string, date: string): { steps: number; retired: boolean } {
  let steps = 0;
  for (const reported of ctx.log.byExercise.get(exerciseId) ?? []) {
    if (reported >= date) break;
    const week = Math.min(
      PROGRAMME_WEEKS,
      Math.max(1, Math.floor(daysBetween(ctx.prefs.startDate, reported) / 7) + 1),
    );
    if (baseLevel(ctx.limits, week) - steps <= 0) return { steps, retired: true };
    steps++;
  }
  return { steps, retired: false };
}

/**
 * The exercise to do in place of `exercise` on `date` and its level: a step lower per pain report
 * in it; once retired by pain at its lightest dose, its easier variant, or nothing.
 */
function planExercise(
  ctx: Context,
  exercise: Exercise,
  date: string,
  base: number,
  eased: boolean,
  chain: readonly string[] = [],
): Planned | undefined {
  const { steps: pain, retired } = painState(ctx, exercise.id, date);
  let level = base - pain;
  if (retired) {
    const easier = exercise.easier
      .map((v) => (v.exerciseId ? exerciseById(v.exerciseId) : undefined))
      .find(
        (v): v is Exercise =>
          !!v && v.id !== exercise.id && !chain.includes(v.id) && isAllowed(v, ctx.limits, ctx.prefs),
      );
    if (!easier) return undefined;
    const planned = planExercise(ctx, easier, date, base, eased, [...chain, exercise.id]);
    if (planned)
      planned.block.note = join([NOTES.easier, ...(planned.block.note ? [planned.block.note] : [])]);
    return planned;
  }
  if (eased) level = Math.max(0, level - 1);
  const phase = phaseOf(exercise);
  const dose = doseAt(exercise, phase, Math.min(level, TOP_LEVEL), ctx.hasAnkleWeights);
  const notes: Localized[] = [];
  if (pain > 0) notes.push(NOTES.pain);
  if (eased) notes.push(NOTES.worseDay);
  if (ctx.pool.substituted.has(exercise.id)) notes.push(NOTES.pregnancy);
  if (dose.ankleWeights) notes.push(NOTES.ankleWeights);
  if (phase === 'release' && ctx.limits.foamWithCare) notes.push(NOTES.foamCare);
  const block: Block = {
    exerciseId: exercise.id,
    phase,
    dose,
    estimatedSeconds: estimateSeconds(dose, secondsPerRepOf(exercise)),
  };
  const note = join(notes);
  if (note) block.note = note;
  return { exercise, phase, block };
}

const rotate = <T>(list: T[], by: number): T[] =>
  list.length === 0 ? list : [...list.slice(by % list.length), ...list.slice(0, by % list.length)];

function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

const durationBlock = (exerciseId: string, phase: Phase, seconds: number, note: Localized): Block => ({
  exerciseId,
  phase,
  dose: { sets: 1, durationSeconds: seconds, perSide: false, restSeconds: 0 },
  estimatedSeconds: seconds,
  note,
});

function planSession(ctx: Context, slot: { date: string; week: number; dayIndex: number }): Session {
  const budget = ctx.prefs.minutesPerSession * 60;
  const base = baseLevel(ctx.limits, slot.week);
  const breathingOk = ctx.breathingOk;
  const eased = easedByWorseDay(ctx.log, slot.date);
  const coolMin = breathingOk ? BREATHING_MIN_SECONDS : SLOW_WALK_COOL_DOWN_SECONDS;
  const room = budget - WARM_UP_MIN_SECONDS - coolMin;

  const chosen: Planned[] = [];
  const taken = new Set<string>();
  let used = 0;
  for (const exercise of ctx.orders[slot.dayIndex % ctx.orders.length]!) {
    if (taken.has(exercise.id)) continue;
    const planned = planExercise(ctx, exercise, slot.date, base, eased);
    if (!planned || taken.has(planned.exercise.id)) continue;
    if (used + planned.block.estimatedSeconds > room) continue;
    chosen.push(planned);
    taken.add(planned.exercise.id);
    used += planned.block.estimatedSeconds;
  }
  chosen.sort((a, b) => rankOf(ctx, a) - rankOf(ctx, b));

  // What the exercises leave over goes to walking first, then to a longer breathing cool-down.
  let spare = Math.floor((room - used) / 5) * 5;
  let warmUp = WARM_UP_MIN_SECONDS + Math.min(spare, WARM_UP_SOFT_MAX_SECONDS - WARM_UP_MIN_SECONDS);
  spare -= warmUp - WARM_UP_MIN_SECONDS;
  let cool = coolMin;
  if (breathingOk) {
    const extra = Math.min(spare, BREATHING_MAX_SECONDS - BREATHING_MIN_SECONDS);
    cool += extra;
    spare -= extra;
  }
  warmUp += spare;

  const blocks: Block[] = [
    durationBlock('gentle-walk', 'warm-up', warmUp, NOTES.warmUp),
    ...chosen.map((c) => c.block),
    breathingOk
      ? {
          exerciseId: 'breathing-relaxation',
          phase: 'cool-down',
          dose: { sets: 1, durationSeconds: cool, perSide: false, restSeconds: 0 },
          estimatedSeconds: cool,
        }
      : durationBlock('gentle-walk', 'cool-down', cool, NOTES.slowWalk),
  ];
  const session: Session = {
    id: sessionIdFor(slot.date),
    week: slot.week,
    dayIndex: slot.dayIndex,
    date: slot.date,
    plannedMinutes: ctx.prefs.minutesPerSession,
    estimatedSeconds: blocks.reduce((s, b) => s + b.estimatedSeconds, 0),
    blocks,
  };
  if (ctx.limits.pregnant) session.stopSigns = ['pregnancy'];
  return session;
}

function contextFor(result: AssessmentResult, prefs: Preferences, limits: Limits, log: PainLog): Context {
  const pool = buildPool(result, prefs, limits);
  return {
    prefs,
    limits,
    log,
    pool,
    hasAnkleWeights: prefs.equipment.includes('ankle-weights'),
    breathingOk: isAllowed(exerciseById('breathing-relaxation'), limits, prefs),
    orders: candidateOrders(pool),
    ranks: ranksOf(pool),
  };
}

/**
 * A six-week home programme for an assessment result and the person's preferences; with the
 * history of session results and check-ins, exercises that hurt are eased. Pure and deterministic:
 * the same input gives a deep-equal programme. `assessedOn` is the local date of the assessment,
 * from which the weeks of a pregnancy are counted (the start date when not given). Throws
 * ProgrammeNotAllowedError when the assessment rules self-care out, ProgrammeInputError on
 * unusable preferences.
 */
export function generateProgramme(
  result: AssessmentResult,
  prefs: Preferences,
  history?: History,
  assessmentId: string | null = null,
  assessedOn?: string,
): Programme {
  const reasons = [
    ...(result.selfCareAllowed ? [] : ['self-care-not-allowed']),
    ...result.redFlags
      .filter((f) => f.urgency === 'emergency' || f.urgency.startsWith('urgent'))
      .map((f) => `red-flag:${f.id}`),
    ...result.exerciseRestrictions
      .filter((r) => r.code === 'no-exercise-until-cleared')
      .map((r) => `restriction:${r.code}`),
  ];
  if (reasons.length > 0) throw new ProgrammeNotAllowedError(reasons);
  const parsed = preferencesSchema.safeParse(prefs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProgrammeInputError(issue?.message ?? 'invalid preferences', issue?.path.join('.'));
  }

  // Before the pregnancy reaches week 13 lying on the back is fine; from the programme week in
  // which it does, supine exercises give way to their pregnancy alternatives.
  const offFrom = supineOffFromWeek(result, prefs.startDate, assessedOn ?? prefs.startDate, PROGRAMME_WEEKS);
  const log = painLog(history, result.painNow);
  const early = offFrom === 1 ? undefined : contextFor(result, prefs, limitsOf(result, false), log);
  const late = offFrom === null ? undefined : contextFor(result, prefs, limitsOf(result, true), log);
  const contextOf = (week: number) => (offFrom !== null && week >= offFrom ? late! : early!);
  const sessions = sessionDates(prefs).map((slot) => planSession(contextOf(slot.week), slot));

  const excluded = new Map(early?.pool.excluded ?? []);
  const offDate = addDays(prefs.startDate, ((offFrom ?? 1) - 1) * 7);
  for (const [id, reason] of late?.pool.excluded ?? [])
    if (!excluded.has(id)) excluded.set(id, early ? `${reason};from:${offDate}` : reason);
  // Exercises retired because they hurt even at their lightest dose.
  for (const ctx of [early, late])
    for (const e of ctx ? [...ctx.pool.release, ...ctx.pool.stretch, ...ctx.pool.strengthen] : []) {
      if (!excluded.has(e.id) && painState(ctx!, e.id, '9999-12-31').retired)
        excluded.set(e.id, 'pain-reported');
    }
  const limits = (late ?? early)!.limits;
  const dailyAdvice = dailyAdviceFor(result, sessionsPerWeekOf(prefs));

  return {
    version: GENERATOR_VERSION,
    assessmentId,
    pattern: result.pattern.kind,
    preferences: prefs,
    weeks: PROGRAMME_WEEKS,
    sessions,
    habits: habitsFor(result, limits.pregnant),
    reassessments: [
      { week: 4, date: addDays(prefs.startDate, 4 * 7 - 1) },
      { week: 6, date: addDays(prefs.startDate, 6 * 7 - 1) },
    ],
    excludedExercises: [...excluded].map(([exerciseId, reason]) => ({ exerciseId, reason })),
    ...(dailyAdvice ? { dailyAdvice } : {}),
  };
}
