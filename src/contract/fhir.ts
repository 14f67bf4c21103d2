import { z } from 'zod';

/**
 * FHIR R4 documents (routes/fhir.ts, and the FHIR exports in routes/assessments.ts and
 * routes/account.ts). The resources are built by src/domain/fhir; these schemas only name them.
 */

/**
 * Which Bundle an export is: `collection` (a document to keep or read, the default) or
 * `transaction` (urn:uuid entries with conditional PUT requests, for one POST to a FHIR server).
 */
export const fhirBundleQuery = z.object({
  type: z.enum(['collection', 'transaction']).default('collection'),
});

export const fhirBundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum(['collection', 'transaction']),
});

export const questionnaireSchema = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  url: z.string(),
  version: z.string(),
});
