import type { AnswerValue } from '../../../domain/assessment/index.js';

/** The unfinished form, kept in this browser so a reload or a closed tab loses nothing. */
export interface Draft {
  answers: Record<string, AnswerValue>;
  step: number;
}

const KEY = 'psoas.assessment.draft.v1';

export function loadDraft(): Draft | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.answers !== 'object') return undefined;
    return {
      answers: parsed.answers ?? {},
      step: Number.isInteger(parsed.step) ? (parsed.step as number) : 0,
    };
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: Draft): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, it just will not survive a reload.
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
