import { z } from 'zod';
import { DEFAULT_LANGUAGE } from '../domain/i18n.js';
import { languageSchema } from '../domain/i18n-schemas.js';

/** The privacy notice and terms (routes/legal.ts, pages/legal/LegalPage.tsx). */

export const LEGAL_DOCUMENTS = ['privacy', 'terms'] as const;
export type LegalDocument = (typeof LEGAL_DOCUMENTS)[number];

export const legalQuery = z.object({ lang: languageSchema.default(DEFAULT_LANGUAGE) });

/**
 * The operator's own text when the instance is configured with one (PSOAS_PRIVACY_EN, …), else
 * null: the page then shows the built-in text from its locale file.
 */
export const legalTextSchema = z.object({
  document: z.enum(LEGAL_DOCUMENTS),
  lang: languageSchema,
  text: z.string().nullable(),
});
export type LegalText = z.infer<typeof legalTextSchema>;
