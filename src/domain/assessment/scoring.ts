import { type Answers, activities, choice, choices, isVisible, num, visibleAnswers, yes } from './answers.js';
import { ITEMS } from './questionnaire.js';
import { evaluateRedFlags, highestUrgency, stopsSelfCare } from './red-flags.js';
import {
  type AssessmentResult,
  type Basis,
  type ContributingFactor,
  type ExerciseRestriction,
  type Level,
  type NextStep,
  type PsoasLikelihood,
  type PsoasPattern,
  type RestrictionEntry,
  SCORING_VERSION,
} from './result.js';
import type { LocalizedText, SourceId } from './sources.js';

const t = (en: string, es: string): LocalizedText => ({ en, es });
const uniq = (ids: string[]) => [...new Set(ids)];
const basis = (answers: string[], sources: SourceId[], text: LocalizedText): Basis => ({
  answers: uniq(answers),
  sources,
  text,
});

/** Adds points and remembers which answers earned them. */
class Tally {
  points = 0;
  readonly answers: string[] = [];
  add(points: number, item: string): void {
    this.points += points;
    this.answers.push(item);
  }
}

// ── Psoas likelihood ─────────────────────────────────────────────────────────────────────────
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

function psoasLikelihood(a: Answers): PsoasLikelihood {
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

// ── Tight-short or weak ─────────────────────────────────────────────────────────────────────
// Article 003 tells the two apart: a tight psoas tips the pelvis forward and limits the hip
// (tests feel tight, lying flat and leaning back hurt); a weak one makes the hip unstable and
// running, jumping and knees suffer. Article 004 names long sitting with poor posture as the
// usual cause of weakness.
export const PATTERN_FROM = 3;

function psoasPattern(a: Answers, likelihood: Level): PsoasPattern {
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
      'Sus pruebas y síntomas apuntan a un psoas corto y tenso: primero estiramientos, luego fortalecimiento.',
    ),
    weak: t(
      'Your answers point to a weak psoas (an unsteady hip, trouble running or climbing): strengthening comes first.',
      'Sus respuestas apuntan a un psoas débil (cadera inestable, dificultad para correr o subir): primero fortalecimiento.',
    ),
    both: t(
      'Your answers show signs of both tightness and weakness: the programme mixes stretching and strengthening.',
      'Sus respuestas muestran señales de tensión y de debilidad: el programa combina estiramientos y fortalecimiento.',
    ),
    unclear: t(
      'Your answers do not show a clear pattern of tightness or weakness.',
      'Sus respuestas no muestran un patrón claro de tensión o de debilidad.',
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

// ── Contributing factors ─────────────────────────────────────────────────────────────────────
function contributingFactors(a: Answers): ContributingFactor[] {
  const out: ContributingFactor[] = [];
  const sitting = num(a, 'sitting-hours');
  if (sitting !== undefined && sitting >= 4) {
    out.push({
      id: 'prolonged-sitting',
      weight: sitting >= 8 ? 3 : sitting >= 6 ? 2 : 1,
      because: basis(
        ['sitting-hours'],
        ['article-001', 'article-004'],
        t(
          'Sitting four hours or more a day keeps the psoas in a shortened position for long stretches.',
          'Estar sentado cuatro horas o más al día mantiene el psoas acortado durante mucho tiempo.',
        ),
      ),
    });
  }
  if (yes(a, 'desk-work')) {
    out.push({
      id: 'desk-work',
      weight: 1,
      because: basis(
        ['desk-work'],
        ['article-002', 'article-000'],
        t(
          'Desk work tends to leave the psoas tight, weak or both.',
          'El trabajo de escritorio suele dejar el psoas tenso, débil o ambas cosas.',
        ),
      ),
    });
  }
  const crossing = choice(a, 'leg-crossing');
  if (crossing === 'often' || crossing === 'sometimes') {
    out.push({
      id: 'leg-crossing',
      weight: crossing === 'often' ? 2 : 1,
      because: basis(
        ['leg-crossing'],
        ['article-000'],
        t(
          'Sitting with crossed legs was part of a typical case of one-sided psoas back pain.',
          'Sentarse con las piernas cruzadas formaba parte de un caso típico de dolor lumbar de un lado por el psoas.',
        ),
      ),
    });
  }
  if (choice(a, 'posture') === 'slouched') {
    out.push({
      id: 'posture',
      weight: 2,
      because: basis(
        ['posture'],
        ['article-003', 'article-004'],
        t(
          'Slouching and rounded shoulders load the psoas and weaken the muscles that hold you up.',
          'Encorvarse y adelantar los hombros cargan el psoas y debilitan los músculos que le sostienen.',
        ),
      ),
    });
  }
  const stress = choice(a, 'stress');
  if (stress === 'high' || stress === 'moderate') {
    out.push({
      id: 'stress',
      weight: stress === 'high' ? 2 : 1,
      because: basis(
        ['stress'],
        ['article-003', 'article-001'],
        t(
          'Ongoing stress can keep the psoas tense.',
          'El estrés continuado puede mantener el psoas en tensión.',
        ),
      ),
    });
  }
  if (choice(a, 'water') === 'little') {
    out.push({
      id: 'hydration',
      weight: 1,
      because: basis(
        ['water'],
        ['article-003', 'article-002'],
        t(
          'Drinking little water can leave muscles stiff.',
          'Beber poca agua puede dejar los músculos rígidos.',
        ),
      ),
    });
  }
  const running = num(a, 'running-cycling-hours');
  if (running !== undefined && running >= 3) {
    out.push({
      id: 'running-cycling',
      weight: running >= 5 ? 2 : 1,
      because: basis(
        ['running-cycling-hours'],
        ['article-003'],
        t(
          'Running and cycling work the psoas over and over; a lot of it can overload it.',
          'Correr y pedalear usan el psoas una y otra vez; mucho volumen puede sobrecargarlo.',
        ),
      ),
    });
  }
  const injury = choice(a, 'recent-injury');
  if (injury !== undefined && injury !== 'none') {
    out.push({
      id: 'recent-injury',
      weight: 2,
      because: basis(
        ['recent-injury'],
        ['article-003'],
        t(
          'A recent hip or back injury can set off psoas pain and spasm.',
          'Una lesión reciente de cadera o espalda puede provocar dolor y espasmo del psoas.',
        ),
      ),
    });
  }
  if (yes(a, 'pregnant')) {
    out.push({
      id: 'pregnancy',
      weight: 1,
      because: basis(
        ['pregnant'],
        ['article-004'],
        t(
          'Pregnancy changes the load on the pelvis and the psoas.',
          'El embarazo cambia la carga sobre la pelvis y el psoas.',
        ),
      ),
    });
  }
  // Stable ranking: heavier first, ties in the order above.
  return out
    .map((f, i) => ({ f, i }))
    .sort((x, y) => y.f.weight - x.f.weight || x.i - y.i)
    .map((x) => x.f);
}

// ── Obstacles to recovery ───────────────────────────────────────────────────────────────────
const OBSTACLE_ITEMS = ['ob-worry', 'ob-fear-movement', 'ob-low-mood', 'ob-unsafe-active', 'ob-bothersome'];
const AMOUNT_POINTS: Record<string, number> = {
  'not-at-all': 0,
  'a-little': 1,
  moderately: 2,
  'a-lot': 3,
  extremely: 4,
};
export const OBSTACLES_MEDIUM_FROM = 6;
export const OBSTACLES_HIGH_FROM = 12;

function obstacles(a: Answers): AssessmentResult['obstacles'] {
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
      'Pocos obstáculos: el dolor no le frena mucho y el autocuidado tiene buenas probabilidades de funcionar.',
    ),
    medium: t(
      'Some obstacles: worry or the pain itself is holding you back. Keep moving in small steps; talking it over with a physiotherapist can help.',
      'Algunos obstáculos: la preocupación o el propio dolor le frenan. Siga moviéndose poco a poco; hablarlo con un fisioterapeuta puede ayudar.',
    ),
    high: t(
      'Many obstacles: worry, fear or low mood weigh a lot right now. Recovery is still likely, but it goes better with a professional who supports you in person.',
      'Muchos obstáculos: la preocupación, el miedo o el ánimo bajo pesan mucho ahora. La recuperación sigue siendo probable, pero va mejor con un profesional que le acompañe en persona.',
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

// ── Exercise restrictions (codes the programme generator reads) ───────────────────────────
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

function restrictions(a: Answers, stop: boolean, obstaclesLevel: string): RestrictionEntry[] {
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
          'Su matrona o su médico le aconsejaron no hacer ejercicio en este embarazo.',
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
          'Una de sus situaciones impide usar el rodillo de espuma.',
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
          'Use el rodillo solo lejos de la zona afectada, con suavidad, y pare si duele.',
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
            'Desde el segundo trimestre, evite estar mucho rato tumbada boca arriba: los ejercicios se hacen de lado o semiincorporada.',
          ),
        ),
      );
    }
  }
  const painfulTest = (item: string, code: ExerciseRestriction, en: string, es: string) => {
    if (choice(a, item) === 'painful') add(code, basis([item], ['article-003', 'article-002'], t(en, es)));
  };
  painfulTest(
    'test-lunge',
    'no-lunges-painful',
    'The lunge test hurt, so lunges stay out until they are pain-free.',
    'La prueba de zancada le dolió, así que las zancadas quedan fuera hasta que no duelan.',
  );
  painfulTest(
    'test-back-bend',
    'no-back-bends-painful',
    'The back-bend hurt, so back-bends stay out for now.',
    'La extensión hacia atrás le dolió, así que queda fuera por ahora.',
  );
  painfulTest(
    'test-thomas',
    'no-thomas-painful',
    'The Thomas test position hurt, so the Thomas stretch stays out for now.',
    'La posición del test de Thomas le dolió, así que ese estiramiento queda fuera por ahora.',
  );
  if (yes(a, 'cannot-kneel')) {
    add(
      'no-kneeling',
      basis(
        ['cannot-kneel'],
        ['article-004'],
        t(
          'You cannot kneel comfortably, so standing versions replace kneeling ones.',
          'No puede arrodillarse con comodidad, así que se usan versiones de pie.',
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
  ];
  if (gentleBecause.length > 0) {
    add(
      'gentle-start',
      basis(
        gentleBecause,
        ['article-003', 'nice-ng59'],
        t(
          'Start with the gentlest versions and build up slowly; stretching should never hurt.',
          'Empiece por las versiones más suaves y progrese despacio; estirar nunca debe doler.',
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

// ── Next steps ──────────────────────────────────────────────────────────────────────────────
function nextSteps(
  a: Answers,
  flags: ReturnType<typeof evaluateRedFlags>,
  selfCareAllowed: boolean,
  obstaclesResult: AssessmentResult['obstacles'],
  likelihood: Level,
): NextStep[] {
  const out: NextStep[] = [];
  const top = highestUrgency(flags);
  const flagAnswers = (pred: (f: (typeof flags)[number]) => boolean) =>
    flags.filter(pred).flatMap((f) => f.answers);
  if (top === 'emergency') {
    out.push({
      id: 'emergency-department-now',
      professional: 'emergency-department',
      because: basis(
        flagAnswers((f) => f.urgency === 'emergency'),
        ['nice-cks-lbp', 'nice-cks-sciatica'],
        t(
          'A sign of possible nerve or spinal damage needs emergency care now.',
          'Una señal de posible daño en nervios o columna necesita urgencias ahora.',
        ),
      ),
    });
  }
  const pregnancyFlag = flags.some((f) => f.condition === 'pregnancy-warning');
  if (pregnancyFlag) {
    out.push({
      id: 'maternity-care-today',
      professional: 'midwife-or-obstetrician',
      because: basis(
        ['pregnant', 'pregnancy-warning-signs'],
        ['acog-804'],
        t(
          'A warning sign in pregnancy needs checking today.',
          'Una señal de alarma en el embarazo hay que revisarla hoy.',
        ),
      ),
    });
  }
  const sameDay = flags.filter((f) => f.urgency === 'urgent-same-day' && f.condition !== 'pregnancy-warning');
  if (top !== 'emergency' && sameDay.length > 0) {
    out.push({
      id: 'doctor-today',
      professional: 'family-doctor',
      because: basis(
        sameDay.flatMap((f) => f.answers),
        ['nice-cks-lbp'],
        t(
          'A possible infection or fracture needs a doctor today.',
          'Una posible infección o fractura necesita un médico hoy.',
        ),
      ),
    });
  }
  const days = flags.filter((f) => f.urgency === 'urgent-days');
  if (URGENCY_ORDER(top) <= 2 && days.length > 0) {
    out.push({
      id: 'doctor-within-days',
      professional: 'family-doctor',
      because: basis(
        days.flatMap((f) => f.answers),
        ['nice-cks-lbp', 'nice-ng234'],
        t(
          'Some answers mean a doctor should check you within days to rule out a serious cause.',
          'Algunas respuestas indican que un médico debe revisarle en pocos días para descartar una causa grave.',
        ),
      ),
    });
  }
  const ibp = flags.find((f) => f.id === 'inflammatory-back-pain');
  if (ibp) {
    out.push({
      id: 'ask-about-rheumatology',
      professional: 'rheumatologist',
      because: basis(
        ibp.answers,
        ['nice-ng65'],
        t(
          'Your pain has features of inflammatory back pain, which a rheumatologist can assess.',
          'Su dolor tiene rasgos de dolor lumbar inflamatorio, que puede valorar un reumatólogo.',
        ),
      ),
    });
  }
  if (yes(a, 'pregnant') && yes(a, 'pregnancy-told-not-to-exercise')) {
    out.push({
      id: 'midwife-before-exercise',
      professional: 'midwife-or-obstetrician',
      because: basis(
        ['pregnant', 'pregnancy-told-not-to-exercise'],
        ['acog-804'],
        t(
          'Ask your midwife or doctor which movement is safe for you.',
          'Pregunte a su matrona o su médico qué movimiento es seguro para usted.',
        ),
      ),
    });
  }
  if (selfCareAllowed) {
    out.push({
      id: 'self-care-programme',
      professional: 'none',
      because: basis(
        [],
        ['nice-ng59', 'article-003'],
        t(
          'No warning sign: a home programme of stretching, strengthening and better habits is a sensible start.',
          'Sin señales de alarma: un programa en casa de estiramientos, fortalecimiento y mejores hábitos es un buen comienzo.',
        ),
      ),
    });
    const worst = num(a, 'pain-worst-week');
    const seeAnswers = [
      ...(likelihood === 'high' ? ['pain-areas', 'symptoms'].filter((i) => a[i] !== undefined) : []),
      ...(worst !== undefined && worst >= 7 ? ['pain-worst-week'] : []),
      ...(obstaclesResult.level !== 'low' ? obstaclesResult.because.answers : []),
    ];
    if (seeAnswers.length > 0) {
      out.push({
        id: 'see-physiotherapist',
        professional: 'physiotherapist-or-chiropractor',
        because: basis(
          seeAnswers,
          ['nice-ng59', 'article-004'],
          t(
            'A physiotherapist or chiropractor can examine you, confirm the cause and release the psoas safely, which you should not try on your own belly.',
            'Un fisioterapeuta o quiropráctico puede explorarle, confirmar la causa y liberar el psoas con seguridad, algo que no debe intentar en su propio abdomen.',
          ),
        ),
      });
    }
    if (obstaclesResult.level === 'high') {
      out.push({
        id: 'talk-about-worries',
        professional: 'physiotherapist-or-chiropractor',
        because: basis(
          obstaclesResult.because.answers,
          ['psoas-own', 'nice-ng59'],
          t(
            'With this much worry or low mood, more support helps: tell the professional you see how the pain affects you.',
            'Con tanta preocupación o ánimo bajo, más apoyo ayuda: cuente al profesional cómo le afecta el dolor.',
          ),
        ),
      });
    }
    out.push({
      id: 'reassess-in-4-to-6-weeks',
      professional: 'none',
      because: basis(
        [],
        ['article-003'],
        t(
          'Improvement is expected within 4 to 6 weeks of steady exercise: repeat this assessment then.',
          'Se espera mejoría en 4 a 6 semanas de ejercicio constante: repita esta valoración entonces.',
        ),
      ),
    });
  }
  return out;
}

const URGENCY_ORDER = (u: string): number =>
  ({ emergency: 4, 'urgent-same-day': 3, 'urgent-days': 2, 'routine-referral': 1, none: 0 })[u] ?? 0;

/** True when every required, shown item has an answer. */
export function isComplete(answers: Answers): boolean {
  return ITEMS.every((i) => !i.required || !isVisible(i, answers) || answers[i.id] !== undefined);
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * Scores an assessment. Pure and deterministic: the same answers give the same result in the
 * browser and on the server. Answers to hidden items are ignored; missing answers count as not
 * given, so a partial set (stopped at a red flag) still scores.
 */
export function scoreAssessment(answers: Answers): AssessmentResult {
  const a = visibleAnswers(answers);
  const redFlags = evaluateRedFlags(a);
  const top = highestUrgency(redFlags);
  const stop = top !== 'none' && stopsSelfCare(top);
  const notCleared = yes(a, 'pregnant') && yes(a, 'pregnancy-told-not-to-exercise');
  const selfCareAllowed = !stop && !notCleared;
  const likelihood = psoasLikelihood(a);
  const pattern = psoasPattern(a, likelihood.level);
  const factors = contributingFactors(a);
  const obstaclesResult = obstacles(a);
  const exerciseRestrictions = restrictions(a, stop, obstaclesResult.level);
  const steps = nextSteps(a, redFlags, selfCareAllowed, obstaclesResult, likelihood.level);
  const rated = activities(a, 'activities');
  const painNow = num(a, 'pain-now');
  const painWorst = num(a, 'pain-worst-week');
  const weeks = yes(a, 'pregnant') ? num(a, 'pregnancy-weeks') : undefined;

  const redFlagText = (f: (typeof redFlags)[number]) => f.advice;
  const explanations: AssessmentResult['explanations'] = [
    ...redFlags.map((f) => ({
      conclusion: `red-flag:${f.id}`,
      because: basis(f.answers, f.sources, redFlagText(f)),
    })),
    ...steps.map((s) => ({ conclusion: `next-step:${s.id}`, because: s.because })),
    { conclusion: 'psoas-likelihood', because: likelihood.because },
    { conclusion: 'pattern', because: pattern.because },
    ...factors.map((f) => ({ conclusion: `factor:${f.id}`, because: f.because })),
    { conclusion: 'obstacles', because: obstaclesResult.because },
    ...exerciseRestrictions.map((r) => ({ conclusion: `restriction:${r.code}`, because: r.because })),
  ];

  return {
    scoringVersion: SCORING_VERSION,
    complete: isComplete(a),
    redFlags,
    highestUrgency: top,
    selfCareAllowed,
    psoasLikelihood: likelihood,
    pattern,
    contributingFactors: factors,
    obstacles: obstaclesResult,
    exerciseRestrictions,
    painNow: painNow ?? null,
    painWorstWeek: painWorst ?? null,
    functionScore: rated.length > 0 ? round(rated.reduce((s, r) => s + r.score, 0) / rated.length, 2) : null,
    sittingHoursPerDay: num(a, 'sitting-hours') ?? null,
    pregnancyWeeks: weeks ?? null,
    nextSteps: steps,
    explanations,
  };
}
