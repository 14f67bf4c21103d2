import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalDocument, legalTextSchema } from '../../../contract/legal.js';
import { toLanguage } from '../../../domain/i18n.js';
import { api } from '../../api.js';
import './legal.css';

interface Section {
  heading: string;
  paragraphs: string[];
}

/** An operator's own text: a blank line separates paragraphs, "# " starts a heading. */
export function parseLegalText(text: string): { title?: string; sections: Section[] } {
  let title: string | undefined;
  const sections: Section[] = [];
  const current = () => {
    if (sections.length === 0) sections.push({ heading: '', paragraphs: [] });
    return sections[sections.length - 1]!;
  };
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.trim().split('\n');
    const heading = /^(#{1,3})\s+(.+)$/.exec(lines[0] ?? '');
    if (heading) {
      const words = heading[2]!.trim();
      if (heading[1] === '#' && title === undefined && sections.length === 0) title = words;
      else sections.push({ heading: words, paragraphs: [] });
      lines.shift();
    }
    const paragraph = lines
      .map((l) => l.trim())
      .join(' ')
      .trim();
    if (paragraph) current().paragraphs.push(paragraph);
  }
  return { title, sections };
}

/**
 * The privacy notice or the terms, in the reader's language: the operator's own text when the
 * instance has one (docs/deploy.md), else the built-in one (locales/<lang>/legal.json).
 */
function LegalPage({ document: doc }: { document: LegalDocument }) {
  const { t, i18n } = useTranslation('legal');
  const lang = toLanguage(i18n.language);
  const [custom, setCustom] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    setCustom(undefined);
    api<typeof legalTextSchema>(`/api/legal/${doc}?lang=${lang}`, { signal: controller.signal })
      .then((answer) => setCustom(answer.text))
      // Offline or failing: the built-in text is still right for this product.
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setCustom(null);
      });
    return () => controller.abort();
  }, [doc, lang]);

  const builtIn = {
    title: t(`${doc}.title`),
    sections: t(`${doc}.sections`, { returnObjects: true }) as Section[],
  };
  const parsed = custom ? parseLegalText(custom) : undefined;
  const title = parsed?.title ?? builtIn.title;
  const sections = parsed ? parsed.sections : builtIn.sections;
  return (
    <div className="page legal-page">
      <h1>{title}</h1>
      {custom === undefined ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        sections.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sections are fixed text in order
          <section key={i}>
            {s.heading && <h2>{s.heading}</h2>}
            {s.paragraphs.map((p, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed text in order
              <p key={k}>{p}</p>
            ))}
          </section>
        ))
      )}
    </div>
  );
}

export const PrivacyPage = () => <LegalPage document="privacy" />;
export const TermsPage = () => <LegalPage document="terms" />;
