import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../domain/i18n.js';
import { describeChange, describeWeek, reassessmentState } from '../../../domain/outcomes/index.js';
import { datePartOf } from '../../../domain/time/index.js';
import type { ProgressData } from './progress-data.js';

export function WeekInWords({ data, headingLevel = 2 }: { data: ProgressData; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation('progress');
  const H = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="week-title" className="card">
      <H id="week-title">{t('week.title')}</H>
      <div data-testid="week-summary">
        {describeWeek(data.week, toLanguage(i18n.language)).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  );
}

/** The change from the first to the latest assessment, in words, against the MCID. */
export function ChangesInWords({ data }: { data: ProgressData }) {
  const { t, i18n } = useTranslation('progress');
  const lang = toLanguage(i18n.language);
  const lines = [data.changes.pain, data.changes.function].filter((c) => c !== null);
  if (!lines.length) return <p>{t('reassess.needTwo')}</p>;
  return (
    <>
      <ul className="changes" data-testid="changes">
        {lines.map((c) => (
          <li key={c.measure} className={c.matters ? `matters ${c.direction}` : ''}>
            {describeChange(c, lang)}
          </li>
        ))}
      </ul>
      <p className="small">{t('reassess.mcid')}</p>
    </>
  );
}

/** Which reassessment is due (week 4 or 6 reached without a newer assessment), or the next. */
export function reassessmentOf(data: ProgressData) {
  return reassessmentState(
    data.programme?.reassessments ?? [],
    data.assessments.map((a) => datePartOf(a.createdAt)),
    data.today,
  );
}
