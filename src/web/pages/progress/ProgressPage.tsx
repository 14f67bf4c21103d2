import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { toLanguage } from '../../../domain/i18n.js';
import { usePageTitle } from '../../use-page-title.js';
import { SessionCountsLine } from '../programme/SessionCountsLine.js';
import { painHeadline, spanInWords } from './headline.js';
import { ChangesInWords, reassessmentOf, WeekInWords } from './Summaries.js';
import { useProgress } from './use-progress.js';
import './progress.css';

// uPlot and the charts load after the words, so the page is readable before they arrive.
const Charts = lazy(() => import('./Charts.js'));

/** /progress — the week in words, the reassessment, the charts and the data downloads. */
export function ProgressPage() {
  const { t, i18n } = useTranslation('progress');
  usePageTitle(t('title'));
  const lang = toLanguage(i18n.language);
  const { data, error } = useProgress();

  if (error) return <p role="alert">{t('error', { message: error })}</p>;
  if (!data) return <p className="loading">{t('loading')}</p>;
  const { due, next } = reassessmentOf(data);
  const nothing = !data.checkins.length && !data.assessments.length && !data.programme;

  return (
    <div className="progress-page">
      <h1>{t('title')}</h1>
      <Headline data={data} lang={lang} />
      <div className="actions">
        <Link href="/progress/checkin" className="button primary">
          {t('checkinLink')}
        </Link>
        <Link href="/progress/report" className="button">
          {t('reportLink')}
        </Link>
      </div>
      {nothing && <p>{t('empty')}</p>}
      <WeekInWords data={data} />
      {data.programme ? (
        <section aria-labelledby="sessions-title" className="card">
          <h2 id="sessions-title">{t('sessions.title')}</h2>
          <SessionCountsLine counts={data.sessions} />
        </section>
      ) : null}
      <section aria-labelledby="reassess-title" className="card">
        <h2 id="reassess-title">{t('reassess.title')}</h2>
        {due ? (
          <p className="due">{t('reassess.due', { week: due })}</p>
        ) : next ? (
          <p>{t('reassess.next', { week: next.week, date: next.date })}</p>
        ) : (
          <p>{t('reassess.none')}</p>
        )}
        <p>
          <Link href="/assessment" className={due ? 'button primary' : 'button'}>
            {t('reassess.start')}
          </Link>
        </p>
        <h3>{t('reassess.changes')}</h3>
        <ChangesInWords data={data} />
      </section>
      <section aria-labelledby="charts-title">
        <h2 id="charts-title">{t('charts.title')}</h2>
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <Charts data={data} />
        </Suspense>
      </section>
      <section aria-labelledby="downloads-title" className="card">
        <h2 id="downloads-title">{t('downloads')}</h2>
        <ul className="downloads">
          <li>
            <a href="/api/checkins.csv" download>
              {t('csvCheckins')}
            </a>
          </li>
          <li>
            <a href="/api/sessions.csv" download>
              {t('csvSessions')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}

/** The page's first sentence: pain from the first to the latest check-in, in plain words. */
function Headline({
  data,
  lang,
}: {
  data: NonNullable<ReturnType<typeof useProgress>['data']>;
  lang: 'en' | 'es';
}) {
  const { t } = useTranslation('progress');
  const h = painHeadline(data.checkins);
  const text =
    h.kind === 'none'
      ? t('headline.none')
      : h.kind === 'one'
        ? t('headline.one', { pain: h.pain })
        : t(`headline.${h.direction}`, { from: h.from, to: h.to, span: spanInWords(h.days, lang) });
  return (
    <p className="progress-headline" data-testid="progress-headline">
      {text}
    </p>
  );
}
