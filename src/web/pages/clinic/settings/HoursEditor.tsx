import { type FormEvent, useId, useRef, useState } from 'react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  type HoursIssue,
  type HoursIssueKind,
  hoursIssuePath,
  type Weekday,
  weeklyHoursIssues,
} from '../../../../domain/schedule/index.js';
import { ApiError } from '../../../api.js';
import type { ClinicView, TimeRange } from '../../care/care-api.js';
import { CheckedField } from './CheckedField.js';
import { type SaveSettings, weekdayName } from './settings-api.js';

const DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
type Week = Record<Weekday, { open: boolean; ranges: TimeRange[] }>;
/** Field path (`body.openingHours.2.0.end`) → what is wrong with it. */
type Errors = Record<string, HoursIssueKind | 'invalid'>;

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function weekOf(clinic: ClinicView): Week {
  return Object.fromEntries(
    DAYS.map((d) => {
      const ranges = clinic.openingHours[String(d) as '1'] ?? [];
      return [
        d,
        { open: ranges.length > 0, ranges: ranges.length ? ranges : [{ start: '09:00', end: '17:00' }] },
      ];
    }),
  ) as Week;
}

/** Lunch in the middle of the last opening: 09:30–19:00 becomes 09:30–13:30 and 14:30–19:00. */
function withBreak(ranges: TimeRange[]): TimeRange[] {
  const last = ranges[ranges.length - 1];
  if (!last || !/^\d\d:\d\d$/.test(last.start) || !/^\d\d:\d\d$/.test(last.end))
    return [...ranges, { start: '', end: '' }];
  const s = minutes(last.start);
  const e = minutes(last.end);
  if (e - s < 120) return [...ranges, { start: '', end: '' }];
  const mid = Math.round((s + (e - s) / 2 - 30) / 30) * 30;
  return [
    ...ranges.slice(0, -1),
    { start: last.start, end: hhmm(mid) },
    { start: hhmm(mid + 60), end: last.end },
  ];
}

/** The weekly opening hours: per day open or closed, opening and closing times, breaks. */
export function HoursEditor({
  clinic,
  save,
  onSaved,
}: {
  clinic: ClinicView;
  save: SaveSettings;
  onSaved(): Promise<void>;
}) {
  const { t, i18n } = useTranslation('settings');
  const [week, setWeek] = useState<Week>(() => weekOf(clinic));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = useRef(new Map<string, HTMLInputElement>());
  const base = useId();

  const change = (day: Weekday, next: Partial<Week[Weekday]>) => {
    setStatus(null);
    setWeek((w) => ({ ...w, [day]: { ...w[day], ...next } }));
  };
  const setTime = (day: Weekday, index: number, field: 'start' | 'end', value: string) => {
    change(day, { ranges: week[day].ranges.map((r, i) => (i === index ? { ...r, [field]: value } : r)) });
    const path = hoursIssuePath({ day, index, field, kind: 'overlap' });
    if (errors[path]) setErrors(({ [path]: _, ...rest }) => rest);
  };
  const focusFirst = (paths: string[]) => {
    // Fields are in the page in day order, start before end: the first wrong one in that order.
    const first = [...fields.current.keys()].find((k) => paths.includes(k));
    if (first) requestAnimationFrame(() => fields.current.get(first)?.focus());
  };
  const show = (issues: { field: string; kind: HoursIssueKind | 'invalid' }[]) => {
    setErrors(Object.fromEntries(issues.map((i) => [i.field, i.kind])));
    setFailure(t('hours.fixBelow'));
    focusFirst(issues.map((i) => i.field));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    setFailure(null);
    const openingHours = Object.fromEntries(
      DAYS.filter((d) => week[d].open).map((d) => [String(d), week[d].ranges]),
    ) as ClinicView['openingHours'];
    const local: HoursIssue[] = weeklyHoursIssues(
      Object.fromEntries(DAYS.filter((d) => week[d].open).map((d) => [d, week[d].ranges])),
    );
    if (local.length > 0) return show(local.map((i) => ({ field: hoursIssuePath(i), kind: i.kind })));
    try {
      await save('/hours', 'PUT', { openingHours, rules: clinic.rules });
      await onSaved();
      setErrors({});
      setStatus(t('hours.saved'));
    } catch (err) {
      // The server names the field that is wrong; put its message there.
      if (err instanceof ApiError && err.field?.startsWith('body.openingHours.')) {
        const listed = (err.body?.issues as { field: string; kind: HoursIssueKind }[] | undefined) ?? [
          { field: err.field, kind: 'invalid' as const },
        ];
        return show(listed);
      }
      setFailure(t('failed'));
    }
  };

  const message = (path: string) => {
    const kind = errors[path];
    return kind ? t(`hours.issue.${kind}`) : null;
  };

  return (
    <form onSubmit={submit} className="settings-section" aria-labelledby={`${base}-title`} noValidate>
      <h3 id={`${base}-title`}>{t('hours.title')}</h3>
      <p className="care-hint">{t('hours.hint')}</p>
      <ul className="settings-days">
        {DAYS.map((d) => {
          const day = week[d];
          const name = weekdayName(d, i18n.language);
          return (
            <li key={d} className="settings-day">
              <Switch
                className="settings-switch"
                isSelected={day.open}
                onChange={(open) => change(d, { open })}
                aria-label={t('hours.openOn', { day: name })}
              >
                <span className="settings-switch-track" aria-hidden="true" />
                <span className="settings-day-name">{name}</span>
                <span className="settings-switch-state">
                  {day.open ? t('hours.open') : t('hours.closed')}
                </span>
              </Switch>
              {day.open && (
                <div className="settings-ranges">
                  {day.ranges.map((r, i) => {
                    const path = (field: 'start' | 'end') =>
                      hoursIssuePath({ day: d, index: i, field, kind: 'overlap' });
                    const ref = (field: 'start' | 'end') => (el: HTMLInputElement | null) => {
                      if (el) fields.current.set(path(field), el);
                      else fields.current.delete(path(field));
                    };
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity but their place
                      <div className="settings-range" key={i}>
                        <CheckedField
                          type="time"
                          label={
                            <>
                              <span className="visually-hidden">{name}, </span>
                              {i === 0 ? t('hours.opens') : t('hours.opensAgain')}
                            </>
                          }
                          value={r.start}
                          onChange={(v) => setTime(d, i, 'start', v)}
                          error={message(path('start'))}
                          inputRef={ref('start')}
                          step={300}
                        />
                        <CheckedField
                          type="time"
                          label={
                            <>
                              <span className="visually-hidden">{name}, </span>
                              {i === day.ranges.length - 1 ? t('hours.closes') : t('hours.breakStarts')}
                            </>
                          }
                          value={r.end}
                          onChange={(v) => setTime(d, i, 'end', v)}
                          error={message(path('end'))}
                          inputRef={ref('end')}
                          step={300}
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
      <p role="alert" className="care-error">
        {failure ?? ''}
      </p>
      <div className="settings-actions">
        <button type="submit" className="button primary">
          {t('hours.save')}
        </button>
        <p role="status" className="settings-status">
          {status ?? ''}
        </p>
      </div>
    </form>
  );
}
