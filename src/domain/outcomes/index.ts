/**
 * Outcomes: daily check-ins, adherence, weekly summaries and changes judged against the smallest
 * change that matters, with plain-language sentences in English and Spanish. Pure; see
 * docs/tracking.md.
 */
export * from './adherence.js';
export * from './change.js';
export * from './checkin.js';
export * from './csv.js';
export * from './dosage-series.js';
export * from './reassessment.js';
export * from './session-outcome.js';
export * from './weekly.js';
export * from './words.js';
