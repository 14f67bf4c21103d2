import { t } from '../../i18n.js';
import { type Answers, choice, choices, num, yes } from '../answers.js';
import { evaluateRedFlags } from '../red-flags.js';
import type { Basis, ExerciseRestriction, RestrictionEntry } from '../result.js';
import { basis, uniq } from './basis.js';
import { OBSTACLE_ITEMS } from './obstacles.js';

const FOAM_ABSOLUTE = [
  'open-wound',
  'fracture',
  'aneurysm',
  'blood-clot',
  'cancer',
  'anticoagulants',
  'heart-failure',
  'bursitis',
  'oedema',
];
const FOAM_CAUTION = ['local-inflammation', 'osteomyelitis', 'myositis-ossificans'];
export const SECOND_TRIMESTER_FROM_WEEK = 14;
export const THIRD_TRIMESTER_FROM_WEEK = 28;
/** Facts §3: return to exercise in the first 6 weeks after birth waits for clearance. */
export const POSTPARTUM_CLEARANCE_WEEKS = 6;

/** The answers that put a person after birth on the "get cleared first" path, if any. */
export function postpartumNotCleared(a: Answers): string[] {
  if (!yes(a, 'postpartum')) return [];
  const weeks = num(a, 'postpartum-weeks');
  return [
    ...(weeks !== undefined && weeks < POSTPARTUM_CLEARANCE_WEEKS ? ['postpartum-weeks'] : []),
    ...(a['postpartum-cleared'] === false ? ['postpartum-cleared'] : []),
  ];
}

