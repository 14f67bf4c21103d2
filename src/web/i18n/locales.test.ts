import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/i18n.js';

// The app loads only the reader's language and has no fallback language (i18n/index.ts), so a
// text missing in one language would show its key: every language has every key.
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});
const namespacesOf = (lang: string) =>
  Object.keys(files)
    .filter((f) => f.startsWith(`./locales/${lang}/`))
    .map((f) => f.slice(`./locales/${lang}/`.length))
    .sort();

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
/** i18next plural forms differ per language (Spanish adds _many): compare the base key. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('UI texts', () => {
  const namespaces = namespacesOf('en');

  it('exist as the same namespace files in every language', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    for (const lang of LANGUAGES) expect(namespacesOf(lang)).toEqual(namespaces);
  });

  it.each(namespaces)('%s has the same keys in every language', (file) => {
    const [first, ...others] = LANGUAGES.map((lang) =>
      [...new Set(keys(files[`./locales/${lang}/${file}`]).map(base))].sort(),
    );
    expect(first?.length).toBeGreaterThan(0);
    for (const other of others) expect(other).toEqual(first);
  });
});
