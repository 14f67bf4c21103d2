import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

const STEPS = ['understand', 'assess', 'plan', 'care'] as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <div className="page home">
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <div className="actions">
          <Link href="/assessment" className="button primary">
            {t('home.start')}
          </Link>
          <Link href="/psoas" className="button">
            {t('home.learn')}
          </Link>
        </div>
      </section>
      <ol className="steps">
        {STEPS.map((step, i) => (
          <li key={step} className="card">
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            <h2>{t(`home.steps.${step}.title`)}</h2>
            <p>{t(`home.steps.${step}.text`)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
