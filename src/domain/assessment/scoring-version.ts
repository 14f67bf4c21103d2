/**
 * The version of the scoring rules, stored with every result. Kept apart from `result.ts` (which
 * builds zod schemas) so the browser can score an assessment without loading zod.
 */
export const SCORING_VERSION = '2.0.0';
