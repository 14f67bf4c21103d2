import { t } from '../../i18n.js';
import { type Answers, choice, choices, num } from '../answers.js';
import type { Level, PsoasPattern } from '../result.js';
import { basis, Tally } from './basis.js';

// Article 003 tells the two apart: a tight psoas tips the pelvis forward and limits the hip
// (tests feel tight, lying flat and leaning back hurt); a weak one makes the hip unstable and
// running, jumping and knees suffer. Article 004 names long sitting with poor posture as the
// usual cause of weakness.
export const PATTERN_FROM = 3;
/**
 * A weak pattern shows even when few signs point to the psoas: weakness is found by holding
 * (a bridge, standing on one leg), not by the stretch tests, so a clear lead is enough.
 */
export const WEAK_CLEAR_FROM = 4;

/** Whether the psoas looks tight and short, weak, both, or neither. */
export function psoasPattern(a: Answers, likelihood: Level): PsoasPattern {
  const tight = new Tally();
  const weak = new Tally();
  if (choice(a, 'test-lunge') === 'tight') tight.add(2, 'test-lunge');
  if (choice(a, 'test-thomas') === 'tight') tight.add(2, 'test-thomas');
  if (choice(a, 'test-back-bend') === 'tight') tight.add(1, 'test-back-bend');
  const worse = choices(a, 'pain-worse-with');
  if (worse.includes('lying-on-back')) tight.add(1, 'pain-worse-with');
  if (worse.includes('leaning-back')) tight.add(1, 'pain-worse-with');
  const symptoms = choices(a, 'symptoms');
  for (const s of ['thigh-back-restricted', 'hip-restricted', 'twisted-pelvis', 'thigh-hip-tension'])
    if (symptoms.includes(s)) tight.add(1, 'symptoms');
  if (choice(a, 'leg-crossing') === 'often') tight.add(1, 'leg-crossing');

  if (symptoms.includes('hip-unstable')) weak.add(2, 'symptoms');
  if (symptoms.includes('core-weak')) weak.add(2, 'symptoms');
  if (choice(a, 'test-bridge') === 'hard') weak.add(2, 'test-bridge');
  if (choice(a, 'test-single-leg') === 'wobbly') weak.add(2, 'test-single-leg');
  if (choice(a, 'test-knee-lift') === 'weak') weak.add(2, 'test-knee-lift');
  if (symptoms.includes('running-jumping-hard')) weak.add(2, 'symptoms');
  if (choices(a, 'pain-areas').includes('knee')) weak.add(1, 'pain-areas');
  if (worse.includes('walking-uphill')) weak.add(1, 'pain-worse-with');
  const sitting = num(a, 'sitting-hours');
  if (sitting !== undefined && sitting >= 8 && choice(a, 'posture') === 'slouched') {
    weak.add(1, 'sitting-hours');
    weak.answers.push('posture');
  }

  const T = tight.points;
  const W = weak.points;
  let kind: PsoasPattern['kind'] = 'unclear';
  if (likelihood !== 'low') {
    if (T >= PATTERN_FROM && W >= PATTERN_FROM) kind = 'both';
    else if (T >= PATTERN_FROM) kind = 'tight-short';
    else if (W >= PATTERN_FROM) kind = 'weak';
  } else if (W >= WEAK_CLEAR_FROM && W - T >= 2) {
    kind = 'weak';
  }
  let confidence: Level = 'low';
  if (kind === 'tight-short' || kind === 'weak') {
    const [lead, other] = kind === 'tight-short' ? [T, W] : [W, T];
    confidence = lead >= 6 && other <= 1 ? 'high' : lead >= 4 && lead - other >= 2 ? 'moderate' : 'low';
  } else if (kind === 'both') {
    confidence = Math.min(T, W) >= 5 ? 'moderate' : 'low';
  }
  const answers =
    kind === 'tight-short'
      ? tight.answers
      : kind === 'weak'
        ? weak.answers
        : [...tight.answers, ...weak.answers];
  const text = {
    'tight-short': t(
      'Your self-tests and symptoms point to a short, tight psoas: stretching comes first, then strengthening.',
      'Tus pruebas y síntomas apuntan a un psoas corto y tenso: primero estiramientos, luego fortalecimiento.',
    ),
    weak: t(
      'Your answers point to a weak psoas (an unsteady hip or core, a bridge or one-leg stand that is hard to hold, trouble running or climbing): strengthening comes first.',
      'Tus respuestas apuntan a un psoas débil (cadera o core inestables, un puente o un apoyo a una pierna que cuesta aguantar, dificultad para correr o subir): primero, fortalecimiento.',
    ),
    both: t(
      'Your answers show signs of both tightness and weakness: the programme mixes stretching and strengthening.',
      'Tus respuestas muestran señales de tensión y de debilidad: el programa combina estiramientos y fortalecimiento.',
    ),
    unclear: t(
      'Your answers do not show a clear pattern of tightness or weakness.',
      'Tus respuestas no muestran un patrón claro de tensión o de debilidad.',
    ),
  }[kind];
  return {
    kind,
    confidence,
    tightPoints: T,
    weakPoints: W,
    because: basis(answers, ['article-003', 'article-004', 'article-002', 'article-000'], text),
  };
}
