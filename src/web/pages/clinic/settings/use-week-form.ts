import { useRef, useState } from 'react';
import { hoursIssuePath, type Weekday } from '../../../../domain/schedule/index.js';
import { ApiError } from '../../../api.js';
import type { Week } from './week-model.js';

/** A wrong field of a week form: its path (`body.openingHours.2.0.end`) and the issue's kind. */
export interface FieldIssue<Kind extends string> {
  field: string;
  kind: Kind | 'invalid';
}

/**
 * The state of a weekly hours form (the clinic's opening hours, a practitioner's working hours):
 * the week, the wrong fields by path under `root`, and the inputs, so the first wrong one in page
 * order takes focus.
 */
export function useWeekForm<Kind extends string>(root: string, initial: () => Week, onEdit: () => void) {
  const [week, setWeek] = useState<Week>(initial);
  const [errors, setErrors] = useState<Record<string, Kind | 'invalid'>>({});
  const fields = useRef(new Map<string, HTMLInputElement>());

  const path = (day: Weekday, index: number, field: 'start' | 'end') =>
    hoursIssuePath({ day, index, field, kind: '' }, root);
  const change = (day: Weekday, next: Partial<Week[Weekday]>) => {
    onEdit();
    setWeek((w) => ({ ...w, [day]: { ...w[day], ...next } }));
  };
  const setTime = (day: Weekday, index: number, field: 'start' | 'end', value: string) => {
    change(day, { ranges: week[day].ranges.map((r, i) => (i === index ? { ...r, [field]: value } : r)) });
    const p = path(day, index, field);
    if (errors[p]) setErrors(({ [p]: _, ...rest }) => rest as typeof errors);
  };
  const show = (issues: FieldIssue<Kind>[]) => {
    setErrors(Object.fromEntries(issues.map((i) => [i.field, i.kind])));
    // Fields are in the page in day order, start before end: the first wrong one in that order.
    const wrong = issues.map((i) => i.field);
    const first = [...fields.current.keys()].find((k) => wrong.includes(k));
    if (first) requestAnimationFrame(() => fields.current.get(first)?.focus());
  };
  /** Another week in the form (another practitioner's), with no messages left from the last. */
  const reset = (next: Week) => {
    setWeek(next);
    setErrors({});
  };
  /** The server's 400 names the wrong fields of this form: true when it did (and they are shown). */
  const showServerIssues = (err: unknown): boolean => {
    if (!(err instanceof ApiError) || !err.field?.startsWith(`${root}.`)) return false;
    const listed = (err.body?.issues as FieldIssue<Kind>[] | undefined) ?? [
      { field: err.field, kind: 'invalid' as const },
    ];
    show(listed);
    return true;
  };
  return { root, week, errors, setErrors, fields, path, change, setTime, show, showServerIssues, reset };
}

export type WeekForm<Kind extends string> = ReturnType<typeof useWeekForm<Kind>>;
