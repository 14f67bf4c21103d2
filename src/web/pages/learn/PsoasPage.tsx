import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { anatomy } from '../../../domain/content/anatomy.js';
import { causes } from '../../../domain/content/causes.js';
import { habits } from '../../../domain/content/habits.js';
import { mechanisms } from '../../../domain/content/mechanisms.js';
import { selfTests } from '../../../domain/content/self-tests.js';
import { PelvisTiltDemo } from '../../components/figure/PelvisTiltDemo.js';
import { LearnNav, SourceLinks, TextCards, useLang } from './shared.js';

export function PsoasPage() {
  const { t } = useTranslation('content');
  const lang = useLang();
  const where = anatomy.filter((a) => ['muscle', 'muscle-group', 'attachment', 'measure'].includes(a.kind));
  const actions = anatomy.filter((a) => a.kind === 'action');
  const neighbours = anatomy.filter((a) => a.kind === 'relation');
  return (
    <div className="page learn-page">
      <LearnNav />
      <h1>{t('psoas.title')}</h1>
      <p className="lead">{t('psoas.lead')}</p>

      <section aria-labelledby="where">
        <h2 id="where">{t('psoas.whereTitle')}</h2>
        <TextCards items={where} />
      </section>

      <section aria-labelledby="does">
        <h2 id="does">{t('psoas.doesTitle')}</h2>
        <TextCards items={actions} />
      </section>

      <section aria-labelledby="mechanism">
        <h2 id="mechanism">{t('psoas.mechanismTitle')}</h2>
        <p>{t('psoas.demoIntro')}</p>
        <div className="figure-box demo-box">
          <PelvisTiltDemo />
        </div>
        {mechanisms.map((m) => (
          <article key={m.id} className="card" style={{ marginTop: '1rem' }}>
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
      </section>

      <section aria-labelledby="neighbours">
        <h2 id="neighbours">{t('psoas.neighboursTitle')}</h2>
        <TextCards items={neighbours} />
      </section>

      <section aria-labelledby="causes">
        <h2 id="causes">{t('psoas.causesTitle')}</h2>
        <TextCards items={causes} />
      </section>

      <section aria-labelledby="self-tests">
        <h2 id="self-tests">{t('psoas.selfTestsTitle')}</h2>
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
      </section>

      <section aria-labelledby="habits">
        <h2 id="habits">{t('psoas.habitsTitle')}</h2>
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
      </section>

      <p>
        <Link href="/exercises" className="button primary">
          {t('psoas.next')}
        </Link>
      </p>
    </div>
  );
}
