import { t } from '../../i18n.js';
import { type Answers, choice, choices, num, yes } from '../answers.js';
import type { Level, PsoasLikelihood } from '../result.js';
import { basis, Tally } from './basis.js';

// Points for answers the source articles link to the psoas. Thresholds are ours; the reasoning
// (and the stories that pin it) is in docs/assessment.md § "Likelihood".
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
  'core-weak': 1,
  'hip-clicking': 1,
};
/**
 * A tight test earns more the more it isolates the hip flexor: the Thomas test position lifts
 * the thigh only when the front of the hip is short; the lunge also stretches the thigh; the
 * back-bend loads the whole front of the body.
 */
const TIGHT_TEST_POINTS = { 'test-thomas': 3, 'test-lunge': 2, 'test-back-bend': 1 } as const;
export const LIKELIHOOD_MODERATE_FROM = 5;
export const LIKELIHOOD_HIGH_FROM = 9;
/** Article 001: four hours or more of sitting a day keeps the psoas short. */
export const SITTING_HOURS_FROM = 4;
export const SITTING_HOURS_LONG = 8;
/** Running or cycling this many hours a week is the overuse the articles describe. */
export const RUNNING_HOURS_FROM = 3;

const LOWER: Record<Level, Level> = { high: 'moderate', moderate: 'low', low: 'low' };

/** How much the answers point to the psoas as the source of the pain. */
export function psoasLikelihood(a: Answers): PsoasLikelihood {
  const tally = new Tally();
  const areas = choices(a, 'pain-areas');
  for (const area of areas) if (AREA_POINTS[area]) tally.add(AREA_POINTS[area], 'pain-areas');
  for (const w of choices(a, 'pain-worse-with'))
    if (WORSE_POINTS[w]) tally.add(WORSE_POINTS[w], 'pain-worse-with');
  const symptoms = choices(a, 'symptoms');
  for (const s of symptoms) if (SYMPTOM_POINTS[s]) tally.add(SYMPTOM_POINTS[s], 'symptoms');
  for (const [test, points] of Object.entries(TIGHT_TEST_POINTS)) {
    const r = choice(a, test);
    if (r === 'tight') tally.add(points, test);
    else if (r === 'painful') tally.add(1, test);
  }
  // Pain in the front of the hip when the knee lifts against resistance loads the psoas itself
  // (iliopsoas strain or tendinopathy, article 004).
  if (choice(a, 'test-knee-lift') === 'painful') tally.add(2, 'test-knee-lift');
  if (choice(a, 'test-bridge') === 'hard') tally.add(1, 'test-bridge');

  // Mechanisms the articles name: they make a psoas source likelier, never certain on their own.
  const sitting = num(a, 'sitting-hours');
  if (sitting !== undefined && sitting >= SITTING_HOURS_FROM)
    tally.add(sitting >= SITTING_HOURS_LONG ? 2 : 1, 'sitting-hours');
  const running = num(a, 'running-cycling-hours');
  if (running !== undefined && running >= RUNNING_HOURS_FROM) {
    tally.add(1, 'running-cycling-hours');
    // Overuse shows where the psoas crosses the hip.
    if (areas.includes('front-hip') || areas.includes('groin') || symptoms.includes('front-hip-ache'))
      tally.add(1, 'running-cycling-hours');
  }
  // Pregnancy moves the centre of gravity forward and deepens the curve of the lower back,
  // which the psoas holds; pelvic ache in pregnancy adds to it.
  if (yes(a, 'pregnant')) {
    tally.add(2, 'pregnant');
    if (symptoms.includes('deep-pelvic-pain') || areas.includes('buttock')) tally.add(1, 'pregnant');
  }

  const byPoints: Level =
    tally.points >= LIKELIHOOD_HIGH_FROM
      ? 'high'
      : tally.points >= LIKELIHOOD_MODERATE_FROM
        ? 'moderate'
        : 'low';
  // Sciatica (pain below the knee, foot tingling, pain on coughing) points to a nerve root:
  // a psoas pattern is then less likely to be the main source (clinical facts §1).
  const nerve = [
    ...(choices(a, 'leg-nerve-signs').some((s) => s !== 'none') ? ['leg-nerve-signs'] : []),
    ...(areas.includes('below-knee') ? ['pain-areas'] : []),
  ];
  const level = nerve.length > 0 ? LOWER[byPoints] : byPoints;
  const text = {
    low: t(
      'Few of your answers match the signs linked to the psoas, so it is probably not the main source of your pain.',
      'Pocas de tus respuestas coinciden con las señales que se relacionan con el psoas, así que probablemente no es la causa principal de tu dolor.',
    ),
    moderate: t(
      'Some of your answers match signs linked to the psoas: it may be playing a part.',
      'Algunas de tus respuestas coinciden con señales que se relacionan con el psoas: puede estar influyendo.',
    ),
    high: t(
      'Many of your answers (where it hurts, what makes it worse, your habits, symptoms and self-tests) match signs linked to the psoas.',
      'Muchas de tus respuestas (dónde duele, qué lo empeora, tus hábitos, síntomas y pruebas) coinciden con señales que se relacionan con el psoas.',
    ),
  }[level];
  const nerveText = t(
    ' Pain below the knee, tingling or pain on coughing point to a nerve in the back instead, so we rate the psoas one step lower.',
    ' El dolor por debajo de la rodilla, el hormigueo o el dolor al toser apuntan más bien a un nervio de la espalda, así que bajamos un grado la probabilidad del psoas.',
  );
  return {
    level,
    points: tally.points,
    because: basis(
      [...tally.answers, ...(nerve.length > 0 ? nerve : [])],
      [
        'article-000',
        'article-001',
        'article-002',
        'article-003',
        'article-004',
        ...(nerve.length > 0 ? (['nice-cks-sciatica'] as const) : []),
      ],
      nerve.length > 0 ? { en: text.en + nerveText.en, es: text.es + nerveText.es } : text,
    ),
  };
}
