/**
 * The knowledge base: everything the five source articles say, in English and Spanish, each item
 * with its sources. Pure data plus small helpers, shared by the server and the browser.
 */
import type { z } from 'zod';
import { anatomy } from './anatomy.js';
import { causes } from './causes.js';
import { conditions } from './conditions.js';
import { exerciseSchema } from './exercise-schema.js';
import { allExerciseEntries, exercises } from './exercises/index.js';
import { habits } from './habits.js';
import { mechanisms } from './mechanisms.js';
import { selfTests } from './self-tests.js';
import { references, sources } from './sources.js';
import { symptoms } from './symptoms.js';
import { treatments } from './treatments.js';
import {
  anatomyItemSchema,
  causeSchema,
  conditionSchema,
  habitSchema,
  mechanismSchema,
  referenceSchema,
  selfTestSchema,
  sourceSchema,
  symptomSchema,
  treatmentSchema,
} from './types.js';

export * from './exercise-ids.js';
export * from './exercise-schema.js';
export { exerciseById, exercises } from './exercises/index.js';
export * from './localise.js';
export { EVIDENCE_LABELS } from './sources.js';
export * from './types.js';
export {
  anatomy,
  causes,
  conditions,
  habits,
  mechanisms,
  references,
  selfTests,
  sources,
  symptoms,
  treatments,
};

/** Every collection of the knowledge base with the schema its items must satisfy. */
export const collections = {
  anatomy: { items: anatomy, schema: anatomyItemSchema },
  mechanisms: { items: mechanisms, schema: mechanismSchema },
  conditions: { items: conditions, schema: conditionSchema },
  symptoms: { items: symptoms, schema: symptomSchema },
  causes: { items: causes, schema: causeSchema },
  'self-tests': { items: selfTests, schema: selfTestSchema },
  habits: { items: habits, schema: habitSchema },
  treatments: { items: treatments, schema: treatmentSchema },
  sources: { items: sources, schema: sourceSchema },
  references: { items: references, schema: referenceSchema },
  exercises: { items: allExerciseEntries, schema: exerciseSchema },
} as const;
export type CollectionName = keyof typeof collections;

export interface ContentProblem {
  collection: string;
  id: string;
  message: string;
}

/**
 * Checks the whole knowledge base: every item against its schema, unique ids per collection,
 * and references between items (variants, pregnancy alternatives) that must resolve.
 */
export function validateContent(): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [name, { items, schema }] of Object.entries(collections)) {
    const seen = new Set<string>();
    for (const item of items as readonly { id: string }[]) {
      if (seen.has(item.id)) problems.push({ collection: name, id: item.id, message: 'duplicate id' });
      seen.add(item.id);
      const result = (schema as z.ZodType).safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({
            collection: name,
            id: item.id,
            message: `${issue.path.join('.')}: ${issue.message}`,
          });
        }
      }
    }
  }
  for (const e of exercises) {
    const alternative = e.pregnancyAlternative
      ? exercises.find((x) => x.id === e.pregnancyAlternative)
      : undefined;
    const unsafeInPregnancy = (x: (typeof exercises)[number]) =>
      x.position === 'supine' || x.contraindications.some((c) => c.startsWith('pregnancy'));
    if (alternative && unsafeInPregnancy(alternative)) {
      problems.push({
        collection: 'exercises',
        id: e.id,
        message: 'pregnancy alternative is not pregnancy-safe',
      });
    }
    // Lying flat on the back from the second trimester: either a safe alternative or a contraindication.
    if (e.position === 'supine' && !e.contraindications.includes('pregnancy-second-trimester-supine')) {
      problems.push({
        collection: 'exercises',
        id: e.id,
        message: 'supine exercise without the pregnancy contraindication',
      });
    }
  }
  return problems;
}
export { type ExerciseFilter, filterExercises, fold, formatDosage } from './library.js';
