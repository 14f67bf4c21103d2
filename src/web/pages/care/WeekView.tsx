import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, localDate, weekStart as mondayOf } from '../../../domain/time/index.js';
import { type ClinicView, formatDay, formatTime, type Slot } from './care-api.js';

/** A week of free times per day, in the clinic's time zone, with buttons to the weeks around it. */
export function WeekView(props: {
  clinic: ClinicView;
  weekStart: string;
  slots: Slot[] | null;
  chosen: Slot | null;
  onWeek(date: string): void;
  onChoose(slot: Slot): void;
}) {
  const { t, i18n } = useTranslation('care');
  const { clinic, weekStart, slots } = props;
  const today = localDate(new Date(), clinic.timeZone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const byDay = useMemo(() => {
    const m = new Map<string, Slot[]>();
    for (const s of slots ?? []) {
      const d = localDate(s.start, clinic.timeZone);
      // "Any practitioner": one button per time, the first free practitioner takes it.
      const list = m.get(d) ?? [];
      if (!list.some((x) => x.start === s.start)) list.push(s);
      m.set(d, list);
    }
    return m;
  }, [slots, clinic.timeZone]);
  return (
    <section aria-labelledby="week-title" className="care-week">
      <div className="care-week-head">
        <h2 id="week-title">{t('week')}</h2>
        <p>{t('weekOf', { date: formatDay(weekStart, i18n.language) })}</p>
        <div className="care-week-nav">
          <button
            type="button"
            className="button"
            disabled={weekStart <= today}
            onClick={() => props.onWeek(weekStart <= addDays(today, 7) ? today : addDays(weekStart, -7))}
          >
            {t('previousWeek')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => props.onWeek(addDays(mondayOf(weekStart), 7))}
          >
            {t('nextWeek')}
          </button>
        </div>
      </div>
      <p className="care-hint">{t('timesShownIn', { zone: clinic.timeZone })}</p>
      {slots === null ? (
        <p className="loading">{t('loading')}</p>
      ) : slots.length === 0 ? (
        <p>{t('noSlotsWeek')}</p>
      ) : (
        <div className="care-days">
          {days.map((d) => {
            const list = byDay.get(d) ?? [];
            return (
              <section key={d} className="care-day" aria-label={formatDay(d, i18n.language)}>
                <h3>{formatDay(d, i18n.language)}</h3>
                {list.length === 0 ? (
                  <p className="care-hint">{t('noSlots')}</p>
                ) : (
                  <ul className="care-slots">
                    {list.map((s) => (
                      <li key={s.start}>
                        <button
                          type="button"
                          className="care-slot"
                          aria-pressed={props.chosen?.start === s.start}
                          onClick={() => props.onChoose(s)}
                        >
                          {formatTime(s.start, clinic.timeZone, i18n.language)}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
