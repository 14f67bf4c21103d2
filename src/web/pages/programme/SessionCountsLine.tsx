import { useTranslation } from 'react-i18next';
import type { SessionCounts } from '../../../domain/outcomes/index.js';

/**
 * "So far: 5 of 8 sessions done, 1 skipped, 2 missed", the same words on /programme and
 * /progress, from the same counts (domain sessionCounts), so the two pages never disagree.
 */
export function SessionCountsLine({ counts }: { counts: SessionCounts }) {
  const { t } = useTranslation('programme');
  if (counts.planned === 0) return null;
  const parts = [t('counts.done', { count: counts.done, planned: counts.planned })];
  if (counts.stopped) parts.push(t('counts.stopped', { count: counts.stopped }));
  if (counts.skipped) parts.push(t('counts.skipped', { count: counts.skipped }));
  if (counts.missed) parts.push(t('counts.missed', { count: counts.missed }));
  return (
    <p
      className="session-counts"
      data-testid="session-counts"
      data-done={counts.done}
      data-skipped={counts.skipped}
      data-stopped={counts.stopped}
      data-missed={counts.missed}
      data-planned={counts.planned}
    >
      {parts.join(', ')}.
    </p>
  );
}
