export interface ReassessmentState {
  /** The programme week (4 or 6) whose check has come with no assessment since it. */
  due?: number;
  /** The next check still ahead. */
  next?: { week: number; date: string };
}

/**
 * Whether a reassessment is due: the latest reassessment date already reached (week 4 on its
 * last day, then week 6), unless an assessment was made on or after it.
 */
export function reassessmentState(
  reassessments: readonly { week: number; date: string }[],
  assessmentDates: readonly string[],
  today: string,
): ReassessmentState {
  const sorted = [...reassessments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = [...assessmentDates].sort().at(-1) ?? '';
  const reached = sorted.filter((r) => r.date <= today).at(-1);
  const next = sorted.find((r) => r.date > today);
  return {
    ...(reached && latest < reached.date ? { due: reached.week } : {}),
    ...(next ? { next } : {}),
  };
}
