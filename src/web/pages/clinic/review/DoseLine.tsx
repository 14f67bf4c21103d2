import { useTranslation } from 'react-i18next';
import type { Dose } from '../../../../domain/programme/types.js';

/** A dose in words: "2 sets × 10 repetitions, holding 5 seconds, each side". */
export function DoseLine({ dose }: { dose: Dose }) {
  const { t } = useTranslation('review');
  const parts = [t('doseSets', { count: dose.sets })];
  if (dose.reps !== undefined) parts.push(t('doseReps', { count: dose.reps }));
  if (dose.holdSeconds !== undefined) parts.push(t('doseHold', { count: dose.holdSeconds }));
  if (dose.durationSeconds !== undefined)
    parts.push(t('doseMinutes', { count: Math.round(dose.durationSeconds / 60) }));
  if (dose.perSide) parts.push(t('doseEachSide'));
  return <span className="review-dose-line">{parts.join(' · ')}</span>;
}
