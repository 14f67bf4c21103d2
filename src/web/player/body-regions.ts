/** Where it hurts, as the "this hurts" form offers it; ids are stored in the session result. */
export const BODY_REGIONS = [
  'lower-back',
  'buttock',
  'hip-left',
  'hip-right',
  'groin',
  'thigh-left',
  'thigh-right',
  'knee',
  'abdomen',
  'other',
] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];
