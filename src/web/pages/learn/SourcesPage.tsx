import { useTranslation } from 'react-i18next';
import { collections, references, type SourceId, sources } from '../../../domain/content/index.js';
import { LearnNav, useLang } from './shared.js';

/** How many knowledge-base items cite each article. */
const citations = new Map<SourceId, number>();
for (const [name, { items }] of Object.entries(collections)) {
  if (name === 'sources' || name === 'references') continue;
  for (const item of items as readonly { sources: readonly SourceId[] }[]) {
    for (const s of item.sources) citations.set(s, (citations.get(s) ?? 0) + 1);
  }
}

export function SourcesPage() {
  const { t } = useTranslation('content');
  const lang = useLang();
  return (
    <div className="page learn-page">
      <LearnNav />
      <h1>{t('sources.title')}</h1>
      <p className="lead">{t('sources.lead')}</p>
      <section aria-labelledby="articles">
        <h2 id="articles">{t('sources.articlesTitle')}</h2>
        <ol className="card-grid" data-testid="source-list">
          {sources.map((s) => (
            <li key={s.id} id={s.id} className="card">
              <h3>
                <cite lang="en">{s.title}</cite>
              </h3>
              <dl className="facts">
                <dt>{t('sources.author')}</dt>
                <dd>{s.author ? `${s.author} (${s.authorKind[lang]})` : s.authorKind[lang]}</dd>
                <dt>{t('sources.adds')}</dt>
                <dd>{s.adds[lang]}</dd>
              </dl>
              <p className="source-links">{t('sources.citedBy', { count: citations.get(s.id) ?? 0 })}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="references">
        <h2 id="references">{t('sources.referencesTitle')}</h2>
        <p>{t('sources.referencesLead')}</p>
        <ul>
          {references.map((r) => (
            <li key={r.id}>
              <cite lang="en">{r.citation}</cite> — {r.about[lang]}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
