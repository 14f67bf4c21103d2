import type { AssessmentResult } from '../assessment/result.js';
import { type Exercise, exerciseById } from '../content/index.js';
import { addDays } from '../time/index.js';
import { doseAt, estimateSeconds, secondsPerRepOf, TOP_LEVEL } from './dosage.js';
import { exclusionReason, limitsOf, supineOffFromWeek } from './eligibility.js';
import {
  doseCappedBy,
  EASED_BELOW_PRACTITIONER,
  isLighter,
  joinNotes,
  type PainSince,
  practitionerDoseEasing,
} from './practitioner-dose.js';
import type { Block, Dose, IsoWeekday, Phase, Preferences, Programme, Session } from './types.js';

/**
 * A practitioner's review of a generated programme (docs/programme.md "Practitioner review").
 * The edits are data kept on their own record, so they can be applied again to every programme
 * the generator makes later (after a preference change or a pain report).
 */

/** What a practitioner may set on an exercise: each figure given replaces the generator's. */
export interface DoseChange {
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  /** true: both sides, left then right. */
  perSide?: boolean;
}

export type ExerciseEdit =
  | { kind: 'remove'; exerciseId: string }
  | { kind: 'add'; exerciseId: string; dose?: DoseChange; note?: string }
  | { kind: 'replace'; exerciseId: string; by: string; dose?: DoseChange; note?: string }
  | { kind: 'change'; exerciseId: string; dose?: DoseChange; note?: string };

export interface PractitionerEdits {
  exercises: ExerciseEdit[];
  /** Days of the week for the sessions (frequency); absent: the patient's own days. */
  weekdays?: IsoWeekday[];
  planNote?: string;
  /** 'YYYY-MM-DD', from the day of the review up to a year later. */
  nextReviewDate?: string;
}

export interface PatientContext {
  result: AssessmentResult;
  /** Local date of the assessment (pregnancy weeks count from it). */
  assessedOn: string;
  /** Today where the patient lives: sessions before it are history and never edited. */
  fromDate: string;
  /** Sessions that already have a result: never edited either. */
  doneSessionIds: readonly string[];
  /**
   * The patient's pain log and the day of the review: while pain eases an exercise, the
   * practitioner's dose is a ceiling and the lighter dose wins (practitioner-dose.ts). Absent: no
   * pain recorded.
   */
  pain?: PainSince;
}

export type RefusalReason =
  | 'unknown-exercise'
  | 'not-editable'
  | 'not-in-programme'
  | 'already-in-programme'
  | 'twice-in-edits'
  | 'dose-not-applicable'
  | 'dose-out-of-range'
  | 'pain-reported'
  | 'weekdays-invalid'
  | 'review-date-out-of-range'
  // exclusionReason's codes: contraindication:…, restriction:…, equipment:…
  | `contraindication:${string}`
  | `restriction:${string}`
  | `equipment:${string}`;

export interface EditRefusal {
  /** Index in `edits.exercises`, or -1 for the plan-wide fields. */
  index: number;
  exerciseId: string | null;
  field?: 'weekdays' | 'nextReviewDate' | 'dose';
  reason: RefusalReason;
}

export type EditOutcome = { ok: true; programme: Programme } | { ok: false; refusals: EditRefusal[] };

/** Bounds of a practitioner's dose: wide (a professional decides), but never absurd. */
export const DOSE_BOUNDS = {
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 50 },
  holdSeconds: { min: 5, max: 180 },
} as const;

/** Exercises a practitioner may add, replace or change: the programme's frame (walk, breathing) is not. */
export const isEditableExercise = (e: Exercise): boolean =>
  e.purpose === 'stretch' || e.purpose === 'strengthen' || e.purpose === 'release';

const FRAME_PHASES: readonly Phase[] = ['warm-up', 'cool-down'];
const PHASE_ORDER: Phase[] = ['warm-up', 'release', 'stretch', 'strengthen', 'cool-down'];

export const phaseOfExercise = (e: Exercise): Phase =>
  e.purpose === 'strengthen' ? 'strengthen' : e.purpose === 'release' ? 'release' : 'stretch';

