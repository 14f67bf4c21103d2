import type { patientReviewSchema } from '../../../contract/programme-review.js';
import { api } from '../../api.js';
import type { PractitionerNotes } from '../../player/PractitionerNote.js';

/** The review in force as the player needs it; undefined when none, or offline (the player plays on). */
export async function loadPractitionerNotes(programmeId: string): Promise<PractitionerNotes | undefined> {
  try {
    const { review } = await api<typeof patientReviewSchema>(
      `/api/programmes/${encodeURIComponent(programmeId)}/review`,
    );
    return review ? { reviewerName: review.reviewerName, notes: review.exerciseNotes } : undefined;
  } catch {
    return undefined;
  }
}