/** Exercise restriction codes the programme generator reads (docs/assessment.md lists them). */
export function restrictions(a: Answers, stop: boolean, obstaclesLevel: string): RestrictionEntry[] {
  const out: RestrictionEntry[] = [];
  const add = (code: ExerciseRestriction, b: Basis) => out.push({ code, because: b });
  if (stop) {
    add(
      'no-exercise-until-cleared',
      basis(
        evaluateRedFlags(a)
          .filter((f) => f.urgency !== 'routine-referral')
          .flatMap((f) => f.answers),
        ['nice-cks-lbp', 'nice-ng59'],
        t(
          'A warning sign needs a doctor before any exercise.',
          'Una señal de alarma requiere un médico antes de cualquier ejercicio.',
        ),
      ),
    );
  }
  if (yes(a, 'pregnant') && yes(a, 'pregnancy-told-not-to-exercise')) {
    add(
      'no-exercise-until-cleared',
      basis(
        ['pregnant', 'pregnancy-told-not-to-exercise'],
        ['acog-804'],
        t(
          'Your midwife or doctor advised against exercise in this pregnancy.',
          'Tu matrona o tu médico te aconsejaron no hacer ejercicio en este embarazo.',
        ),
      ),
    );
  }
  const foam = choices(a, 'foam-rolling-conditions');
  if (foam.some((c) => FOAM_ABSOLUTE.includes(c))) {
    add(
      'no-foam-rolling',
      basis(
        ['foam-rolling-conditions'],
        ['article-004', 'bartsch-2021'],
        t(
          'One of your conditions rules out foam rolling.',
          'Una de tus situaciones impide usar el rodillo de espuma.',
        ),
      ),
    );
  } else if (foam.some((c) => FOAM_CAUTION.includes(c))) {
    add(
      'foam-rolling-with-care',
      basis(
        ['foam-rolling-conditions'],
        ['bartsch-2021'],
        t(
          'Roll only away from the affected area, lightly, and stop if it hurts.',
          'Usa el rodillo solo lejos de la zona afectada, con suavidad, y para si duele.',
        ),
      ),
    );
  }
  const weeks = yes(a, 'pregnant') ? num(a, 'pregnancy-weeks') : undefined;
  if (weeks !== undefined) {
    const trimester: ExerciseRestriction =
      weeks >= THIRD_TRIMESTER_FROM_WEEK
        ? 'pregnancy-third-trimester'
        : weeks >= SECOND_TRIMESTER_FROM_WEEK
          ? 'pregnancy-second-trimester'
          : 'pregnancy-first-trimester';
    add(
      trimester,
      basis(
        ['pregnant', 'pregnancy-weeks'],
        ['acog-804'],
        t(
          'Exercise in pregnancy is adapted to its stage.',
          'El ejercicio en el embarazo se adapta a cada etapa.',
        ),
      ),
    );
    if (weeks >= SECOND_TRIMESTER_FROM_WEEK) {
      add(
        'no-long-supine',
        basis(
          ['pregnant', 'pregnancy-weeks'],
          ['acog-804'],
          t(
            'From the second trimester, avoid lying flat on your back for long: exercises are done on your side or propped up.',
            'Desde el segundo trimestre, evita estar mucho rato tumbada boca arriba: los ejercicios se hacen de lado o semiincorporada.',
          ),
        ),
      );
    }
  }
  const notCleared = postpartumNotCleared(a);
  if (notCleared.length > 0) {
    add(
      'postpartum-not-cleared',
      basis(
        ['postpartum', ...notCleared],
        ['acog-804'],
        t(
          'After a birth, exercise starts once your midwife or doctor has cleared you, usually about six weeks on, and then very gently.',
          'Después de un parto, el ejercicio empieza cuando tu matrona o tu médico te dan el visto bueno, normalmente hacia las seis semanas, y entonces con mucha suavidad.',
        ),
      ),
    );
  }
  const separation = choice(a, 'abdominal-separation');
  if (separation === 'yes' || separation === 'not-sure') {
    add(
      'postpartum-abdominal-separation',
      basis(
        ['postpartum', 'abdominal-separation'],
        ['acog-804'],
        t(
          'With a gap along the middle of the belly, curl-ups, sit-ups and other exercises that load the belly wait until a physiotherapist or your midwife says they are safe.',
          'Con un hueco en el centro de la barriga, los abdominales, encogimientos y otros ejercicios que cargan la barriga esperan hasta que un fisioterapeuta o tu matrona digan que son seguros.',
        ),
      ),
    );
  }
  const painfulTest = (item: string, code: ExerciseRestriction, en: string, es: string) => {
    if (choice(a, item) === 'painful') add(code, basis([item], ['article-003', 'article-002'], t(en, es)));
  };
  painfulTest(
    'test-lunge',
    'no-lunges-painful',
    'The lunge test hurt, so lunges stay out until they are pain-free.',
    'La prueba de zancada te dolió, así que las zancadas quedan fuera hasta que no duelan.',
  );
  painfulTest(
    'test-back-bend',
    'no-back-bends-painful',
    'The back-bend hurt, so back-bends stay out for now.',
    'La extensión hacia atrás te dolió, así que queda fuera por ahora.',
  );
  painfulTest(
    'test-thomas',
    'no-thomas-painful',
    'The Thomas test position hurt, so the Thomas stretch stays out for now.',
    'La posición del test de Thomas te dolió, así que ese estiramiento queda fuera por ahora.',
  );
  if (yes(a, 'cannot-kneel')) {
    add(
      'no-kneeling',
      basis(
        ['cannot-kneel'],
        ['article-004'],
        t(
          'You cannot kneel comfortably, so standing versions replace kneeling ones.',
          'No puedes arrodillarte con comodidad, así que se usan versiones de pie.',
        ),
      ),
    );
  }
  const worst = num(a, 'pain-worst-week');
  const injury = choice(a, 'recent-injury');
  const gentleBecause = [
    ...(worst !== undefined && worst >= 8 ? ['pain-worst-week'] : []),
    ...(obstaclesLevel === 'high' ? OBSTACLE_ITEMS.filter((i) => a[i] !== undefined) : []),
    ...(injury !== undefined && injury !== 'none' ? ['recent-injury'] : []),
    ...(notCleared.length > 0 ? ['postpartum', ...notCleared] : []),
    ...(choice(a, 'test-knee-lift') === 'painful' ? ['test-knee-lift'] : []),
  ];
  if (gentleBecause.length > 0) {
    add(
      'gentle-start',
      basis(
        gentleBecause,
        ['article-003', 'nice-ng59', ...(notCleared.length > 0 ? (['acog-804'] as const) : [])],
        t(
          'Start with the gentlest versions and build up slowly; stretching should never hurt.',
          'Empieza por las versiones más suaves y progresa despacio; estirar nunca debe doler.',
        ),
      ),
    );
  }
  // One entry per code: the first reason kept, answers merged.
  const merged = new Map<ExerciseRestriction, RestrictionEntry>();
  for (const r of out) {
    const prev = merged.get(r.code);
    if (!prev) merged.set(r.code, r);
    else prev.because.answers = uniq([...prev.because.answers, ...r.because.answers]);
  }
  return [...merged.values()];
}
