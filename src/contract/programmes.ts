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

/** A session under way (routes/programmes.ts, docs/player.md "No lost sessions"). */
export const sessionProgressParams = z.object({ id: uuid, sessionId: z.string().min(1).max(64) }).strict();
export const sessionProgressBody = z
  .object({
    clientId: uuid,
    blocks: sessionResultSchema.shape.blocks,
    nextBlock: z.number().int().min(0).max(100),
  })
  .strict()
  .superRefine(plainStrings);
export const sessionProgressSchema = z.object({
  clientId: z.string(),
  blocks: sessionResultSchema.shape.blocks,
  nextBlock: z.number().int(),
  savedAt: z.string(),
});