/** The patient's preferences with the practitioner's days, when set. */
export function preferencesUnderReview(
  prefs: Preferences,
  edits: PractitionerEdits | undefined,
): Preferences {
  if (!edits?.weekdays) return prefs;
  const weekdays = [...edits.weekdays].sort((a, b) => a - b);
  return { ...prefs, weekdays, daysPerWeek: weekdays.length };
}

function doseProblem(exercise: Exercise, change: DoseChange | undefined): RefusalReason | undefined {
  if (!change) return undefined;
  const d = exercise.dosage;
  if (change.reps !== undefined && d.kind !== 'reps') return 'dose-not-applicable';
  if (change.holdSeconds !== undefined && !(d.kind === 'hold' || (d.kind === 'reps' && d.holdSeconds)))
    return 'dose-not-applicable';
  if ((change.sets !== undefined || change.perSide !== undefined) && d.kind === 'duration')
    return 'dose-not-applicable';
  for (const key of ['sets', 'reps', 'holdSeconds'] as const) {
    const v = change[key];
    if (v === undefined) continue;
    const b = DOSE_BOUNDS[key];
    if (!Number.isInteger(v) || v < b.min || v > b.max) return 'dose-out-of-range';
  }
  return undefined;
}

function withDose(dose: Dose, change: DoseChange | undefined): Dose {
  if (!change) return dose;
  const next: Dose = { ...dose };
  if (change.sets !== undefined) next.sets = change.sets;
  if (change.reps !== undefined) next.reps = change.reps;
  if (change.holdSeconds !== undefined) next.holdSeconds = change.holdSeconds;
  if (change.perSide !== undefined) next.perSide = change.perSide;
  return next;
}

function blockOf(exercise: Exercise, level: number, hasAnkleWeights: boolean, change?: DoseChange): Block {
  const phase = phaseOfExercise(exercise);
  const dose = withDose(doseAt(exercise, phase, Math.min(TOP_LEVEL, level), hasAnkleWeights), change);
  return {
    exerciseId: exercise.id,
    phase,
    dose,
    estimatedSeconds: estimateSeconds(dose, secondsPerRepOf(exercise)),
  };
}

/**
 * The practitioner's block on a session where pain eases the exercise: no figure above
 * `ceiling` (the generator's eased dose), with the reason in the block's note. Unchanged when
 * nothing eases it or the practitioner's dose is already the lighter.
 */
function easedForPain(block: Block, ceiling: Dose, pain: PainSince | undefined, date: string): Block {
  const easing = practitionerDoseEasing(pain, block.exerciseId, date);
  if (!easing) return block;
  const dose = doseCappedBy(block.dose, ceiling);
  if (!isLighter(dose, block.dose)) return block;
  const exercise = exerciseById(block.exerciseId);
  return {
    ...block,
    dose,
    estimatedSeconds: estimateSeconds(dose, exercise ? secondsPerRepOf(exercise) : 0),
    note: joinNotes(block.note, EASED_BELOW_PRACTITIONER[easing]),
  };
}

function changed(block: Block, change: DoseChange | undefined): Block {
  if (!change) return block;
  const exercise = exerciseById(block.exerciseId);
  const dose = withDose(block.dose, change);
  return {
    ...block,
    dose,
    estimatedSeconds: estimateSeconds(dose, exercise ? secondsPerRepOf(exercise) : 0),
  };
}

/** Inserts a block after the last one of its phase or an earlier one, always before the cool-down. */
function insertByPhase(blocks: Block[], block: Block): Block[] {
  const rank = PHASE_ORDER.indexOf(block.phase);
  let at = 0;
  blocks.forEach((b, i) => {
    if (b.phase !== 'cool-down' && PHASE_ORDER.indexOf(b.phase) <= rank) at = i + 1;
  });
  return [...blocks.slice(0, at), block, ...blocks.slice(at)];
}

/**
 * Applies a practitioner's edits to the sessions still to come (dated from `ctx.fromDate`, with no
 * result yet); past and played sessions stay exactly as they were. Pure and deterministic.
 * Refuses, with every reason at once: an exercise that is unknown or part of the frame (walk,
 * breathing); removing, changing or replacing one the coming sessions do not have; adding one
 * they already have; a dose figure the exercise has no use for or out of bounds; days that are
 * fewer than 3 or repeat; a review date outside the coming year; and, as the generator does, an
 * exercise contraindicated for this patient (or missing their equipment, or retired by pain) on
 * any session it would join. The reason is the generator's own code (exclusionReason).
 */
