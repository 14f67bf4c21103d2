import { useTranslation } from 'react-i18next';
import { conditions } from '../../../domain/content/conditions.js';
import { symptoms } from '../../../domain/content/symptoms.js';
import type { Symptom } from '../../../domain/content/types.js';
import { LearnNav, SourceLinks, useLang } from './shared.js';

const AREAS: Symptom['area'][] = ['back', 'hip', 'leg', 'pelvis', 'abdomen', 'posture', 'general'];

export function ConditionsPage() {
  const { t } = useTranslation('content');
  const lang = useLang();
  return (
    <div className="page learn-page">
      <LearnNav />
      <h1>{t('conditions.title')}</h1>
      <p className="lead">{t('conditions.lead')}</p>

      <section aria-labelledby="urgent" className="callout danger">
        <h2 id="urgent">{t('conditions.urgentTitle')}</h2>
        <p>{t('conditions.urgentText')}</p>
      </section>

      <section aria-labelledby="conditions">
        <h2 id="conditions">{t('conditions.conditionsTitle')}</h2>
        <ul className="card-grid">
          {conditions.map((c) => (
            <li key={c.id} className="card" id={c.id}>
              <h3>{c.name[lang]}</h3>
              <p>{c.text[lang]}</p>
              <div className="callout">
                <p>
                  <strong>{t('conditions.when')}:</strong> {c.seeProfessional[lang]}
                </p>
              </div>
              <SourceLinks ids={c.sources} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="symptoms">
        <h2 id="symptoms">{t('conditions.symptomsTitle')}</h2>
        {AREAS.map((area) => {
          const inArea = symptoms.filter((s) => s.area === area);
          if (inArea.length === 0) return null;
          return (
            <section key={area} aria-labelledby={`area-${area}`}>
              <h3 id={`area-${area}`}>{t(`conditions.area.${area}`)}</h3>
              <ul className="card-grid">
                {inArea.map((s) => (
                  <li key={s.id} className="card">
                    <h4 className="h3-size">{s.name[lang]}</h4>
                    <p>{s.text[lang]}</p>
                    <SourceLinks ids={s.sources} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>
    </div>
  );
}
