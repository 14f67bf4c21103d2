import { type DoseEasing, easingOfBlock } from '../../../../domain/programme/practitioner-dose.js';
import type { DoseChange, ExerciseEdit, PractitionerEdits } from '../../../../domain/programme/review.js';
import type { Block, Session } from '../../../../domain/programme/types.js';

/**
 * The review page keeps one draft: the whole edit set that will be saved. The exercises it shows
 * are those of the coming sessions (already edited by the review in force); these helpers turn a
 * change on one of them into the edit set, keeping one edit per exercise.
 */

export interface ShownExercise {
  exerciseId: string;
  phase: Block['phase'];
  dose: Block['dose'];
  sessions: number;
  /** The edit of the draft that concerns it, if any. */
  edit?: ExerciseEdit;
  /** Set when pain lowers the practitioner's dose on some coming session (practitioner-dose-ceiling). */
  easedFor?: DoseEasing;
}

const isFrame = (b: Block) => b.phase === 'warm-up' || b.phase === 'cool-down';

/** Exercises of the sessions from `fromDate`, in session order, with the first dose seen. */
export function comingExercises(sessions: Session[], fromDate: string): Omit<ShownExercise, 'edit'>[] {
  const out = new Map<string, Omit<ShownExercise, 'edit'>>();
  const loweredDose = new Set<string>();
  for (const s of sessions.filter((x) => x.date >= fromDate))
    for (const b of s.blocks.filter((x) => !isFrame(x))) {
      const seen = out.get(b.exerciseId);
      const easedFor = easingOfBlock(b);
      if (!seen) {
        if (easedFor) loweredDose.add(b.exerciseId);
        out.set(b.exerciseId, {
          exerciseId: b.exerciseId,
          phase: b.phase,
          dose: b.dose,
          sessions: 1,
          ...(easedFor ? { easedFor } : {}),
        });
        continue;
      }
      seen.sessions++;
      // The dose shown (and edited) is the practitioner's own, not one lowered for pain.
      if (loweredDose.has(b.exerciseId) && !easedFor) {
        seen.dose = b.dose;
        loweredDose.delete(b.exerciseId);
      }
      if (easedFor && !seen.easedFor) seen.easedFor = easedFor;
    }
  return [...out.values()];
}

/** The edit that put this exercise where it is, or changes it. */
export const editOf = (edits: PractitionerEdits, exerciseId: string): ExerciseEdit | undefined =>
  edits.exercises.find(
    (e) => (e.kind === 'replace' ? e.by === exerciseId : e.exerciseId === exerciseId) && e.kind !== 'remove',
  );

const without = (edits: PractitionerEdits, edit: ExerciseEdit | undefined): ExerciseEdit[] =>
  edits.exercises.filter((e) => e !== edit);

/** Sets (or clears, with an empty change) the dose and note of a shown exercise. */
export function withChange(
  edits: PractitionerEdits,
  exerciseId: string,
  dose: DoseChange | undefined,
  note: string | undefined,
): PractitionerEdits {
  const current = editOf(edits, exerciseId);
  const clean = dose && Object.keys(dose).length > 0 ? dose : undefined;
  const tidy = note?.trim() ? note.trim() : undefined;
  if (current && current.kind !== 'remove') {
    const next = { ...current, dose: clean, note: tidy } as ExerciseEdit;
    if (next.kind === 'change' && !clean && !tidy) return { ...edits, exercises: without(edits, current) };
    return { ...edits, exercises: edits.exercises.map((e) => (e === current ? next : e)) };
  }
  if (!clean && !tidy) return edits;
  return {
    ...edits,
    exercises: [
      ...edits.exercises,
      { kind: 'change', exerciseId, ...(clean ? { dose: clean } : {}), ...(tidy ? { note: tidy } : {}) },
    ],
  };
}

/** Takes a shown exercise out of the plan. */
export function withRemoved(edits: PractitionerEdits, exerciseId: string): PractitionerEdits {
  const current = editOf(edits, exerciseId);
  const rest = without(edits, current);
  if (current?.kind === 'add') return { ...edits, exercises: rest };
  const original = current?.kind === 'replace' ? current.exerciseId : exerciseId;
  return { ...edits, exercises: [...rest, { kind: 'remove', exerciseId: original }] };
}

/** Swaps a shown exercise for another of the library. */
export function withReplaced(edits: PractitionerEdits, exerciseId: string, by: string): PractitionerEdits {
  const current = editOf(edits, exerciseId);
  const rest = without(edits, current);
  if (current?.kind === 'add') return { ...edits, exercises: [...rest, { kind: 'add', exerciseId: by }] };
  const original = current?.kind === 'replace' ? current.exerciseId : exerciseId;
  return { ...edits, exercises: [...rest, { kind: 'replace', exerciseId: original, by }] };
}

export const withAdded = (edits: PractitionerEdits, exerciseId: string): PractitionerEdits => ({
  ...edits,
  exercises: [...edits.exercises, { kind: 'add', exerciseId }],
});

/** Undoes a removal. */
export const withRestored = (edits: PractitionerEdits, exerciseId: string): PractitionerEdits => ({
  ...edits,
  exercises: edits.exercises.filter((e) => !(e.kind === 'remove' && e.exerciseId === exerciseId)),
});
