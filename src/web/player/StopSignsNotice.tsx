import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { emergencyNumbersFor } from '../../domain/assessment/emergency-numbers.js';
import { localize, toLanguage } from '../../domain/i18n.js';
import { STOP_SIGNS, type StopSignSetId } from '../../domain/programme/stop-signs.js';
import { useEmergencyCountry } from '../pages/assessment/EmergencyCall.js';

/**
 * The signs to stop at once and what to do, for every set a session carries (pregnancy). Shown on
 * the programme page and on the player's start screen, so it is read before each session.
 */
export function StopSignsNotice({
  sets,
  headingLevel = 2,
}: {
  sets: readonly StopSignSetId[] | undefined;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation('programme');
  const lang = toLanguage(i18n.language);
  const [country] = useEmergencyCountry();
  const baseId = useId();
  if (!sets?.length) return null;
  const emergency = emergencyNumbersFor(country).emergency;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const GroupHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <>
      {sets.map((id) => {
        const signs = STOP_SIGNS[id];
        const titleId = `${baseId}-${id}`;
        return (
          <section
            key={id}
            className="card warning-card stop-signs"
            aria-labelledby={titleId}
            data-testid={`stop-signs-${id}`}
          >
            <Heading id={titleId}>{localize(signs.title, lang)}</Heading>
            <p>{localize(signs.intro, lang)}</p>
            <div className="stop-groups">
              {signs.groups.map((group, i) => (
                <div key={group.heading.en} className={i === 0 ? 'stop-group urgent' : 'stop-group'}>
                  <GroupHeading>{localize(group.heading, lang)}</GroupHeading>
                  <ul>
                    {group.signs.map((s) => (
                      <li key={s.en}>{localize(s, lang)}</li>
                    ))}
                  </ul>
                  <p className="stop-action">{localize(group.action, lang)}</p>
                  {i === 0 ? (
                    <a className="button call" href={`tel:${emergency}`}>
                      {t('stopSigns.callEmergency', { number: emergency })}
                    </a>
                  ) : null}
                </div>
              ))}
            </div>
            <p className="stop-unsure">{localize(signs.unsure, lang)}</p>
          </section>
        );
      })}
    </>
  );
}
