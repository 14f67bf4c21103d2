import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import {
  CONTRAINDICATION_LABELS,
  EQUIPMENT_LABELS,
  type Exercise,
  estimatedSecondsPerSet,
  POSITION_LABELS,
  PURPOSE_LABELS,
  TARGET_LABELS,
  type Variant,
} from '../../../domain/content/exercise-model.js';
import { exerciseById } from '../../../domain/content/exercises/index.js';
import { formatDosage } from '../../../domain/content/library.js';
import { ExerciseFigure } from '../../components/figure/ExerciseFigure.js';
import { LearnNav, SourceLinks, useLang } from './shared.js';

export function ExercisePage() {
  const { t } = useTranslation('content');
  const { id = '' } = useParams<{ id: string }>();
  const exercise = exerciseById(id);
  if (!exercise) {
    return (
      <div className="page learn-page">
        <h1>{t('exercise.notFoundTitle')}</h1>
        <p>{t('exercise.notFoundText')}</p>
        <Link href="/exercises">{t('exercise.back')}</Link>
      </div>
    );
  }
  return <ExerciseDetails exercise={exercise} />;
}

function ExerciseDetails({ exercise: e }: { exercise: Exercise }) {
  const { t } = useTranslation('content');
  const lang = useLang();
  const seconds = estimatedSecondsPerSet(e.dosage);
  const alternative = e.pregnancyAlternative ? exerciseById(e.pregnancyAlternative) : undefined;
  return (
    <div className="page learn-page">
      <LearnNav />
      <p>
        <Link href="/exercises">← {t('exercise.back')}</Link>
      </p>
      <h1>{e.name[lang]}</h1>
      <p className="lead">{e.summary[lang]}</p>
      <ul className="badges">
        <li className="badge">{PURPOSE_LABELS[e.purpose][lang]}</li>
        <li className="badge">{POSITION_LABELS[e.position][lang]}</li>
      </ul>

      <div className="exercise-layout">
        <div className="figure-box">
          <ExerciseFigure exerciseId={e.id} title={e.name[lang]} />
        </div>
        <div>
          <section aria-labelledby="how-much" className="card">
            <h2 id="how-much">{t('exercise.howMuch')}</h2>
            <p className="dosage" data-testid="dosage">
              {formatDosage(e.dosage, lang)}
            </p>
            <p>
              {seconds >= 120
                ? t('exercise.perSet', { minutes: Math.round(seconds / 60) })
                : t('exercise.perSetSeconds', { seconds })}
            </p>
            <p className="source-links">
              {e.dosage.fromArticles ? t('exercise.fromArticles') : t('exercise.ourDefault')}
            </p>
            <dl className="facts">
              <dt>{t('exercise.equipment')}</dt>
              <dd>
                {e.equipment.map((q) => EQUIPMENT_LABELS[q][lang]).join(', ')}
                {e.optionalEquipment.length > 0 &&
                  ` (${t('exercise.optional', { items: e.optionalEquipment.map((q) => EQUIPMENT_LABELS[q][lang]).join(', ') })})`}
              </dd>
              <dt>{t('exercise.position')}</dt>
              <dd>{POSITION_LABELS[e.position][lang]}</dd>
              <dt>{t('exercise.targets')}</dt>
              <dd>{e.targets.map((x) => TARGET_LABELS[x][lang]).join(', ')}</dd>
            </dl>
          </section>
        </div>
      </div>

      <section aria-labelledby="steps">
        <h2 id="steps">{t('exercise.steps')}</h2>
        <ol className="steps-list">
          {e.steps.map((s) => (
            <li key={s.en}>{s[lang]}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="safety" className="callout warning">
        <h2 id="safety">{t('exercise.safety')}</h2>
        <ul>
          {e.safety.map((s) => (
            <li key={s.en}>{s[lang]}</li>
          ))}
        </ul>
        {e.contraindications.length > 0 && (
          <>
            <p>
              <strong>{t('exercise.notFor')}</strong>
            </p>
            <ul>
              {e.contraindications.map((c) => (
                <li key={c}>{CONTRAINDICATION_LABELS[c][lang]}</li>
              ))}
            </ul>
          </>
        )}
        {alternative && (
          <p>
            {t('exercise.pregnancy')}{' '}
            <Link href={`/exercises/${alternative.id}`}>{alternative.name[lang]}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="mistakes">
        <h2 id="mistakes">{t('exercise.mistakes')}</h2>
        <ul>
          {e.mistakes.map((m) => (
            <li key={m.en}>{m[lang]}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="progression">
        <h2 id="progression">{t('exercise.progression')}</h2>
        <p>{e.progression[lang]}</p>
        <div className="card-grid">
          <Variants title={t('exercise.easier')} variants={e.easier} />
          <Variants title={t('exercise.harder')} variants={e.harder} />
        </div>
      </section>

      <SourceLinks ids={e.sources} />
    </div>
  );
}

function Variants({ title, variants }: { title: string; variants: readonly Variant[] }) {
  const { t } = useTranslation('content');
  const lang = useLang();
  return (
    <div className="card">
      <h3>{title}</h3>
      <ul>
        {variants.map((v) => (
          <li key={v.name.en}>
            <strong>{v.name[lang]}:</strong> {v.text[lang]}
            {v.exerciseId && (
              <>
                {' '}
                <Link href={`/exercises/${v.exerciseId}`}>
                  {t('exercise.seeExercise')}: {exerciseById(v.exerciseId).name[lang]}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
