import { useTranslation } from 'react-i18next';
import { addDays } from '../../../domain/time/index.js';
import { formatDayShort, formatMonth } from './care-api.js';

/** How many days the strip shows at once: two weeks fit a phone's width in two rows of seven. */
export const DAYS_SHOWN = 14;

/**
 * A strip of days with how many free times each has; a day without any cannot be chosen. The
 * person picks a day first, so the times below are one day's, not a week's hundred buttons.
 */
export function DayPicker(props: {
  from: string;
  today: string;
  day: string | null;
  counts: Map<string, number> | null;
  onDay(day: string): void;
  onFrom(from: string): void;
}) {
  const { t, i18n } = useTranslation('care');
  const days = Array.from({ length: DAYS_SHOWN }, (_, i) => addDays(props.from, i));
  const last = days[days.length - 1] ?? props.from;
  return (
    <section aria-labelledby="day-title" className="care-daypicker">
      <div className="care-daypicker-head">
        <h2 id="day-title" className="care-step">
          {t('stepDay')}
        </h2>
        <p className="care-hint" aria-live="polite">
          {formatMonth(props.from, last, i18n.language)}
        </p>
      </div>
      <div className="care-daypicker-row">
        <button
          type="button"
          className="care-shift"
          disabled={props.from <= props.today}
          aria-label={t('earlierDays')}
          onClick={() => {
            const back = addDays(props.from, -DAYS_SHOWN);
            props.onFrom(back < props.today ? props.today : back);
          }}
        >
          ‹
        </button>
        <ul className="care-dayslist">
          {days.map((d) => {
            const n = props.counts?.get(d) ?? 0;
            const label = formatDayShort(d, i18n.language);
            return (
              <li key={d}>
                <button
                  type="button"
                  className="care-daybutton"
                  aria-pressed={props.day === d}
                  disabled={props.counts === null || n === 0}
                  aria-label={`${label.long}: ${n === 0 ? t('dayFull') : t('dayFree', { count: n })}`}
                  onClick={() => props.onDay(d)}
                >
                  <span className="care-dayname">{label.weekday}</span>
                  <span className="care-daynum">{label.day}</span>
                  <span className="care-daycount" aria-hidden="true">
                    {n === 0 ? '–' : '●'}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className="care-shift"
          aria-label={t('laterDays')}
          onClick={() => props.onFrom(addDays(props.from, DAYS_SHOWN))}
        >
          ›
        </button>
      </div>
    </section>
  );
}
