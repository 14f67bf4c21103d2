import { t } from '../../i18n.js';
import { type Answers, choice, choices } from '../answers.js';
import type { Level, PsoasLikelihood } from '../result.js';
import { basis, Tally } from './basis.js';

// Points for answers the source articles link to the psoas. Thresholds are ours: they put a
// person with typical signs in two or more groups (where, what worsens it, symptoms, self-tests)
// at "high", and plain low back pain with comfortable tests at "low".
const AREA_POINTS: Record<string, number> = {
  'front-hip': 2,
  groin: 2,
  'lower-back': 1,
  thigh: 1,
  abdomen: 1,
};
const WORSE_POINTS: Record<string, number> = {
  'lying-on-back': 2,
  'standing-from-sitting': 1,
  'walking-uphill': 1,
  'leaning-back': 1,
  'sitting-long': 1,
};
const SYMPTOM_POINTS: Record<string, number> = {
  'front-hip-ache': 2,
  'thigh-back-restricted': 2,
  'hip-restricted': 1,
  'deep-pelvic-pain': 1,
  'deep-belly-ache': 1,
  constipation: 1,
  'twisted-pelvis': 1,
  'thigh-hip-tension': 1,
  'hip-unstable': 1,
  'running-jumping-hard': 1,
};
const SELF_TESTS = ['test-back-bend', 'test-lunge', 'test-thomas'] as const;
export const LIKELIHOOD_MODERATE_FROM = 5;
export const LIKELIHOOD_HIGH_FROM = 10;

/** How much the answers point to the psoas as the source of the pain. */
export function psoasLikelihood(a: Answers): PsoasLikelihood {
  const tally = new Tally();
  for (const area of choices(a, 'pain-areas'))
    if (AREA_POINTS[area]) tally.add(AREA_POINTS[area], 'pain-areas');
  for (const w of choices(a, 'pain-worse-with'))
    if (WORSE_POINTS[w]) tally.add(WORSE_POINTS[w], 'pain-worse-with');
  for (const s of choices(a, 'symptoms')) if (SYMPTOM_POINTS[s]) tally.add(SYMPTOM_POINTS[s], 'symptoms');
  for (const test of SELF_TESTS) {
    const r = choice(a, test);
    if (r === 'tight') tally.add(2, test);
    else if (r === 'painful') tally.add(1, test);
  }
  const level: Level =
    tally.points >= LIKELIHOOD_HIGH_FROM
      ? 'high'
      : tally.points >= LIKELIHOOD_MODERATE_FROM
        ? 'moderate'
        : 'low';
  const text = {
    low: t(
      'Few of your answers match the signs the articles link to the psoas, so it is probably not the main source of your pain.',
      'Pocas respuestas coinciden con las señales que los artículos relacionan con el psoas, así que probablemente no es la causa principal de su dolor.',
    ),
    moderate: t(
      'Some of your answers match signs the articles link to the psoas: it may be playing a part.',
      'Algunas respuestas coinciden con señales que los artículos relacionan con el psoas: puede estar influyendo.',
    ),
    high: t(
      'Many of your answers (where it hurts, what makes it worse, your symptoms and self-tests) match signs the articles link to the psoas.',
      'Muchas de sus respuestas (dónde duele, qué lo empeora, sus síntomas y pruebas) coinciden con señales que los artículos relacionan con el psoas.',
    ),
  }[level];
  return {
    level,
    points: tally.points,
    because: basis(
      tally.answers,
      ['article-000', 'article-001', 'article-002', 'article-003', 'article-004'],
      text,
    ),
  };
}
