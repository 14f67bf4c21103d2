import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/i18n.js';

// The app loads only the reader's language and has no fallback language (i18n/index.ts), so a
// text missing in one language would show its key: every language has every key.
const dir = path.join(import.meta.dirname, 'locales');

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
/** i18next plural forms differ per language (Spanish adds _many): compare the base key. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('UI texts', () => {
  const namespaces = fs.readdirSync(path.join(dir, 'en')).filter((f) => f.endsWith('.json'));

  it('exist as the same namespace files in every language', () => {
    for (const lang of LANGUAGES) {
      expect(fs.readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.json')).sort()).toEqual(
        [...namespaces].sort(),
      );
    }
  });

  it.each(namespaces)('%s has the same keys in every language', (file) => {
    const [first, ...others] = LANGUAGES.map((lang) => {
      const texts = JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8'));
      return [...new Set(keys(texts).map(base))].sort();
    });
    for (const other of others) expect(other).toEqual(first);
  });
});
