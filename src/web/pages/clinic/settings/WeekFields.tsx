import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckedField } from './CheckedField.js';
import { weekdayName } from './settings-api.js';
import type { WeekForm } from './use-week-form.js';
import { DAYS, withBreak } from './week-model.js';

/** How a week form names its parts: the clinic "opens" and "closes", a practitioner "starts". */
export interface WeekWords {
  on(day: string): string;
  yes: string;
  no: string;
  start: string;
  startAgain: string;
  end: string;
  breakStarts: string;
}

/**
 * The days of a weekly hours form: per day an on/off switch, its ranges with time inputs (each
 * with its message under it), "Add a break" and "Remove these hours". `note` adds a line under a
 * day's name (a practitioner's form shows the clinic's hours that day).
 */
export function WeekFields<Kind extends string>({
  form,
  words,
  message,
  note,
}: {
  form: WeekForm<Kind>;
  words: WeekWords;
  message(kind: Kind | 'invalid', day: number): string;
  note?(day: number): string;
}) {
  const { t, i18n } = useTranslation('settings');
  const { week, errors, fields, path, change, setTime } = form;
  return (
    <ul className="settings-days">
      {DAYS.map((d) => {
        const day = week[d];
        const name = weekdayName(d, i18n.language);
        const errorAt = (p: string) => {
          const kind = errors[p];
          return kind ? message(kind, d) : null;
        };
        return (
          <li key={d} className="settings-day">
            <div>
              <Switch
                className="settings-switch"
                isSelected={day.open}
                onChange={(open) => change(d, { open })}
                aria-label={words.on(name)}
              >
                <span className="settings-switch-track" aria-hidden="true" />
                <span className="settings-day-name">{name}</span>
                <span className="settings-switch-state">{day.open ? words.yes : words.no}</span>
              </Switch>
              {note && <p className="care-hint settings-day-note">{note(d)}</p>}
            </div>
            {day.open && (
              <div className="settings-ranges">
                {day.ranges.map((r, i) => {
                  const ref = (field: 'start' | 'end') => (el: HTMLInputElement | null) => {
                    if (el) fields.current.set(path(d, i, field), el);
                    else fields.current.delete(path(d, i, field));
                  };
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity but their place
                    <div className="settings-range" key={i}>
                      <CheckedTime
                        label={i === 0 ? words.start : words.startAgain}
                        dayName={name}
                        value={r.start}
                        onChange={(v) => setTime(d, i, 'start', v)}
                        error={errorAt(path(d, i, 'start'))}
                        inputRef={ref('start')}
                      />
                      <CheckedTime
                        label={i === day.ranges.length - 1 ? words.end : words.breakStarts}
                        dayName={name}
                        value={r.end}
                        onChange={(v) => setTime(d, i, 'end', v)}
                        error={errorAt(path(d, i, 'end'))}
                        inputRef={ref('end')}
                      />
                      {day.ranges.length > 1 && (
                        <button
                          type="button"
                          className="button settings-small"
                          onClick={() => change(d, { ranges: day.ranges.filter((_, j) => j !== i) })}
                        >
                          {t('hours.removeRange')}
                          <span className="visually-hidden">
                            {' '}
                            {t('hours.rangeOf', { day: name, from: r.start, to: r.end })}
                          </span>
                        </button>
                      )}
                    </div>
                  );
                })}
                {day.ranges.length < 6 && (
                  <button
                    type="button"
                    className="button settings-small"
                    onClick={() => change(d, { ranges: withBreak(day.ranges) })}
                  >
                    {t('hours.addBreak')}
                    <span className="visually-hidden"> ({name})</span>
                  </button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function CheckedTime({
  label,
  dayName,
  ...rest
}: {
  label: string;
  dayName: string;
  value: string;
  onChange(v: string): void;
  error: string | null;
  inputRef(el: HTMLInputElement | null): void;
}) {
  return (
    <CheckedField
      type="time"
      step={300}
      label={
        <>
          <span className="visually-hidden">{dayName}, </span>
          {label}
        </>
      }
      {...rest}
    />
  );
}
