/** The movement check's clinical rules, each a row in docs/clinical-safety.md §9. */
export const MOVEMENT_RULE_IDS = [
  'movement-no-guess',
  'thomas-level-band',
  'lunge-arching',
  'movement-meaningful-change',
] as const;
