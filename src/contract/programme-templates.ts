import { z } from 'zod';
import { problemSchema, text, uuid } from './common.js';
import { practitionerEditsSchema, reviewRecordSchema } from './programme-review.js';

/**
 * A clinic's saved programme templates (routes/programme-templates.ts, docs/clinician.md
 * "Programme templates"): the edit set of a reviewed plan under a name. A next review date
 * belongs to one patient's plan, so a template never carries one.
 */

export const templateListParams = z.object({ clinicId: uuid }).strict();
export const templateParams = z.object({ clinicId: uuid, templateId: uuid }).strict();

export const templateBody = z
  .object({
    name: text({ max: 80, min: 1 }),
    edits: practitionerEditsSchema.omit({ nextReviewDate: true }),
  })
  .strict();

export const templateSchema = z.object({
  id: uuid,
  name: z.string(),
  edits: reviewRecordSchema.shape.edits,
  createdAt: z.string(),
});

export const templateListSchema = z.object({ templates: z.array(templateSchema) });

export { problemSchema };
