import { z } from 'zod';
import { fhirBundleSchema } from './assessments.js';
import { givenPassword } from './auth.js';
import { uuid } from './common.js';

/** Privacy rights over the account (routes/account.ts): export everything, erase everything. */

export const exportSchema = z.object({
  exportedAt: z.string(),
  person: z.object({ id: uuid, language: z.string(), createdAt: z.string() }).nullable(),
  account: z
    .object({
      id: uuid,
      email: z.string(),
      role: z.string(),
      displayName: z.string(),
      createdAt: z.string(),
    })
    .nullable(),
  consents: z.array(
    z.object({
      id: uuid,
      clinicId: uuid,
      scopes: z.array(z.string()),
      grantedAt: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  auditTrail: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      resourceType: z.string(),
      resourceId: z.string().nullable(),
      byYou: z.boolean(),
    }),
  ),
  /** Every area's rows about the person, by table name. */
  data: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

export { fhirBundleSchema };

/** A signed-in person confirms erasure with their password; a guest has none. */
export const eraseBody = z.object({ password: givenPassword.optional() }).strict().default({});
