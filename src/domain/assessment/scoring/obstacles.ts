import { t } from '../../i18n.js';
import { type Answers, choice } from '../answers.js';
import type { AssessmentResult } from '../result.js';
import { basis } from './basis.js';

/** The obstacle items, in questionnaire order. */
export const OBSTACLE_ITEMS = [
  'ob-worry',
  'ob-fear-movement',
  'ob-low-mood',
  'ob-unsafe-active',
  'ob-bothersome',
];
const AMOUNT_POINTS: Record<string, number> = {
  'not-at-all': 0,
  'a-little': 1,
  moderately: 2,
  'a-lot': 3,
  extremely: 4,
};
export const OBSTACLES_MEDIUM_FROM = 6;
export const OBSTACLES_HIGH_FROM = 12;

/** Worry, fear and low mood that slow recovery (the five obstacle items, 0 to 4 points each). */
export function obstacles(a: Answers): AssessmentResult['obstacles'] {
  let score = 0;
  const given: string[] = [];
  for (const id of OBSTACLE_ITEMS) {
    const v = choice(a, id);
    if (v !== undefined && v in AMOUNT_POINTS) {
      score += AMOUNT_POINTS[v]!;
      given.push(id);
    }
  }
  const level = score >= OBSTACLES_HIGH_FROM ? 'high' : score >= OBSTACLES_MEDIUM_FROM ? 'medium' : 'low';
  const meaning = {
    low: t(
      'Few obstacles: the pain is not holding you back much, and self-care has a good chance of working.',
      'Pocos obstáculos: el dolor no te frena mucho y el autocuidado tiene buenas probabilidades de funcionar.',
    ),
    medium: t(
      'Some obstacles: worry or the pain itself is holding you back. Keep moving in small steps; talking it over with a physiotherapist can help.',
      'Algunos obstáculos: la preocupación o el propio dolor te frenan. Sigue moviéndote poco a poco; hablarlo con un fisioterapeuta puede ayudar.',
    ),
    high: t(
      'Many obstacles: worry, fear or low mood weigh a lot right now. Recovery is still likely, but it goes better with a professional who supports you in person.',
      'Muchos obstáculos: la preocupación, el miedo o el ánimo bajo pesan mucho ahora. La recuperación sigue siendo probable, pero va mejor con un profesional que te acompañe en persona.',
    ),
  }[level];
  return {
    level,
    score,
    answered: given.length,
    meaning,
    because: basis(given, ['psoas-own', 'nice-ng59'], meaning),
  };
}
