import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { PSOAS_COLOURS } from './palette.js';

/** What the colours of the psoas line mean. */
export function PsoasLegend() {
  const { t } = useTranslation('figure');
  return (
    <ul className="figure-legend" aria-label={t('legend.label')}>
      {(['lengthened', 'shortened', 'neutral'] as const).map((state) => (
        <li key={state} style={{ '--swatch': PSOAS_COLOURS[state] } as CSSProperties}>
          {t(`legend.${state}`)}
        </li>
      ))}
    </ul>
  );
}
