import type { TFunction } from 'i18next';
import type { Language } from '../../../../domain/i18n.js';
import { exclusionReason } from '../../programme/exclusion-reason.js';

const OWN = new Set([
  'unknown-exercise',
  'not-editable',
  'not-in-programme',
  'already-in-programme',
  'twice-in-edits',
  'dose-not-applicable',
  'dose-out-of-range',
  'pain-reported',
  'weekdays-invalid',
  'review-date-out-of-range',
]);

/** A refusal or exclusion code in words: the review's own, else the generator's (programme page). */
export function reasonText(reason: string, lang: Language, t: TFunction<['review', 'programme']>): string {
  if (OWN.has(reason)) return t(`review:reason.${reason}`);
  return exclusionReason(reason, lang, t as unknown as TFunction);
}
