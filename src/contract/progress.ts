import { z } from 'zod';
import { checkinSchema } from './checkins.js';
import { uuid } from './common.js';

/** Progress (routes/progress.ts): check-ins and assessment outcomes, change since the baseline. */

export const changeSchema = z.object({
  measure: z.enum(['pain', 'function']),
  from: z.number(),
  to: z.number(),
  delta: z.number(),
  direction: z.enum(['better', 'worse', 'same']),
  matters: z.boolean(),
});

export const outcomePointSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  painNow: z.number().nullable(),
  functionScore: z.number().nullable(),
  pattern: z.string(),
  psoasLikelihood: z.string(),
  selfCareAllowed: z.boolean(),
});

export const adherenceSchema = z.object({
  planned: z.number(),
  done: z.number(),
  rate: z.number().nullable(),
});

export const progressSchema = z.object({
  checkins: z.array(checkinSchema),
  assessments: z.array(outcomePointSchema),
  changes: z.object({ pain: changeSchema.nullable(), function: changeSchema.nullable() }),
  /** Sessions of the current programme done over those planned up to today (its time zone). */
  adherence: adherenceSchema.nullable(),
});

export const patientParams = z.object({ personId: uuid });
