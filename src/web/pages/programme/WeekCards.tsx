import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { exerciseById } from '../../../domain/content/exercises/index.js';
import { formatLocale, type Language } from '../../../domain/i18n.js';
import type { SessionOutcome } from '../../../domain/outcomes/index.js';
import type { StoredProgramme } from '../../../domain/programme/types.js';
import {
  type DayStatus,
  nextWeekChanges,
  type WeekChange,
  weekDays,
} from '../../../domain/programme/week-view.js';
import { formatDate } from './programme-api.js';

/** A status mark a glance reads; the word beside it says the same for everyone. */
const MARK: Record<Exclude<DayStatus, 'rest'>, string> = {
  done: '✓',
  stopped: '!',
  skipped: '–',
  missed: '✗',
  today: '●',
  planned: '○',
};

/** "This week": the week's session days, each done, missed, today or still to come. */
export function ThisWeekCard({
  programme,
  week,
  outcomes,
  today,
  lang,
}: {
  programme: StoredProgramme;
  week: number;
  outcomes: ReadonlyMap<string, SessionOutcome>;
  today: string;
  lang: Language;
}) {
  const { t } = useTranslation('programme');
  const days = weekDays(programme, week, outcomes, today).filter((d) => d.session);
  const doneCount = days.filter((d) => d.status === 'done').length;
  return (
    <section className="card this-week" aria-labelledby="this-week-title" data-testid="this-week">
      <h2 id="this-week-title">
        {t('week.thisWeek')}{' '}
        <span className="subtitle">{t('week.weekOf', { n: week, total: programme.weeks })}</span>
      </h2>
      <p>{t('week.doneOf', { count: doneCount, total: days.length })}</p>
      <ul className="week-days">
        {days.map(({ date, status, session }) => (
          <li
            key={date}
            className={`day day-${status}`}
            aria-current={status === 'today' ? 'date' : undefined}
          >
            <span className="day-mark" aria-hidden="true">
              {MARK[status as Exclude<DayStatus, 'rest'>]}
            </span>
            {status === 'done' ? (
              <span className="day-date">{formatDate(date, lang)}</span>
            ) : (
              <Link className="day-date" href={`/programme/session/${encodeURIComponent(session!.id)}`}>
                {formatDate(date, lang)}
              </Link>
            )}
            <span className="day-status">{t(`week.status.${status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A walk of 160 seconds is said "2 min 40 s", as a person times it. */
function minutesAndSeconds(seconds: number, lang: Language): string {
  const locale = formatLocale(lang);
  const unit = (amount: number, u: 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(amount);
  const m = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? unit(m, 'minute') : `${unit(m, 'minute')} ${unit(rest, 'second')}`;
}

function changeText(c: WeekChange, lang: Language, t: (k: string, o?: Record<string, unknown>) => string) {
  if (c.kind === 'sessions') return t('week.change.sessions', { from: c.from, to: c.to });
  const name = exerciseById(c.exerciseId)?.name[lang] ?? c.exerciseId;
  if (
    (c.kind === 'more' || c.kind === 'less') &&
    c.measure === 'durationSeconds' &&
    Math.max(c.from, c.to) >= 120
  )
    return t('week.change.durationTime', {
      name,
      from: minutesAndSeconds(c.from, lang),
      to: minutesAndSeconds(c.to, lang),
    });
  if (c.kind === 'more' || c.kind === 'less')
    return t(`week.change.${c.measure}`, { name, from: c.from, to: c.to });
  return t(`week.change.${c.kind}`, { name });
}

/** "Next week": what changes, in words (new exercise, more repetitions, a longer hold…). */
export function NextWeekCard({
  programme,
  week,
  lang,
}: {
  programme: StoredProgramme;
  week: number;
  lang: Language;
}) {
  const { t } = useTranslation('programme');
  if (week >= programme.weeks) return null;
  const changes = nextWeekChanges(programme, week);
  return (
    <section className="card next-week" aria-labelledby="next-week-title" data-testid="next-week">
      <h2 id="next-week-title">{t('week.nextWeek')}</h2>
      {changes.length ? (
        <ul>
          {changes.map((c) => (
            <li key={`${c.kind}-${'exerciseId' in c ? c.exerciseId : ''}-${'measure' in c ? c.measure : ''}`}>
              {changeText(c, lang, t)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('week.same')}</p>
      )}
    </section>
  );
}
