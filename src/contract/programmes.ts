import { z } from 'zod';
import { preferencesSchema, programmeSchema, sessionResultSchema } from '../domain/programme/index.js';
import { idParams, isoDate, isoInstant, plainStrings, problemSchema, uuid } from './common.js';

/** Home programmes (routes/programmes.ts). */

export const storedProgrammeSchema = programmeSchema.extend({
  id: uuid,
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** The domain's preferences, with a start date that is a real date. */
export const preferencesBody = preferencesSchema.extend({ startDate: isoDate });
export const createProgrammeBody = z.object({ assessmentId: uuid, preferences: preferencesBody }).strict();

/** A played session: the domain's shape, a real instant, and plain text in every string. */
export const sessionResultBody = sessionResultSchema
  .extend({ completedAt: isoInstant })
  .superRefine(plainStrings);
export const sessionResultListSchema = z.array(sessionResultSchema);

/** A recorded session as the server keeps and returns it. */
export { idParams as programmeParams, problemSchema, sessionResultSchema };
