import { describe, expect, it } from 'vitest';
import {
  CONTRIBUTING_FACTORS,
  EXERCISE_RESTRICTIONS,
  NEXT_STEPS,
  RED_FLAG_RULES,
} from '../../../domain/assessment/index.js';
import en from '../../i18n/locales/en/assessment.json';
import es from '../../i18n/locales/es/assessment.json';

// The result page looks these up by code: a code without a text would show the raw key.
describe.each([
  ['en', en],
  ['es', es],
] as const)('assessment texts in %s', (_lang, texts) => {
  const has = (group: Record<string, string>, key: string) => expect(group[key], key).toBeTruthy();
  it('name every next step, restriction, factor and suspected condition', () => {
    for (const id of NEXT_STEPS) has(texts.nextStep, id);
    for (const id of EXERCISE_RESTRICTIONS) has(texts.restriction, id);
    for (const id of CONTRIBUTING_FACTORS) has(texts.factor, id);
    for (const rule of RED_FLAG_RULES) has(texts.condition, rule.condition);
  });
});
