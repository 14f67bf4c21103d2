import { z } from 'zod';
import { type Answers, isVisible } from './answers.js';
import { ITEMS, type Item } from './questionnaire.js';
import { evaluateRedFlags, highestUrgency, stopsSelfCare } from './red-flags.js';

const activityRating = z
  .object({
    activity: z.string().trim().min(1, 'name the activity').max(80),
    score: z.number().int().min(0).max(10),
  })
  .strict();

function valueSchema(item: Item): z.ZodType {
  switch (item.type) {
    case 'yes-no':
      return z.boolean();
    case 'scale':
      return z.number().int().min(item.min).max(item.max);
    case 'number': {
      const n = z.number().min(item.min).max(item.max);
      return item.step === 1 ? n.int() : n.multipleOf(item.step);
    }
    case 'single':
      return z.enum(item.options.map((o) => o.id) as [string, ...string[]]);
    case 'multi': {
      const exclusive = new Set(item.options.filter((o) => o.exclusive).map((o) => o.id));
      return z
        .array(z.enum(item.options.map((o) => o.id) as [string, ...string[]]))
        .min(1, 'choose at least one option')
        .max(item.options.length)
        .refine((v) => new Set(v).size === v.length, 'an option is chosen twice')
        .refine(
          (v) => v.length === 1 || !v.some((x) => exclusive.has(x)),
          '"none" cannot be combined with other options',
        );
    }
    case 'activities':
      return z.array(activityRating).min(1, 'rate at least one activity').max(item.maxActivities);
  }
}

/**
 * The answers of a submitted assessment. Every item has its own type; unknown items are
 * refused; a shown, required item must be answered, unless a red flag has already ended the
 * self-care path (then the rest of the questionnaire is not needed); an answer to an item that
 * is not shown is refused. Each problem names the item (`answers.<item id>`).
 */
export const answersSchema = z
  .object(Object.fromEntries(ITEMS.map((i) => [i.id, valueSchema(i).optional()])))
  .strict()
  .superRefine((raw, ctx) => {
    const answers = raw as Answers;
    const top = highestUrgency(evaluateRedFlags(answers));
    const stoppedEarly = top !== 'none' && stopsSelfCare(top);
    for (const item of ITEMS) {
      const given = answers[item.id] !== undefined;
      const shown = isVisible(item, answers);
      if (given && !shown) {
        ctx.addIssue({ code: 'custom', path: [item.id], message: 'was not asked: its condition is not met' });
      } else if (!given && shown && item.required && !stoppedEarly) {
        ctx.addIssue({ code: 'custom', path: [item.id], message: 'is required' });
      }
    }
  });

export type ValidAnswers = z.infer<typeof answersSchema>;
