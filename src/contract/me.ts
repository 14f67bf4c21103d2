import { z } from 'zod';
import { language } from './common.js';

/** The person behind this browser (routes/me.ts). */

export const meSchema = z.object({
  id: z.string().uuid(),
  /** guest: kept by this browser's cookie; user: the person of the signed-in account. */
  kind: z.enum(['guest', 'user']),
  language,
  createdAt: z.string(),
});
export const startGuestBody = z
  .object({ language: language.default('en') })
  .strict()
  .default({ language: 'en' });
export const languageBody = z.object({ language }).strict();
