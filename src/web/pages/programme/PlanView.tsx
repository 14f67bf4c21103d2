import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { exerciseById } from '../../../domain/content/exercises/index.js';
import { toLanguage } from '../../../domain/i18n.js';
import { outcomesBySession, sessionCounts } from '../../../domain/outcomes/index.js';
import type { Session, SessionResult, StoredProgramme } from '../../../domain/programme/types.js';
import { weekOf } from '../../../domain/programme/week-view.js';
import { unfinishedSessions } from '../../offline/session-progress.js';
import { StopSignsNotice } from '../../player/StopSignsNotice.js';
import { DailyAdviceCard } from './DailyAdviceCard.js';
import { exclusionReason } from './exclusion-reason.js';
import { formatDate, todayLocal } from './programme-api.js';
import { SessionCountsLine } from './SessionCountsLine.js';
import { NextWeekCard, ThisWeekCard } from './WeekCards.js';

/**
 * The plan as a person thinks of it: today's (or the next) session first, then this week's days,
 * what changes next week, and the whole six weeks folded away; habits and check-ins after.
 */
export function PlanView({
  programme,
  results,
  onChanged,
  afterToday,
}: {
  programme: StoredProgramme;
  results: SessionResult[];
  /** Called with the replanned programme when the person takes the daily recommendation. */
  onChanged: (p: StoredProgramme) => void;
  /** Shown right after today's session (the practitioner's review): today comes first. */
  afterToday?: ReactNode;
}) {
  const { t, i18n } = useTranslation('programme');
  const lang = toLanguage(i18n.language);
  const today = todayLocal();
  const outcomes = outcomesBySession(results);
  const badge = (id: string) => {
    const o = outcomes.get(id);
    return o ? ` · ${t(`plan.outcome.${o}`)}` : '';
  };
  const counts = sessionCounts(programme.sessions, results, today);
  const todays = programme.sessions.find((s) => s.date === today);
  const next = todays ?? programme.sessions.find((s) => s.date > today && outcomes.get(s.id) !== 'done');
  // A session started on this device and not saved yet: offered first, so nothing done is lost.
  const unfinished = unfinishedSessions(programme.id).find(
    (k) => outcomes.get(k.sessionId) === undefined && programme.sessions.some((s) => s.id === k.sessionId),
  );
  const unfinishedSession = unfinished && programme.sessions.find((s) => s.id === unfinished.sessionId);
  const weeks = Array.from({ length: programme.weeks }, (_, i) => i + 1);
  const week = weekOf(programme, today);
  const { habits } = programme;
  const minutes = (s: Session) => Math.round(s.estimatedSeconds / 60);
  const stopSigns = [...new Set(programme.sessions.flatMap((s) => s.stopSigns ?? []))];

  return (
    <>
      {unfinishedSession ? (
        <section className="card unfinished" aria-labelledby="unfinished-title">
          <h2 id="unfinished-title">{t('plan.unfinished')}</h2>
          <p>
            {formatDate(unfinishedSession.date, lang, true)} ·{' '}
            {unfinished.nextBlock >= unfinishedSession.blocks.length
              ? t('plan.unfinishedRate')
              : t('plan.unfinishedAt', {
                  n: unfinished.nextBlock + 1,
                  total: unfinishedSession.blocks.length,
                })}
          </p>
          <Link
            href={`/programme/session/${encodeURIComponent(unfinishedSession.id)}`}
            className="button primary"
          >
            {t('plan.unfinishedContinue')}
          </Link>
        </section>
      ) : null}
      <section className="card today" aria-labelledby="today-title">
        <h2 id="today-title">{todays ? t('plan.today') : t('plan.next')}</h2>
        {next ? (
          <>
            <p>
              {formatDate(next.date, lang, true)} ·{' '}
              {t('plan.sessionSummary', { count: next.blocks.length, minutes: minutes(next) })}
              {badge(next.id)}
            </p>
            <ul className="exercise-names">
              {next.blocks.map((b, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: an exercise may appear twice in a session
                <li key={i}>{exerciseById(b.exerciseId)?.name[lang] ?? b.exerciseId}</li>
              ))}
            </ul>
            <Link href={`/programme/session/${encodeURIComponent(next.id)}`} className="button primary">
              {todays ? t('plan.startToday') : t('plan.startNext')}
            </Link>
          </>
        ) : (
          <p>{t('plan.finished')}</p>
        )}
      </section>

      <StopSignsNotice sets={stopSigns} />
      {afterToday}
      <ThisWeekCard programme={programme} week={week} outcomes={outcomes} today={today} lang={lang} />
      <SessionCountsLine counts={counts} />
      <NextWeekCard programme={programme} week={week} lang={lang} />
      <DailyAdviceCard programme={programme} onChanged={onChanged} />

      {/* Every session of every week, for those who want the whole plan; folded by default. */}
      <section className="card" aria-labelledby="weeks-title">
        <h2 id="weeks-title">{t('plan.title', { weeks: programme.weeks })}</h2>
        <p className="hint">{t(`patternPlan.${programme.pattern}`)}</p>
        <details className="all-weeks">
          <summary>{t('plan.showAll', { count: programme.sessions.length })}</summary>
          <div className="weeks">
            {weeks.map((week) => (
              <section key={week} className="card week" aria-labelledby={`week-${week}`}>
                <h3 id={`week-${week}`}>{t('plan.weekN', { n: week })}</h3>
                <ul className="sessions">
                  {programme.sessions
                    .filter((s) => s.week === week)
                    .map((s) => (
                      <li
                        key={s.id}
                        className={s.date === today ? 'session is-today' : 'session'}
                        aria-current={s.date === today ? 'date' : undefined}
                      >
                        <Link href={`/programme/session/${encodeURIComponent(s.id)}`}>
                          {formatDate(s.date, lang)}
                        </Link>{' '}
                        <span className="session-meta">
                          {t('plan.minutes', { count: minutes(s) })}
                          {s.date === today ? ` · ${t('plan.todayBadge')}` : ''}
                          {badge(s.id)}
                        </span>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
        </details>
      </section>

      <section className="card" aria-labelledby="habits-title">
        <h2 id="habits-title">{t('habits.title')}</h2>
        <ul>
          {habits.notes.length > 0 ? (
            // The generator's own notes already state the targets, in more detail.
            habits.notes.map((n) => <li key={n.en}>{n[lang]}</li>)
          ) : (
            <>
              <li>{t('habits.walk', { minutes: habits.walkMinutesPerDay })}</li>
              <li>{t('habits.sitting', { minutes: habits.sittingBreakEveryMinutes })}</li>
              <li>{t('habits.water', { litres: habits.waterLitresPerDay })}</li>
              {habits.weeklyClass ? <li>{t('habits.class')}</li> : null}
            </>
          )}
        </ul>
      </section>

      <section className="card" aria-labelledby="reassess-title">
        <h2 id="reassess-title">{t('reassess.title')}</h2>
        <ul>
          {programme.reassessments.map((r) => (
            <li key={r.week}>{t('reassess.item', { week: r.week, date: formatDate(r.date, lang, true) })}</li>
          ))}
        </ul>
        <Link href="/assessment" className="button">
          {t('reassess.link')}
        </Link>
      </section>

      {programme.excludedExercises.length > 0 ? (
        <details className="card excluded">
          <summary>{t('excluded.title', { count: programme.excludedExercises.length })}</summary>
          <ul>
            {programme.excludedExercises.map((x) => (
              <li key={x.exerciseId}>
                <strong>{exerciseById(x.exerciseId)?.name[lang] ?? x.exerciseId}</strong>:{' '}
                {exclusionReason(x.reason, lang, t)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
