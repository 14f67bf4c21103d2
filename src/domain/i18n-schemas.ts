import { z } from 'zod';
import { LANGUAGES, type Language } from './i18n.js';

// Kept apart from i18n.ts so the browser, which needs the language list on every page, does not
// load zod with it (the schemas are for the server, the contract and the content checks).

export const languageSchema = z.enum(LANGUAGES);

/** A zod schema for a value in every language, e.g. `localizedSchema(z.string().min(1))`. */
export function localizedSchema<S extends z.ZodType>(value: S) {
  return z.object(Object.fromEntries(LANGUAGES.map((l) => [l, value])) as Record<Language, S>);
}

/** A plain localized text, as stored in jsonb columns and sent over the wire. */
export const localizedTextSchema = localizedSchema(z.string());
