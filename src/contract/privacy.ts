import { z } from 'zod';
import { uuid } from './common.js';

/** Which clinic may see which parts of a person's record (routes/privacy.ts). */

export const CONSENT_SCOPES = ['assessment', 'programme', 'progress'] as const;
export const consentScopeSchema = z.enum(CONSENT_SCOPES);

export const consentSchema = z.object({
  id: uuid,
  clinicId: uuid,
  scopes: z.array(consentScopeSchema),
  grantedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  active: z.boolean(),
});
export const consentListSchema = z.array(consentSchema);
export const grantConsentBody = z
  .object({ clinicId: uuid, scopes: z.array(consentScopeSchema).min(1).max(3) })
  .strict();
