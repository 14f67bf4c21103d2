import type { DoseChange, PractitionerEdits } from '../programme/review.js';
import type { ProgrammeReviewRecord } from './fhir-activity.js';

/**
 * A practitioner's stored edits as the patient's export tells them (FHIR CarePlan notes): each
 * change in a plain line, the notes as written. Pure.
 */
const doseText = (d: DoseChange | undefined): string => {
  if (!d) return '';
  const parts = [
    d.sets !== undefined ? `${d.sets} sets` : '',
    d.reps !== undefined ? `${d.reps} reps` : '',
    d.holdSeconds !== undefined ? `hold ${d.holdSeconds} s` : '',
    d.perSide !== undefined ? (d.perSide ? 'each side' : 'not per side') : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

export function reviewRecordOf(
  edits: PractitionerEdits,
  meta: { reviewerName: string; clinicName: string | null; reviewedAt: string },
): ProgrammeReviewRecord {
  const changes = edits.exercises.map((e) =>
    e.kind === 'remove'
      ? `Removed ${e.exerciseId}`
      : e.kind === 'add'
        ? `Added ${e.exerciseId}${doseText(e.dose)}`
        : e.kind === 'replace'
          ? `Replaced ${e.exerciseId} by ${e.by}${doseText(e.dose)}`
          : `Changed ${e.exerciseId}${doseText(e.dose)}`,
  );
  if (edits.weekdays) changes.push(`Days (ISO weekdays): ${edits.weekdays.join(', ')}`);
  return {
    ...meta,
    planNote: edits.planNote ?? null,
    nextReviewDate: edits.nextReviewDate ?? null,
    changes,
    exerciseNotes: edits.exercises.flatMap((e) =>
      e.kind !== 'remove' && e.note
        ? [{ exerciseId: e.kind === 'replace' ? e.by : e.exerciseId, note: e.note }]
        : [],
    ),
  };
}
