import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { datePartOf } from '../../../domain/time/index.js';
import { usePageTitle } from '../../use-page-title.js';
import { localToday, type OutcomePoint } from './progress-data.js';
import { ChangesInWords, WeekInWords } from './Summaries.js';
import { useProgress } from './use-progress.js';
import './progress.css';
import './report-print.css';

const Charts = lazy(() => import('./Charts.js'));

function AssessmentRow({ label, a }: { label: string; a: OutcomePoint }) {
  const { t } = useTranslation('progress');
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{datePartOf(a.createdAt)}</td>
      <td>{t(`patterns.${a.pattern}`, { defaultValue: a.pattern })}</td>
      <td>{a.psoasLikelihood}</td>
      <td>{a.painNow ?? '–'}</td>
      <td>{a.functionScore ?? '–'}</td>
    </tr>
  );
}

/** /progress/report — one printable document (A4) to bring to a clinic or save as PDF. */
export function ReportPage() {
  const { t } = useTranslation('progress');
  usePageTitle(t('report.title'));
  const { data, error } = useProgress();
  if (error) return <p role="alert">{t('error', { message: error })}</p>;
  if (!data) return <p className="loading">{t('loading')}</p>;

  const first = data.assessments[0];
  const latest = data.assessments.length > 1 ? data.assessments[data.assessments.length - 1] : undefined;
  const p = data.programme;
  const total = data.adherenceTotal;
  return (
    <article className="report">
      <div className="no-print actions">
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <Link href="/progress" className="button">
          {t('report.back')}
        </Link>
      </div>
      <h1>{t('report.title')}</h1>
      <p className="small">{t('report.generated', { date: localToday() })}</p>

      <section aria-labelledby="r-assessment">
        <h2 id="r-assessment">{t('report.assessment')}</h2>
        {first ? (
          <table className="report-table">
            <thead>
              <tr>
                <td />
                <th scope="col">{t('charts.date')}</th>
                <th scope="col">{t('report.pattern')}</th>
                <th scope="col">{t('report.likelihood')}</th>
                <th scope="col">{t('report.painAt')}</th>
                <th scope="col">{t('report.functionAt')}</th>
              </tr>
            </thead>
            <tbody>
              <AssessmentRow label={t('report.firstAssessment')} a={first} />
              {latest && <AssessmentRow label={t('report.latestAssessment')} a={latest} />}
            </tbody>
          </table>
        ) : (
          <p>{t('reassess.none')}</p>
        )}
      </section>

      <section aria-labelledby="r-changes">
        <h2 id="r-changes">{t('report.changes')}</h2>
        <ChangesInWords data={data} />
      </section>

      <section aria-labelledby="r-programme">
        <h2 id="r-programme">{t('report.programme')}</h2>
        {p ? (
          <>
            <p>
              {t('report.started', {
                date: p.preferences.startDate,
                weeks: p.weeks,
                sessions: p.sessions.length,
              })}
            </p>
            <h3>{t('report.adherence')}</h3>
            <p data-testid="adherence-total">
              {t('report.adherenceTotal', {
                done: total.done,
                planned: total.planned,
                percent: total.rate === null ? 0 : Math.round(total.rate * 100),
              })}
            </p>
            {data.adherenceWeeks.length > 0 && (
              <table className="report-table" data-testid="adherence-weeks">
                <thead>
                  <tr>
                    <th scope="col">{t('charts.weekCol')}</th>
                    <th scope="col">{t('charts.done')}</th>
                    <th scope="col">{t('charts.planned')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.adherenceWeeks.map((w) => (
                    <tr key={w.week}>
                      <td>{w.week}</td>
                      <td>{w.done}</td>
                      <td>{w.planned}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        ) : (
          <p>{t('report.noProgramme')}</p>
        )}
        <p>{t('report.checkins', { count: data.checkins.length })}</p>
      </section>

      <WeekInWords data={data} />

      <section aria-labelledby="r-charts">
        <h2 id="r-charts">{t('charts.title')}</h2>
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <Charts data={data} />
        </Suspense>
      </section>
    </article>
  );
}