export function applyPractitionerEdits(
  programme: Programme,
  edits: PractitionerEdits,
  ctx: PatientContext,
): EditOutcome {
  const refusals: EditRefusal[] = [];
  const done = new Set(ctx.doneSessionIds);
  const editable = (s: Session) => s.date >= ctx.fromDate && !done.has(s.id);
  const coming = programme.sessions.filter(editable);
  const present = new Set(coming.flatMap((s) => s.blocks.map((b) => b.exerciseId)));
  const prefs = programme.preferences;
  const offFrom = supineOffFromWeek(ctx.result, prefs.startDate, ctx.assessedOn, programme.weeks);
  const limitsEarly = limitsOf(ctx.result, false);
  const limitsLate = limitsOf(ctx.result, true);
  const limitsFor = (s: Session) => (offFrom !== null && s.week >= offFrom ? limitsLate : limitsEarly);
  const painRetired = new Set(
    programme.excludedExercises.filter((x) => x.reason === 'pain-reported').map((x) => x.exerciseId),
  );
  // Weeks in which the new exercise would be done: every coming week (all weeks when none is left).
  const weeks = coming.length > 0 ? coming : programme.sessions;

  const refuse = (
    index: number,
    exerciseId: string | null,
    reason: RefusalReason,
    field?: EditRefusal['field'],
  ) => refusals.push({ index, exerciseId, reason, ...(field ? { field } : {}) });

  /** Why this exercise cannot join the coming sessions, or undefined. */
  const joinProblem = (exercise: Exercise): RefusalReason | undefined => {
    for (const s of weeks) {
      const reason = exclusionReason(exercise, limitsFor(s), prefs);
      if (reason) return reason as RefusalReason;
    }
    if (painRetired.has(exercise.id)) return 'pain-reported';
    return undefined;
  };

  const touched = new Set<string>();
  type Found = { exerciseId: string; reason: RefusalReason; field?: 'dose' };
  const why = (edit: ExerciseEdit): Found | undefined => {
    const exercise = exerciseById(edit.exerciseId);
    if (!exercise) return { exerciseId: edit.exerciseId, reason: 'unknown-exercise' };
    if (!isEditableExercise(exercise)) return { exerciseId: edit.exerciseId, reason: 'not-editable' };
    if (touched.has(exercise.id)) return { exerciseId: edit.exerciseId, reason: 'twice-in-edits' };
    touched.add(exercise.id);
    if (edit.kind === 'add') {
      if (present.has(exercise.id)) return { exerciseId: edit.exerciseId, reason: 'already-in-programme' };
      const problem = joinProblem(exercise);
      if (problem) return { exerciseId: edit.exerciseId, reason: problem };
      const dose = doseProblem(exercise, edit.dose);
      if (dose) return { exerciseId: edit.exerciseId, reason: dose, field: 'dose' };
      return undefined;
    }
    if (!present.has(exercise.id)) return { exerciseId: edit.exerciseId, reason: 'not-in-programme' };
    if (edit.kind === 'replace') {
      const by = exerciseById(edit.by);
      if (!by) return { exerciseId: edit.by, reason: 'unknown-exercise' };
      if (!isEditableExercise(by)) return { exerciseId: edit.by, reason: 'not-editable' };
      if (touched.has(by.id)) return { exerciseId: edit.by, reason: 'twice-in-edits' };
      touched.add(by.id);
      if (present.has(by.id)) return { exerciseId: edit.by, reason: 'already-in-programme' };
      const problem = joinProblem(by);
      if (problem) return { exerciseId: edit.by, reason: problem };
      const dose = doseProblem(by, edit.dose);
      if (dose) return { exerciseId: edit.by, reason: dose, field: 'dose' };
      return undefined;
    }
    if (edit.kind === 'change') {
      const dose = doseProblem(exercise, edit.dose);
      if (dose) return { exerciseId: edit.exerciseId, reason: dose, field: 'dose' };
    }
    return undefined;
  };
  edits.exercises.forEach((edit, index) => {
    const found = why(edit);
    if (found) refuse(index, found.exerciseId, found.reason, found.field);
  });
  if (edits.weekdays) {
    const w = edits.weekdays;
    if (
      w.length < 3 ||
      w.length > 7 ||
      new Set(w).size !== w.length ||
      w.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
    )
      refuse(-1, null, 'weekdays-invalid', 'weekdays');
  }
  if (edits.nextReviewDate !== undefined) {
    const d = edits.nextReviewDate;
    if (d < ctx.fromDate || d > addDays(ctx.fromDate, 366))
      refuse(-1, null, 'review-date-out-of-range', 'nextReviewDate');
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const level = (s: Session) =>
    limitsFor(s).gentle ? Math.floor((s.week - 1) / 2) : Math.max(0, s.week - 1);
  const ankle = prefs.equipment.includes('ankle-weights');
  // What the generator would give an exercise it eases on this session: one step down.
  const easedDose = (exercise: Exercise, s: Session) =>
    doseAt(exercise, phaseOfExercise(exercise), Math.max(0, Math.min(TOP_LEVEL, level(s)) - 1), ankle);
  const added = (exercise: Exercise, s: Session, change: DoseChange | undefined) =>
    easedForPain(blockOf(exercise, level(s), ankle, change), easedDose(exercise, s), ctx.pain, s.date);
  const sessions = programme.sessions.map((session) => {
    if (!editable(session)) return session;
    let blocks = session.blocks;
    for (const edit of edits.exercises) {
      const has = blocks.some((b) => b.exerciseId === edit.exerciseId && !FRAME_PHASES.includes(b.phase));
      switch (edit.kind) {
        case 'remove':
          blocks = blocks.filter((b) => b.exerciseId !== edit.exerciseId || FRAME_PHASES.includes(b.phase));
          break;
        case 'change':
          // The generator's own block is already eased for pain: it is the ceiling.
          blocks = blocks.map((b) =>
            b.exerciseId === edit.exerciseId
              ? easedForPain(changed(b, edit.dose), b.dose, ctx.pain, session.date)
              : b,
          );
          break;
        case 'replace': {
          if (!has) break;
          const by = exerciseById(edit.by)!;
          blocks = blocks.filter((b) => b.exerciseId !== edit.exerciseId);
          blocks = insertByPhase(blocks, added(by, session, edit.dose));
          break;
        }
        case 'add':
          blocks = insertByPhase(blocks, added(exerciseById(edit.exerciseId)!, session, edit.dose));
          break;
      }
    }
    if (blocks === session.blocks) return session;
    return { ...session, blocks, estimatedSeconds: blocks.reduce((sum, b) => sum + b.estimatedSeconds, 0) };
  });
  const gone = new Set(
    edits.exercises.flatMap((e) => (e.kind === 'remove' || e.kind === 'replace' ? [e.exerciseId] : [])),
  );
  const excludedExercises = [
    ...programme.excludedExercises.filter((x) => !gone.has(x.exerciseId)),
    ...[...gone].map((exerciseId) => ({ exerciseId, reason: 'practitioner-removed' })),
  ];
  return { ok: true, programme: { ...programme, sessions, excludedExercises } };
}

/**
 * The edits applied to a newly generated programme: edits that no longer fit (the exercise is gone,
 * retired by pain, or now contraindicated) are left out rather than forced; the rest apply.
 * Returns the programme and the edits that were left out.
 */
export function reapplyPractitionerEdits(
  programme: Programme,
  edits: PractitionerEdits,
  ctx: PatientContext,
): { programme: Programme; leftOut: EditRefusal[] } {
  let current: PractitionerEdits = edits;
  const leftOut: EditRefusal[] = [];
  // Each round drops what was refused; at most one round per edit plus the plan-wide fields.
  for (let round = 0; round <= edits.exercises.length + 2; round++) {
    const outcome = applyPractitionerEdits(programme, current, ctx);
    if (outcome.ok) return { programme: outcome.programme, leftOut };
    const badIndexes = new Set(outcome.refusals.map((r) => r.index));
    leftOut.push(...outcome.refusals);
    const next: PractitionerEdits = {
      ...current,
      exercises: current.exercises.filter((_, i) => !badIndexes.has(i)),
    };
    if (outcome.refusals.some((r) => r.field === 'weekdays')) delete next.weekdays;
    if (outcome.refusals.some((r) => r.field === 'nextReviewDate')) delete next.nextReviewDate;
    current = next;
  }
  return { programme, leftOut };
}
