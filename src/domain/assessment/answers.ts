import { type Condition, ITEM_BY_ID, ITEMS, type Item } from './questionnaire.js';

/** One activity of the patient-specific functional scale. */
export interface ActivityRating {
  activity: string;
  /** 0 = unable to do it, 10 = as well as before the problem. */
  score: number;
}

/**
 * An answer as stored: yes-no → boolean, scale/number → number, single → option id,
 * multi → option ids, activities → ratings.
 */
export type AnswerValue = boolean | number | string | string[] | ActivityRating[];

/** Answers keyed by item id. A missing key means "not answered". */
export type Answers = Readonly<Record<string, AnswerValue>>;

function conditionHolds(condition: Condition, answers: Answers): boolean {
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, answers));
  const gate = ITEM_BY_ID.get(condition.item);
  if (!gate || !isVisible(gate, answers)) return false;
  const value = answers[condition.item];
  if (value === undefined) return false;
  if ('equals' in condition) return value === condition.equals;
  if ('includes' in condition)
    return Array.isArray(value) && (value as unknown[]).includes(condition.includes);
  return typeof value === 'string' && condition.anyOf.includes(value);
}

/** Whether the item is asked, given the answers so far (conditions chain through their gates). */
export function isVisible(item: Item, answers: Answers): boolean {
  return item.showIf === undefined || conditionHolds(item.showIf, answers);
}

/**
 * Only the answers to items that exist and are shown. A form keeps answers to items that were
 * later hidden (so going back restores them); scoring and saving use this view.
 */
export function visibleAnswers(answers: Answers): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const item of ITEMS) {
    const value = answers[item.id];
    if (value !== undefined && isVisible(item, answers)) out[item.id] = value;
  }
  return out;
}

// Small typed readers: they return undefined for a missing or mistyped answer, so scoring of a
// partial answer set never throws.
export const yes = (a: Answers, id: string): boolean => a[id] === true;
export const num = (a: Answers, id: string): number | undefined =>
  typeof a[id] === 'number' && Number.isFinite(a[id]) ? (a[id] as number) : undefined;
export const choice = (a: Answers, id: string): string | undefined =>
  typeof a[id] === 'string' ? (a[id] as string) : undefined;
export const choices = (a: Answers, id: string): string[] => {
  const v = a[id];
  return Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === 'string') : [];
};
export const activities = (a: Answers, id: string): ActivityRating[] => {
  const v = a[id];
  return Array.isArray(v)
    ? (v as unknown[]).filter(
        (x): x is ActivityRating =>
          typeof x === 'object' && x !== null && typeof (x as ActivityRating).score === 'number',
      )
    : [];
};
