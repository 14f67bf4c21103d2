import { useTranslation } from 'react-i18next';
import { wallClock } from '../../../domain/time/index.js';
import { formatDay, formatTime, type Slot } from './care-api.js';

const PARTS = [
  { key: 'morning', until: 12 },
  { key: 'afternoon', until: 17 },
  { key: 'evening', until: 24 },
] as const;

const hourIn = (instant: string, timeZone: string) => wallClock(instant, timeZone).getUTCHours();

/** The free times of one day, grouped into morning, afternoon and evening. */
export function DayTimes(props: {
  day: string;
  timeZone: string;
  slots: Slot[];
  chosen: Slot | null;
  onChoose(slot: Slot): void;
}) {
  const { t, i18n } = useTranslation('care');
  let from = 0;
  const groups = PARTS.map((part) => {
    const lower = from;
    from = part.until;
    return {
      key: part.key,
      slots: props.slots.filter((s) => {
        const h = hourIn(s.start, props.timeZone);
        return h >= lower && h < part.until;
      }),
    };
  }).filter((g) => g.slots.length > 0);
  return (
    <section aria-labelledby="times-title" className="care-times">
      <h2 id="times-title" className="care-step">
        {t('stepTime', { day: formatDay(props.day, i18n.language) })}
      </h2>
      {groups.map((g) => (
        <div key={g.key} className="care-timegroup">
          <h3>{t(`part.${g.key}`)}</h3>
          <ul className="care-slots">
            {g.slots.map((s) => (
              <li key={s.start}>
                <button
                  type="button"
                  className="care-slot"
                  aria-pressed={props.chosen?.start === s.start}
                  onClick={() => props.onChoose(s)}
                >
                  {formatTime(s.start, props.timeZone, i18n.language)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="care-hint">{t('timesShownIn', { zone: props.timeZone })}</p>
    </section>
  );
}
