import fs from 'node:fs';
import type { LegalDocument } from '../../contract/legal.js';
import type { Language } from '../../domain/i18n.js';
import type { LegalTextPaths } from '../config.js';

/** Longest operator text accepted: a privacy notice, not a book. */
export const MAX_LEGAL_TEXT_CHARS = 100_000;

export type LegalTexts = Record<LegalDocument, Partial<Record<Language, string>>>;

/**
 * Reads the operator's own privacy notice and terms once, at start-up, so a wrong path stops
 * the app at once instead of showing a broken page to a patient. Plain UTF-8 text; a blank line
 * separates paragraphs, a line starting with "# " is a heading.
 */
export function readLegalTexts(paths: LegalTextPaths): LegalTexts {
  const out: LegalTexts = { privacy: {}, terms: {} };
  for (const doc of ['privacy', 'terms'] as const) {
    for (const lang of ['en', 'es'] as const) {
      const file = paths[doc][lang];
      if (!file) continue;
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        throw new Error(`Cannot read the ${doc} text (${lang}) at ${file}: ${(e as Error).message}`);
      }
      out[doc][lang] = checkLegalText(text, `${doc} (${lang}) at ${file}`);
    }
  }
  return out;
}

/** Normalises line ends and refuses control characters and oversized or empty files. */
export function checkLegalText(raw: string, what: string): string {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  if (text === '') throw new Error(`The ${what} text is empty`);
  if (text.length > MAX_LEGAL_TEXT_CHARS)
    throw new Error(`The ${what} text is longer than ${MAX_LEGAL_TEXT_CHARS} characters`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(text))
    throw new Error(`The ${what} text contains control characters`);
  return text;
}
