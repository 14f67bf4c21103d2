import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { anatomy } from '../../../domain/content/anatomy.js';
import { causes } from '../../../domain/content/causes.js';
import { habits } from '../../../domain/content/habits.js';
import { mechanisms } from '../../../domain/content/mechanisms.js';
import { selfTests } from '../../../domain/content/self-tests.js';
import type { SourceId } from '../../../domain/content/source-ids.js';
import { animationFor, psoasLength, standingPose } from '../../../domain/figure/index.js';
import { PelvisTiltDemo } from '../../components/figure/PelvisTiltDemo.js';
import { PsoasLegend } from '../../components/figure/PsoasLegend.js';
import { STANDING_FRAME, StillFigure } from '../../components/figure/StillFigure.js';
import { LearnNav, SourceLinks, TextCards, useLang } from './shared.js';

const SITTING_EXERCISE = 'seated-psoas-stretch';
const sittingFrame = animationFor(SITTING_EXERCISE);
const sittingPose = sittingFrame?.keyframes[0]?.pose;
/** How much shorter the modelled psoas is sitting upright than standing, in whole percent. */
const sittingShorterBy = sittingPose
  ? Math.round((1 - psoasLength(sittingPose, 'near') / psoasLength(standingPose, 'near')) * 100)
  : 0;

/** Standing, the near arm a little forward so it does not hide the psoas (arms do not change its length). */
const standingOpen = {
  ...standingPose,
  near: { ...standingPose.near, shoulderFlex: 35, elbow: 40 },
  far: { ...standingPose.far, shoulderFlex: 30, elbow: 40 },
};

/** A deeper topic, folded: the page stays short and the detail is one tap away. */
function More({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <details className="card more" id={id}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/**
 * /psoas: three pictures carry the page (the muscle on a body, the pelvic tilt it causes,
 * sitting against standing), each with a sentence; everything deeper is folded below, and the
 * sources close the page. Nothing here depends on time or chance, so the pre-rendered page is
 * exactly the first render.
 */
export function PsoasPage() {
  const { t } = useTranslation('content');
  const lang = useLang();
  const where = anatomy.filter((a) => ['muscle', 'muscle-group', 'attachment', 'measure'].includes(a.kind));
  const actions = anatomy.filter((a) => a.kind === 'action');
  const neighbours = anatomy.filter((a) => a.kind === 'relation');
  const allSources = [
    ...new Set<SourceId>(
      [...anatomy, ...mechanisms, ...causes, ...selfTests, ...habits].flatMap((x) => x.sources as SourceId[]),
    ),
  ].sort();
  return (
    <div className="page learn-page psoas-page">
      <LearnNav />
      <h1>{t('psoas.title')}</h1>
      <p className="lead">{t('psoas.short.lead')}</p>

      <section aria-labelledby="where" className="picture-step">
        <h2 id="where">{t('psoas.whereTitle')}</h2>
        <figure className="exercise-figure figure-box picture">
          <StillFigure
            frame={STANDING_FRAME}
            pose={standingOpen}
            title={t('psoas.short.bodyAlt')}
            className="psoas-body-figure"
            testId="psoas-body-figure"
          />
          <figcaption>{t('psoas.short.body')}</figcaption>
        </figure>
      </section>

      <section aria-labelledby="mechanism" className="picture-step">
        <h2 id="mechanism">{t('psoas.mechanismTitle')}</h2>
        <p>{t('psoas.short.tilt')}</p>
        <div className="figure-box demo-box picture">
          <PelvisTiltDemo />
        </div>
      </section>

      <section aria-labelledby="sitting" className="picture-step">
        <h2 id="sitting">{t('psoas.short.sittingTitle')}</h2>
        <div className="side-by-side">
          {sittingFrame && sittingPose ? (
            <figure className="exercise-figure figure-box">
              <StillFigure
                frame={sittingFrame}
                pose={sittingPose}
                title={t('psoas.short.sittingAlt')}
                testId="sitting-figure"
              />
              <figcaption>{t('psoas.short.sittingCaption')}</figcaption>
            </figure>
          ) : null}
          <figure className="exercise-figure figure-box">
            <StillFigure
              frame={STANDING_FRAME}
              pose={standingOpen}
              title={t('psoas.short.standingAlt')}
              testId="standing-figure"
            />
            <figcaption>{t('psoas.short.standingCaption')}</figcaption>
          </figure>
        </div>
        <PsoasLegend />
        <p>{t('psoas.short.sitting', { percent: sittingShorterBy })}</p>
      </section>

      <section aria-labelledby="helps" className="card helps">
        <h2 id="helps">{t('psoas.short.helpsTitle')}</h2>
        <p>{t('psoas.short.helps')}</p>
        <p className="actions">
          <Link href="/exercises" className="button primary">
            {t('psoas.next')}
          </Link>
          <Link href="/assessment" className="button">
            {t('psoas.short.check')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="more-title" className="more-list">
        <h2 id="more-title">{t('psoas.short.moreTitle')}</h2>
        <More id="more-where" title={t('psoas.short.moreWhere')}>
          <TextCards items={where} />
        </More>
        <More id="more-does" title={t('psoas.doesTitle')}>
          <TextCards items={actions} />
        </More>
        <More id="more-mechanism" title={t('psoas.short.moreMechanism')}>
          {mechanisms.map((m) => (
            <article key={m.id} className="card">
              <h3>{m.name[lang]}</h3>
              <ol className="chain">
                {m.chain.map((step) => (
                  <li key={step.en}>{step[lang]}</li>
                ))}
              </ol>
              <p>{m.text[lang]}</p>
              <SourceLinks ids={m.sources} />
            </article>
          ))}
        </More>
        <More id="more-neighbours" title={t('psoas.neighboursTitle')}>
          <TextCards items={neighbours} />
        </More>
        <More id="more-causes" title={t('psoas.causesTitle')}>
          <TextCards items={causes} />
        </More>
        <More id="self-tests" title={t('psoas.selfTestsTitle')}>
          <p>{t('psoas.selfTestsIntro')}</p>
          <ul className="card-grid">
            {selfTests.map((s) => (
              <li key={s.id} className="card">
                <h3>{s.name[lang]}</h3>
                <ol>
                  {s.steps.map((step) => (
                    <li key={step.en}>{step[lang]}</li>
                  ))}
                </ol>
                <p>
                  <strong>{t('psoas.whatItMeans')}:</strong> {s.whatItMeans[lang]}
                </p>
                <p className="callout warning">{s.safety[lang]}</p>
                {s.exerciseId && <Link href={`/exercises/${s.exerciseId}`}>{t('psoas.seeFigure')}</Link>}
                <SourceLinks ids={s.sources} />
              </li>
            ))}
          </ul>
        </More>
        <More id="more-habits" title={t('psoas.habitsTitle')}>
          <ul className="card-grid">
            {habits.map((h) => (
              <li key={h.id} className="card">
                <h3>{h.name[lang]}</h3>
                <p>{h.target[lang]}</p>
                <p>{h.why[lang]}</p>
                <SourceLinks ids={h.sources} />
              </li>
            ))}
          </ul>
        </More>
      </section>

      <footer className="page-sources">
        <h2 className="h3-size">{t('psoas.short.sourcesTitle')}</h2>
        <SourceLinks ids={allSources} />
      </footer>
    </div>
  );
}
