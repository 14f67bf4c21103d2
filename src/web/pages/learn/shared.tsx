import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { SourceId } from '../../../domain/content/source-ids.js';
import { sources } from '../../../domain/content/sources.js';
import type { Text } from '../../../domain/content/text.js';
import { type Language, toLanguage } from '../../../domain/i18n.js';
import './learn.css';

/** The reader's language as a content language (the app's switch drives it). */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.language);
}

const LINKS = [
  ['/psoas', 'psoas'],
  ['/exercises', 'exercises'],
  ['/conditions', 'conditions'],
  ['/treatments', 'treatments'],
  ['/sources', 'sources'],
] as const;

/** Links between the education pages; three of them are not in the main navigation. */
export function LearnNav() {
  const { t } = useTranslation('content');
  const [location] = useLocation();
  return (
    <nav className="learn-nav" aria-label={t('subnav.label')}>
      <ul>
        {LINKS.map(([href, key]) => (
          <li key={href}>
            <Link href={href} aria-current={location === href ? 'page' : undefined}>
              {t(`subnav.${key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "Sources: <article titles>", each linking to its entry on the sources page. */
export function SourceLinks({ ids }: { ids: readonly SourceId[] }) {
  const { t } = useTranslation('content');
  return (
    <p className="source-links">
      <span>{t('sourcesLabel')} </span>
      {ids.map((id, i) => {
        const source = sources.find((s) => s.id === id);
        return (
          <span key={id}>
            {i > 0 && '; '}
            <Link href={`/sources#${id}`}>
              <cite lang="en">{source?.title ?? id}</cite>
            </Link>
          </span>
        );
      })}
    </p>
  );
}

/** A grid of content items shown as name, text and their source links. */
export function TextCards({
  items,
}: {
  items: readonly { id: string; name: Text; text: Text; sources: readonly SourceId[] }[];
}) {
  const lang = useLang();
  return (
    <ul className="card-grid">
      {items.map((item) => (
        <li key={item.id} className="card">
          <h3>{item.name[lang]}</h3>
          <p>{item.text[lang]}</p>
          <SourceLinks ids={item.sources} />
        </li>
      ))}
    </ul>
  );
}
