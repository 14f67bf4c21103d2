import { useTranslation } from 'react-i18next';
import { EVIDENCE_LABELS, references } from '../../../domain/content/sources.js';
import { treatments } from '../../../domain/content/treatments.js';
import { LearnNav, SourceLinks, useLang } from './shared.js';

export function TreatmentsPage() {
  const { t } = useTranslation('content');
  const lang = useLang();
  return (
    <div className="page learn-page">
      <LearnNav />
      <h1>{t('treatments.title')}</h1>
      <p className="lead">{t('treatments.lead')}</p>
      <p className="callout">{t('treatments.evidenceNote')}</p>
      <ul className="card-grid">
        {treatments.map((x) => (
          <li key={x.id} className="card" id={x.id} data-treatment-id={x.id}>
            <h2 className="h3-size">{x.name[lang]}</h2>
            <p>
              <strong>{t('treatments.whatHappens')}:</strong> {x.whatHappens[lang]}
            </p>
            <p>
              <strong>{t('treatments.whoProvides')}:</strong> {x.whoProvides[lang]}
            </p>
            <h3 className="h3-size">{t('treatments.evidence')}</h3>
            <p>
              <span className={`badge verdict-${x.evidence.verdict}`} data-testid="verdict">
                {EVIDENCE_LABELS[x.evidence.verdict][lang]}
              </span>
            </p>
            <p>{x.evidence.text[lang]}</p>
            <p className="source-links">
              {x.evidence.references.map((r) => references.find((ref) => ref.id === r)?.citation).join('; ')}
            </p>
            <SourceLinks ids={x.sources} />
          </li>
        ))}
      </ul>
    </div>
  );
}
