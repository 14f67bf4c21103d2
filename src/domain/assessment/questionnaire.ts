import { type Localized, t } from '../i18n.js';
import type { SourceId } from './sources.js';

/**
 * The self-assessment as data: sections in the order they are asked, items with their answer
 * types and the conditions under which they are shown. The web form, the answer schema, the
 * scoring explanations and the FHIR export all read this one definition.
 */
export const QUESTIONNAIRE_VERSION = '2';

/**
 * Sections are the form's steps, in the order asked. A phone shows one at a time, so none holds
 * more than six questions at once; a section whose items are all hidden (the inflammatory
 * follow-ups after a "no") is skipped. Every warning sign, pregnancy's included, is asked before
 * the first self-test.
 */
export const SECTION_IDS = [
  'red-flags',
  'red-flags-injury',
  'red-flags-infection',
  'red-flags-serious',
  'inflammatory',
  'inflammatory-more',
  'pregnancy',
  'pain',
  'symptoms',
  'causes',
  'habits',
  'self-tests',
  'strength-tests',
  'function',
  'obstacles',
  'safety',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Option {
  id: string;
  text: Localized;
  /** Chosen alone: e.g. "none of these". */
  exclusive?: boolean;
}

/** Shown only when an earlier answer matches. */
export type Condition =
  | { item: string; equals: string | boolean }
  | { item: string; includes: string }
  | { item: string; anyOf: string[] }
  /** Any one of several conditions (e.g. a belly symptom ticked in either of two questions). */
  | { any: Condition[] };

interface ItemBase {
  id: string;
  section: SectionId;
  /** The question as asked. */
  text: Localized;
  /** A short label used when an explanation cites the answer. */
  short: Localized;
  help?: Localized;
  required: boolean;
  showIf?: Condition;
  sources: SourceId[];
}

export type Item =
  | (ItemBase & { type: 'yes-no' })
  | (ItemBase & { type: 'scale'; min: 0; max: 10; minLabel: Localized; maxLabel: Localized })
  | (ItemBase & { type: 'number'; min: number; max: number; step: number; unit: Localized })
  | (ItemBase & { type: 'single'; options: Option[]; figure?: string })
  | (ItemBase & { type: 'multi'; options: Option[] })
  | (ItemBase & { type: 'activities'; maxActivities: 5 });

export type ItemType = Item['type'];

const yesNo = (
  id: string,
  section: SectionId,
  text: Localized,
  short: Localized,
  sources: SourceId[],
  extra: Partial<Pick<ItemBase, 'showIf' | 'help' | 'required'>> = {},
): Item => ({ id, section, type: 'yes-no', text, short, sources, required: true, ...extra });

const RED_FLAG_SOURCES: SourceId[] = ['nice-cks-lbp', 'nice-cks-sciatica', 'nice-ng59', 'verhagen-2016'];
const IBP_SHOWN: Condition = { item: 'ibp-began-before-45', equals: true };

/** For questions where "not sure" must count as the serious answer (the rules treat it as yes). */
const YES_NO_UNSURE: Option[] = [
  { id: 'yes', text: t('Yes', 'Sí') },
  { id: 'no', text: t('No', 'No') },
  { id: 'not-sure', text: t('I am not sure', 'No lo sé') },
];

/** A belly or bowel symptom, in either of the two questions that can record one. */
const BELLY_SYMPTOM: Condition = {
  any: [
    { item: 'pain-areas', includes: 'abdomen' },
    { item: 'symptoms', includes: 'deep-belly-ache' },
    { item: 'symptoms', includes: 'constipation' },
  ],
};
const NOT_PREGNANT: Condition = { item: 'pregnant', equals: false };
const POSTPARTUM_SHOWN: Condition = { item: 'postpartum', equals: true };

const SELF_TEST_OPTIONS: Option[] = [
  { id: 'tight', text: t('It felt tight', 'Lo noté tenso') },
  { id: 'comfortable', text: t('It felt easy and comfortable', 'Fue fácil y cómodo') },
  { id: 'painful', text: t('It hurt', 'Me dolió') },
  { id: 'could-not-do', text: t('I could not do it', 'No pude hacerlo') },
];

const AMOUNT_OPTIONS: Option[] = [
  { id: 'not-at-all', text: t('Not at all', 'Nada') },
  { id: 'a-little', text: t('A little', 'Un poco') },
  { id: 'moderately', text: t('Moderately', 'Bastante') },
  { id: 'a-lot', text: t('A lot', 'Mucho') },
  { id: 'extremely', text: t('Extremely', 'Muchísimo') },
];

const obstacle = (id: string, text: Localized, short: Localized): Item => ({
  id,
  section: 'obstacles',
  type: 'single',
  text,
  short,
  options: AMOUNT_OPTIONS,
  required: true,
  sources: ['psoas-own', 'nice-ng59'],
});

export const ITEMS: Item[] = [
  // ── Red flags: asked first, each one can end the self-care path ────────────────────────
  {
    id: 'age',
    section: 'red-flags',
    type: 'number',
    text: t('How old are you?', '¿Cuántos años tienes?'),
    short: t('Age', 'Edad'),
    help: t(
      'Psoas is made for people aged 16 and over.',
      'Psoas está pensado para personas de 16 años o más.',
    ),
    min: 16,
    max: 110,
    step: 1,
    unit: t('years', 'años'),
    required: true,
    sources: RED_FLAG_SOURCES,
  },
  yesNo(
    'rf-bladder',
    'red-flags',
    t(
      'Do you have new trouble passing urine, or have you lost control of your bladder?',
      '¿Te cuesta orinar desde hace poco, o has perdido el control de la vejiga?',
    ),
    t('New bladder trouble', 'Problema nuevo con la vejiga'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-bowel',
    'red-flags',
    t('Have you lost control of your bowels?', '¿Has perdido el control del intestino?'),
    t('Loss of bowel control', 'Pérdida del control intestinal'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-saddle-numbness',
    'red-flags',
    t(
      'Is there numbness or reduced feeling between your legs, around your bottom or on your inner thighs (the area that would touch a saddle)?',
      '¿Notas adormecimiento o menos sensibilidad entre las piernas, alrededor de las nalgas o en la cara interna de los muslos (la zona que tocaría un sillín)?',
    ),
    t('Numbness in the saddle area', 'Adormecimiento en la zona del sillín'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-both-legs',
    'red-flags',
    t(
      'Do you have pain or numbness going down both legs?',
      '¿Tienes dolor o adormecimiento que baja por las dos piernas?',
    ),
    t('Pain or numbness in both legs', 'Dolor o adormecimiento en ambas piernas'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-sexual-dysfunction',
    'red-flags',
    t(
      'Have you noticed a new problem with sexual function (for example loss of sensation or erection)?',
      '¿Has notado un problema nuevo en la función sexual (por ejemplo, pérdida de sensibilidad o de erección)?',
    ),
    t('New sexual dysfunction', 'Problema sexual nuevo'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-leg-weakness',
    'red-flags-injury',
    t(
      'Is weakness in a leg getting worse, or is walking getting difficult?',
      '¿La debilidad en una pierna va a peor o te cuesta cada vez más caminar?',
    ),
    t(
      'Worsening leg weakness or difficult walking',
      'Debilidad de pierna que empeora o dificultad para caminar',
    ),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-legs-progressive',
    'red-flags-injury',
    t(
      'Over days or weeks, are your legs becoming weaker, more numb or clumsier (tripping, losing balance)?',
      'En días o semanas, ¿tus piernas están cada vez más débiles, más dormidas o más torpes (tropiezas, pierdes el equilibrio)?',
    ),
    t('Legs getting weaker, number or clumsier', 'Piernas cada vez más débiles, dormidas o torpes'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-major-trauma',
    'red-flags-injury',
    t(
      'Did the pain start after a hard fall or an accident: a fall from higher than your own height, down stairs, from a ladder or a horse, or a road or sports accident?',
      '¿Empezó el dolor tras una caída fuerte o un accidente: una caída desde más alto que tu propia estatura, por unas escaleras, desde una escalera de mano o un caballo, o un accidente de tráfico o deportivo?',
    ),
    t('Pain after a hard fall or accident', 'Dolor tras una caída fuerte o un accidente'),
    RED_FLAG_SOURCES,
    {
      help: t(
        'Not sure whether your fall counts? Answer "Yes": we would rather you had it checked.',
        '¿No sabes si tu caída cuenta? Responde «Sí»: preferimos que te lo revisen.',
      ),
    },
  ),
  yesNo(
    'rf-minor-trauma',
    'red-flags-injury',
    t(
      'Did the pain start after a small fall, knock or strain: a slip or trip on level ground, bumping into something, or lifting or twisting awkwardly?',
      '¿Empezó el dolor tras una caída leve, un golpe o un esfuerzo: un resbalón o tropiezo en el suelo llano, un golpe contra algo, o al levantar peso o girarte de mala manera?',
    ),
    t('Pain after a small fall or strain', 'Dolor tras una caída leve o un esfuerzo'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-bone-fragility',
    'red-flags-injury',
    t(
      'Do you have thin bones (osteoporosis), or have you taken steroid tablets or injections for a long time?',
      '¿Tienes los huesos frágiles (osteoporosis) o has tomado corticoides en pastillas o inyecciones durante mucho tiempo?',
    ),
    t('Osteoporosis or long-term steroids', 'Osteoporosis o corticoides durante mucho tiempo'),
    RED_FLAG_SOURCES,
    { showIf: { item: 'rf-minor-trauma', equals: true } },
  ),
  yesNo(
    'rf-fever',
    'red-flags-infection',
    t(
      'Along with the back pain, do you have a fever, chills or fits of shivering?',
      'Junto con el dolor de espalda, ¿tienes fiebre, escalofríos o tiritona?',
    ),
    t('Fever or chills with back pain', 'Fiebre o escalofríos con dolor de espalda'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-immunosuppressed',
    'red-flags-infection',
    t(
      'Is your immune system weakened by an illness or by medicines (for example after a transplant or chemotherapy)?',
      '¿Tienes las defensas bajas por una enfermedad o por medicamentos (por ejemplo, tras un trasplante o quimioterapia)?',
    ),
    t('Weakened immune system', 'Defensas bajas'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-injected-drugs',
    'red-flags-infection',
    t('Do you inject drugs?', '¿Te inyectas drogas?'),
    t('Injecting drugs', 'Consumo de drogas inyectadas'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-recent-infection',
    'red-flags-infection',
    t(
      'Have you recently had a bacterial infection, or a procedure or injection in your spine?',
      '¿Has tenido hace poco una infección bacteriana, o una intervención o inyección en la columna?',
    ),
    t('Recent infection or spinal procedure', 'Infección o intervención en la columna reciente'),
    RED_FLAG_SOURCES,
  ),
  yesNo(
    'rf-belly-pulsating',
    'red-flags-infection',
    t(
      'Along with the back pain, do you feel a pulsing or throbbing lump in your belly, like a heartbeat?',
      'Junto con el dolor de espalda, ¿notas en la barriga un bulto que late o palpita, como un corazón?',
    ),
    t('Pulsing lump in the belly', 'Bulto que late en la barriga'),
    ['nice-cks-aaa', 'nice-cks-lbp'],
    {
      help: t(
        'Above all if you are over 50 or smoke: a swollen main artery in the belly can cause back pain.',
        'Sobre todo si tienes más de 50 años o fumas: una arteria principal dilatada en la barriga puede dar dolor de espalda.',
      ),
    },
  ),
  yesNo(
    'rf-cancer-history',
    'red-flags-serious',
    t('Have you ever had cancer?', '¿Has tenido cáncer alguna vez?'),
    t('History of cancer', 'Antecedente de cáncer'),
    [...RED_FLAG_SOURCES, 'nice-ng234'],
  ),
  yesNo(
    'rf-weight-loss',
    'red-flags-serious',
    t('Have you lost weight recently without trying?', '¿Has perdido peso últimamente sin proponértelo?'),
    t('Unexplained weight loss', 'Pérdida de peso sin explicación'),
    [...RED_FLAG_SOURCES, 'nice-ng234'],
  ),
  yesNo(
    'rf-night-pain',
    'red-flags-serious',
    t(
      'Is the pain there at night in every position, so that no way of lying eases it?',
      '¿Tienes dolor por la noche en cualquier postura, sin que ninguna forma de tumbarte lo alivie?',
    ),
    t('Night pain no position eases', 'Dolor nocturno que no cede con ninguna postura'),
    [...RED_FLAG_SOURCES, 'nice-ng234'],
  ),
  yesNo(
    'rf-no-improvement',
    'red-flags-serious',
    t(
      'Has this pain gone on for more than a month without easing at all, not even for a few days?',
      '¿Llevas más de un mes con este dolor sin que se alivie nada, ni siquiera unos días?',
    ),
    t('No improvement after a month', 'Sin mejoría después de un mes'),
    [...RED_FLAG_SOURCES, 'nice-ng234'],
  ),
  yesNo(
    'ibp-began-before-45',
    'red-flags-serious',
    t(
      'Did your back pain first begin before you were 45?',
      '¿Empezó tu dolor de espalda antes de los 45 años?',
    ),
    t('Back pain began before 45', 'Dolor de espalda antes de los 45'),
    ['nice-ng65'],
  ),
  yesNo(
    'ibp-began-before-35',
    'inflammatory',
    t('Did it begin before you were 35?', '¿Empezó antes de los 35 años?'),
    t('Began before 35', 'Empezó antes de los 35'),
    ['nice-ng65'],
    { showIf: IBP_SHOWN },
  ),
  yesNo(
    'ibp-morning-stiffness',
    'inflammatory',
    t(
      'When you get up in the morning, does your back stay stiff for more than 30 minutes before it loosens?',
      'Al levantarte por la mañana, ¿la espalda se queda rígida más de 30 minutos antes de soltarse?',
    ),
    t('Morning stiffness over 30 minutes', 'Rigidez por la mañana de más de 30 minutos'),
    ['nice-ng65'],
    { showIf: IBP_SHOWN },
  ),
  yesNo(
    'ibp-wakes-late-night',
    'inflammatory',
    t(
      'Does the pain wake you in the second half of the night?',
      '¿Te despierta el dolor en la segunda mitad de la noche?',
    ),
    t('Woken by pain late in the night', 'Te despierta el dolor de madrugada'),
    ['nice-ng65'],
    { showIf: IBP_SHOWN },
  ),
  yesNo(
    'ibp-buttock-pain',
    'inflammatory',
    t('Do you have pain in the buttocks?', '¿Tienes dolor en las nalgas?'),
    t('Buttock pain', 'Dolor en las nalgas'),
    ['nice-ng65'],
    { showIf: IBP_SHOWN },
  ),
  yesNo(
    'ibp-better-moving',
    'inflammatory-more',
    t('Does moving about make the pain better?', '¿Mejora el dolor cuando te mueves?'),
    t('Better with movement', 'Mejora al moverse'),
    ['nice-ng65'],
    { showIf: IBP_SHOWN },
  ),
  yesNo(
    'ibp-nsaid-relief',
    'inflammatory-more',
    t(
      'Does the pain improve within two days of taking anti-inflammatory medicine such as ibuprofen?',
      '¿Mejora el dolor en dos días cuando tomas un antiinflamatorio como el ibuprofeno?',
    ),
    t('Eased by anti-inflammatories within 48 h', 'Mejora con antiinflamatorios en 48 h'),
    ['nice-ng65'],
    { showIf: IBP_SHOWN },
  ),
  yesNo(
    'ibp-family',
    'inflammatory-more',
    t(
      'Does a parent, brother, sister or child have spondyloarthritis (for example ankylosing spondylitis)?',
      '¿Tu padre, tu madre, un hermano o un hijo tiene espondiloartritis (por ejemplo, espondilitis anquilosante)?',
    ),
    t('Close relative with spondyloarthritis', 'Familiar cercano con espondiloartritis'),
    ['nice-ng65'],
    { showIf: IBP_SHOWN },
  ),
  yesNo(
    'ibp-inflammatory-disease',
    'inflammatory-more',
    t(
      'Do you have psoriasis, inflammatory bowel disease, inflamed eyes (uveitis) or arthritis?',
      '¿Tienes psoriasis, enfermedad inflamatoria intestinal, inflamación en el ojo (uveítis) o artritis?',
    ),
    t('Psoriasis or another inflammatory disease', 'Psoriasis u otra enfermedad inflamatoria'),
    ['nice-ng65'],
    { showIf: IBP_SHOWN },
  ),

  // ── Pregnancy and the year after birth: asked with the warning signs, before any self-test ──
  yesNo('pregnant', 'pregnancy', t('Are you pregnant?', '¿Estás embarazada?'), t('Pregnant', 'Embarazo'), [
    'article-004',
    'acog-804',
  ]),
  {
    id: 'pregnancy-weeks',
    section: 'pregnancy',
    type: 'number',
    text: t('How many weeks pregnant are you?', '¿De cuántas semanas estás?'),
    short: t('Weeks of pregnancy', 'Semanas de embarazo'),
    min: 1,
    max: 42,
    step: 1,
    unit: t('weeks', 'semanas'),
    required: true,
    showIf: { item: 'pregnant', equals: true },
    sources: ['acog-804'],
  },
  yesNo(
    'pregnancy-told-not-to-exercise',
    'pregnancy',
    t(
      'Has your midwife or doctor told you not to exercise during this pregnancy?',
      '¿Te ha dicho tu matrona o tu médico que no hagas ejercicio durante este embarazo?',
    ),
    t('Told not to exercise in pregnancy', 'Te han indicado no hacer ejercicio en el embarazo'),
    ['acog-804'],
    { showIf: { item: 'pregnant', equals: true } },
  ),
  {
    id: 'pregnancy-warning-signs',
    section: 'pregnancy',
    type: 'multi',
    text: t(
      'Do you have any of these now? Choose all that apply.',
      '¿Tienes ahora alguno de estos síntomas? Elige todos los que correspondan.',
    ),
    short: t('Pregnancy warning signs', 'Señales de alarma en el embarazo'),
    options: [
      { id: 'bleeding', text: t('Bleeding from the vagina', 'Sangrado vaginal') },
      { id: 'contractions', text: t('Regular painful contractions', 'Contracciones dolorosas regulares') },
      { id: 'fluid', text: t('Fluid leaking from the vagina', 'Pérdida de líquido por la vagina') },
      { id: 'dizziness', text: t('Dizziness or feeling faint', 'Mareo o sensación de desmayo') },
      { id: 'chest-pain', text: t('Chest pain', 'Dolor en el pecho') },
      { id: 'calf', text: t('Pain or swelling in a calf', 'Dolor o hinchazón en una pantorrilla') },
      { id: 'headache', text: t('Headache', 'Dolor de cabeza') },
      {
        id: 'breathless',
        text: t('Short of breath before any effort', 'Falta de aire antes de hacer esfuerzo'),
      },
      { id: 'none', text: t('None of these', 'Ninguno'), exclusive: true },
    ],
    required: true,
    showIf: { item: 'pregnant', equals: true },
    sources: ['acog-804'],
  },
  yesNo(
    'postpartum',
    'pregnancy',
    t('Have you given birth in the last 12 months?', '¿Has dado a luz en los últimos 12 meses?'),
    t('Gave birth in the last 12 months', 'Parto en los últimos 12 meses'),
    ['acog-804'],
    { showIf: NOT_PREGNANT },
  ),
  {
    id: 'postpartum-weeks',
    section: 'pregnancy',
    type: 'number',
    text: t('How many weeks ago was the birth?', '¿Cuántas semanas hace del parto?'),
    short: t('Weeks since the birth', 'Semanas desde el parto'),
    min: 0,
    max: 53,
    step: 1,
    unit: t('weeks ago', 'semanas'),
    required: true,
    showIf: POSTPARTUM_SHOWN,
    sources: ['acog-804'],
  },
  yesNo(
    'postpartum-cleared',
    'pregnancy',
    t(
      'Since the birth, has your midwife or doctor told you that you can start exercising again?',
      'Desde el parto, ¿te ha dicho tu matrona o tu médico que ya puedes volver a hacer ejercicio?',
    ),
    t('Cleared for exercise after the birth', 'Visto bueno para el ejercicio tras el parto'),
    ['acog-804'],
    {
      showIf: POSTPARTUM_SHOWN,
      help: t(
        'This is usually said at the check-up about six weeks after the birth, or later after a caesarean.',
        'Suele decirse en la revisión de unas seis semanas después del parto, o más tarde tras una cesárea.',
      ),
    },
  ),
  {
    id: 'abdominal-separation',
    section: 'pregnancy',
    type: 'single',
    text: t(
      'Lying on your back with knees bent, lift your head a little: do you see or feel a gap, ridge or bulge along the middle of your belly?',
      'Tumbada boca arriba con las rodillas dobladas, levanta un poco la cabeza: ¿ves o notas un hueco, una cresta o un bulto a lo largo del centro de la barriga?',
    ),
    short: t('Gap or bulge along the middle of the belly', 'Hueco o bulto en el centro de la barriga'),
    help: t(
      'It is a sign that the belly muscles have separated, which is common after birth. Not sure? Choose "I am not sure" and we will plan as if it were there.',
      'Es señal de que los músculos del abdomen se han separado, algo frecuente tras el parto. ¿No lo sabes? Elige «No lo sé» y lo planificaremos como si lo hubiera.',
    ),
    options: YES_NO_UNSURE,
    required: true,
    showIf: POSTPARTUM_SHOWN,
    sources: ['acog-804'],
  },

  // ── Your pain ───────────────────────────────────────────────────────────────────────────
  {
    id: 'pain-areas',
    section: 'pain',
    type: 'multi',
    text: t(
      'Where do you feel the pain? Choose all that apply.',
      '¿Dónde notas el dolor? Elige todas las que correspondan.',
    ),
    short: t('Where it hurts', 'Dónde duele'),
    options: [
      { id: 'lower-back', text: t('Lower back', 'Zona lumbar') },
      { id: 'buttock', text: t('Buttock', 'Nalga') },
      { id: 'front-hip', text: t('Front of the hip', 'Parte delantera de la cadera') },
      { id: 'groin', text: t('Groin', 'Ingle') },
      { id: 'thigh', text: t('Thigh', 'Muslo') },
      { id: 'abdomen', text: t('Belly (abdomen)', 'Vientre (abdomen)') },
      { id: 'knee', text: t('Knee', 'Rodilla') },
      {
        id: 'below-knee',
        text: t(
          'Below the knee: calf, shin or foot',
          'Por debajo de la rodilla: pantorrilla, espinilla o pie',
        ),
      },
    ],
    required: true,
    sources: ['article-002', 'article-003', 'article-004'],
  },
  {
    id: 'pain-side',
    section: 'pain',
    type: 'single',
    text: t('On which side is the lower back pain?', '¿En qué lado está el dolor lumbar?'),
    short: t('Side of the back pain', 'Lado del dolor lumbar'),
    options: [
      { id: 'left', text: t('Left', 'Izquierdo') },
      { id: 'right', text: t('Right', 'Derecho') },
      { id: 'both', text: t('Both sides', 'Ambos lados') },
      { id: 'middle', text: t('In the middle', 'En el centro') },
    ],
    required: true,
    showIf: { item: 'pain-areas', includes: 'lower-back' },
    sources: ['article-000'],
  },
  {
    id: 'pain-since',
    section: 'pain',
    type: 'single',
    text: t('How long have you had this pain?', '¿Desde cuándo tienes este dolor?'),
    short: t('How long', 'Desde cuándo'),
    options: [
      { id: 'under-6-weeks', text: t('Less than 6 weeks', 'Menos de 6 semanas') },
      { id: '6-weeks-to-3-months', text: t('6 weeks to 3 months', 'De 6 semanas a 3 meses') },
      { id: '3-to-12-months', text: t('3 to 12 months', 'De 3 a 12 meses') },
      { id: 'over-1-year', text: t('More than a year', 'Más de un año') },
    ],
    required: true,
    sources: ['nice-ng59', 'nice-ng65'],
  },
  {
    id: 'pain-worse-with',
    section: 'pain',
    type: 'multi',
    text: t(
      'What makes it worse? Choose all that apply.',
      '¿Qué lo empeora? Elige todas las que correspondan.',
    ),
    short: t('Worse with', 'Empeora con'),
    options: [
      { id: 'lying-on-back', text: t('Lying flat on my back', 'Estar tumbado boca arriba') },
      {
        id: 'standing-from-sitting',
        text: t('Standing up after sitting', 'Levantarme después de estar sentado'),
      },
      { id: 'walking-uphill', text: t('Walking uphill', 'Caminar cuesta arriba') },
      { id: 'leaning-back', text: t('Leaning backwards', 'Inclinarme hacia atrás') },
      { id: 'sitting-long', text: t('Sitting for a long time', 'Estar sentado mucho rato') },
      { id: 'none', text: t('None of these', 'Ninguna de estas'), exclusive: true },
    ],
    required: true,
    sources: ['article-000', 'article-001', 'article-002'],
  },
  {
    id: 'pain-now',
    section: 'pain',
    type: 'scale',
    min: 0,
    max: 10,
    minLabel: t('No pain', 'Sin dolor'),
    maxLabel: t('Worst pain you can imagine', 'El peor dolor imaginable'),
    text: t('How strong is the pain right now?', '¿Cuánto te duele ahora mismo?'),
    short: t('Pain now', 'Dolor ahora'),
    required: true,
    sources: ['ostelo-2008', 'nice-ng59'],
  },
  {
    id: 'pain-worst-week',
    section: 'pain',
    type: 'scale',
    min: 0,
    max: 10,
    minLabel: t('No pain', 'Sin dolor'),
    maxLabel: t('Worst pain you can imagine', 'El peor dolor imaginable'),
    text: t(
      'How strong was the pain at its worst in the last week?',
      '¿Cuánto te dolió en el peor momento de la última semana?',
    ),
    short: t('Worst pain last week', 'Peor dolor de la semana'),
    required: true,
    sources: ['nice-ng59'],
  },

  // ── Symptoms the articles link to the psoas ─────────────────────────────────────────────
  {
    id: 'symptoms',
    section: 'symptoms',
    type: 'multi',
    text: t(
      'Do you notice any of these? Choose all that apply.',
      '¿Notas alguno de estos síntomas? Elige todos los que correspondan.',
    ),
    short: t('Symptoms', 'Síntomas'),
    options: [
      {
        id: 'front-hip-ache',
        text: t(
          'An ache deep in the front of the hip joint',
          'Molestia profunda en la parte delantera de la articulación de la cadera',
        ),
      },
      {
        id: 'hip-restricted',
        text: t('The hip feels stiff or blocked', 'La cadera está rígida o bloqueada'),
      },
      {
        id: 'thigh-back-restricted',
        text: t('Hard to move the thigh backwards', 'Cuesta llevar el muslo hacia atrás'),
      },
      {
        id: 'deep-pelvic-pain',
        text: t('Deep pain inside the pelvis', 'Dolor profundo dentro de la pelvis'),
      },
      {
        id: 'deep-belly-ache',
        text: t('A deep ache in the belly', 'Un dolor sordo y profundo en el vientre'),
      },
      { id: 'constipation', text: t('Long-standing constipation', 'Estreñimiento de larga duración') },
      {
        id: 'twisted-pelvis',
        text: t(
          'The pelvis looks twisted, or one leg looks shorter',
          'La pelvis parece torcida o una pierna parece más corta',
        ),
      },
      {
        id: 'thigh-hip-tension',
        text: t(
          'Tension or tenderness where the thigh meets the hip',
          'Tensión o dolor a la presión donde el muslo se une a la cadera',
        ),
      },
      {
        id: 'hip-unstable',
        text: t('The hip feels unsteady or weak', 'Notas la cadera inestable o débil'),
      },
      {
        id: 'running-jumping-hard',
        text: t('Running or jumping has become hard', 'Correr o saltar se ha vuelto difícil'),
      },
      {
        id: 'core-weak',
        text: t(
          'Your middle (core) feels weak, or lifting a straight leg is hard',
          'Notas flojo el centro del cuerpo (el core) o te cuesta levantar la pierna estirada',
        ),
      },
      {
        id: 'hip-clicking',
        text: t(
          'The front of the hip clicks or snaps when you lift or swing the leg',
          'La parte delantera de la cadera hace clic o chasquea al levantar o balancear la pierna',
        ),
      },
      { id: 'none', text: t('None of these', 'Ninguno'), exclusive: true },
    ],
    required: true,
    sources: ['article-000', 'article-002', 'article-003', 'article-004'],
  },
  {
    id: 'belly-signs',
    section: 'symptoms',
    type: 'multi',
    text: t(
      'About the belly or bowel trouble: do any of these apply? Choose all that apply.',
      'Sobre las molestias de barriga o intestino: ¿te pasa algo de esto? Elige todo lo que corresponda.',
    ),
    short: t('With the belly or bowel trouble', 'Con las molestias de barriga o intestino'),
    options: [
      {
        id: 'blood',
        text: t(
          'Blood in your stool, or black, tar-like stool',
          'Sangre en las heces, o heces negras como alquitrán',
        ),
      },
      { id: 'vomiting', text: t('Being sick (vomiting)', 'Vómitos') },
      {
        id: 'lasting',
        text: t(
          'It has gone on for more than 3 weeks and no doctor has checked it',
          'Dura más de 3 semanas y ningún médico lo ha revisado',
        ),
      },
      {
        id: 'new',
        text: t(
          'It is new for you, started in the last few months',
          'Es nuevo para ti, empezó en los últimos meses',
        ),
      },
      { id: 'none', text: t('None of these', 'Nada de esto'), exclusive: true },
    ],
    required: true,
    showIf: BELLY_SYMPTOM,
    sources: ['nice-cks-lbp', 'verhagen-2016'],
  },
  {
    id: 'leg-nerve-signs',
    section: 'symptoms',
    type: 'multi',
    text: t(
      'Does any of this happen in a leg? Choose all that apply.',
      '¿Te pasa algo de esto en una pierna? Elige todo lo que corresponda.',
    ),
    short: t('Leg nerve signs', 'Señales de nervio en la pierna'),
    options: [
      {
        id: 'below-knee',
        text: t(
          'Pain that shoots or spreads down below the knee',
          'Dolor que baja como una descarga por debajo de la rodilla',
        ),
      },
      {
        id: 'pins-needles',
        text: t(
          'Pins and needles or numbness in the leg or foot',
          'Hormigueo o adormecimiento en la pierna o el pie',
        ),
      },
      {
        id: 'cough',
        text: t(
          'Coughing, sneezing or straining sends pain down the leg',
          'Al toser, estornudar o apretar, el dolor baja por la pierna',
        ),
      },
      { id: 'none', text: t('None of these', 'Nada de esto'), exclusive: true },
    ],
    required: true,
    sources: ['nice-cks-sciatica', 'nice-ng59'],
  },
  yesNo(
    'leg-foot-weakness',
    'symptoms',
    t(
      'Is a leg or foot weak: the foot catches or slaps when you walk, or standing on tiptoe or on your heels is hard on one side?',
      '¿Tienes débil una pierna o un pie: el pie se engancha o golpea el suelo al caminar, o te cuesta ponerte de puntillas o de talones con un lado?',
    ),
    t('Weak leg or foot', 'Pierna o pie débil'),
    ['nice-cks-sciatica', 'nice-ng59'],
  ),

  // ── Causes and risk factors ────────────────────────────────────────────────────────────
  {
    id: 'sitting-hours',
    section: 'causes',
    type: 'number',
    text: t(
      'On a usual day, how many hours do you spend sitting (work, car, meals, screens)?',
      'En un día normal, ¿cuántas horas pasa sentado (trabajo, coche, comidas, pantallas)?',
    ),
    short: t('Hours sitting a day', 'Horas sentado al día'),
    min: 0,
    max: 24,
    step: 0.5,
    unit: t('hours a day', 'horas al día'),
    required: true,
    sources: ['article-001', 'article-004'],
  },
  yesNo(
    'desk-work',
    'causes',
    t('Do you work at a desk?', '¿Trabajas en un escritorio?'),
    t('Desk work', 'Trabajo de escritorio'),
    ['article-002', 'article-000'],
  ),
  {
    id: 'leg-crossing',
    section: 'causes',
    type: 'single',
    text: t(
      'How often do you sit with your legs crossed?',
      '¿Con qué frecuencia te sientas con las piernas cruzadas?',
    ),
    short: t('Crossing the legs', 'Cruzar las piernas'),
    options: [
      { id: 'rarely', text: t('Rarely', 'Casi nunca') },
      { id: 'sometimes', text: t('Sometimes', 'A veces') },
      { id: 'often', text: t('Often', 'A menudo') },
    ],
    required: true,
    sources: ['article-000'],
  },
  {
    id: 'posture',
    section: 'causes',
    type: 'single',
    text: t(
      'Which best describes how you usually sit and stand?',
      '¿Qué describe mejor cómo sueles sentarte y estar de pie?',
    ),
    short: t('Usual posture', 'Postura habitual'),
    options: [
      { id: 'upright', text: t('Mostly upright', 'Casi siempre erguido') },
      {
        id: 'slouched',
        text: t('Often slouched or rounded shoulders', 'A menudo encorvado o con los hombros adelantados'),
      },
      { id: 'unsure', text: t('I am not sure', 'No lo sé') },
    ],
    required: true,
    sources: ['article-003', 'article-004', 'article-001'],
  },
  {
    id: 'stress',
    section: 'habits',
    type: 'single',
    text: t('How stressed have you felt lately?', '¿Cuánto estrés has sentido últimamente?'),
    short: t('Stress', 'Estrés'),
    options: [
      { id: 'low', text: t('Little or none', 'Poco o nada') },
      { id: 'moderate', text: t('Some', 'Algo') },
      { id: 'high', text: t('A lot', 'Mucho') },
    ],
    required: true,
    sources: ['article-003', 'article-001'],
  },
  {
    id: 'water',
    section: 'habits',
    type: 'single',
    text: t('How much water do you usually drink in a day?', '¿Cuánta agua sueles beber al día?'),
    short: t('Water a day', 'Agua al día'),
    options: [
      { id: 'little', text: t('Less than 1 litre', 'Menos de 1 litro') },
      { id: 'some', text: t('1 to 2 litres', 'De 1 a 2 litros') },
      { id: 'plenty', text: t('More than 2 litres', 'Más de 2 litros') },
    ],
    required: true,
    sources: ['article-003', 'article-002'],
  },
  {
    id: 'running-cycling-hours',
    section: 'habits',
    type: 'number',
    text: t(
      'How many hours a week do you run or cycle?',
      '¿Cuántas horas a la semana corres o montas en bicicleta?',
    ),
    short: t('Running or cycling a week', 'Correr o bici a la semana'),
    min: 0,
    max: 40,
    step: 0.5,
    unit: t('hours a week', 'horas a la semana'),
    required: true,
    sources: ['article-003'],
  },
  {
    id: 'recent-injury',
    section: 'habits',
    type: 'single',
    text: t(
      'Have you hurt your hip or back in the last few months?',
      '¿Te has lesionado la cadera o la espalda en los últimos meses?',
    ),
    short: t('Recent injury', 'Lesión reciente'),
    options: [
      { id: 'none', text: t('No', 'No') },
      { id: 'hip', text: t('Yes, my hip', 'Sí, la cadera') },
      { id: 'back', text: t('Yes, my back', 'Sí, la espalda') },
      { id: 'both', text: t('Yes, both', 'Sí, las dos') },
    ],
    required: true,
    sources: ['article-003'],
  },

  // ── Self-tests, guided with the figure ─────────────────────────────────────────────────
  {
    id: 'test-back-bend',
    section: 'self-tests',
    type: 'single',
    figure: 'standing-back-bend',
    text: t(
      'Standing back-bend: stand with your feet planted, hands on the back of your hips, and lean back gently, head first, without forcing. Notice the front of your belly beside the navel. How did it feel?',
      'Extensión de pie: con los pies bien apoyados y las manos en la parte de atrás de la cadera, inclínate hacia atrás con suavidad, empezando por la cabeza y sin forzar. Fíjate en la parte delantera del vientre, junto al ombligo. ¿Cómo lo notaste?',
    ),
    short: t('Standing back-bend', 'Extensión de pie'),
    options: SELF_TEST_OPTIONS,
    required: true,
    sources: ['article-002'],
  },
  {
    id: 'test-lunge',
    section: 'self-tests',
    type: 'single',
    figure: 'kneeling-lunge',
    text: t(
      'Lunge test: step one leg back into a lunge, keeping the front knee above the ankle. Sink the hips and open the front of the body. Try both sides. How did the front of the back hip feel?',
      'Prueba de zancada: lleva una pierna hacia atrás en zancada, con la rodilla delantera sobre el tobillo. Baja la cadera y abre la parte delantera del cuerpo. Prueba los dos lados. ¿Cómo notaste la parte delantera de la cadera de atrás?',
    ),
    short: t('Lunge test', 'Prueba de zancada'),
    options: SELF_TEST_OPTIONS,
    required: true,
    sources: ['article-002', 'article-004'],
  },
  {
    id: 'test-thomas',
    section: 'self-tests',
    type: 'single',
    figure: 'thomas-stretch',
    text: t(
      'Thomas test position: lie back on the edge of a firm bed, hug one knee to your chest and let the other leg hang. If the hanging thigh stays raised above the bed, the front of that hip is tight. How did it feel?',
      'Posición del test de Thomas: túmbate boca arriba en el borde de una cama firme, abraza una rodilla contra el pecho y deja colgar la otra pierna. Si el muslo que cuelga queda levantado por encima de la cama, la parte delantera de esa cadera está tensa. ¿Cómo lo notaste?',
    ),
    short: t('Thomas test position', 'Posición del test de Thomas'),
    options: SELF_TEST_OPTIONS,
    required: true,
    sources: ['article-004'],
  },

  // ── Strength and hip checks: a weak psoas shows in holding, not in stretching ───────────
  {
    id: 'test-bridge',
    section: 'strength-tests',
    type: 'single',
    figure: 'bridge',
    text: t(
      'Bridge hold: lie on your back, knees bent and feet flat, and lift your hips until knees, hips and shoulders are in a line. Hold for 30 seconds. How did it go?',
      'Puente: túmbate boca arriba con las rodillas dobladas y los pies apoyados, y sube la cadera hasta que rodillas, cadera y hombros queden en línea. Aguanta 30 segundos. ¿Cómo te fue?',
    ),
    short: t('Bridge hold', 'Puente'),
    help: t(
      'Pregnant from 14 weeks? Do not lie on your back for this: choose "I could not do it".',
      '¿Embarazada de 14 semanas o más? No te tumbes boca arriba para esto: elige «No pude hacerlo».',
    ),
    options: [
      { id: 'steady', text: t('I held it 30 seconds, steady', 'Aguanté 30 segundos, estable') },
      {
        id: 'hard',
        text: t('My hips dropped or shook before 30 seconds', 'La cadera bajó o tembló antes de 30 segundos'),
      },
      { id: 'painful', text: t('It hurt', 'Me dolió') },
      { id: 'could-not-do', text: t('I could not do it', 'No pude hacerlo') },
    ],
    required: true,
    sources: ['article-003', 'article-004'],
  },
  {
    id: 'test-single-leg',
    section: 'strength-tests',
    type: 'single',
    text: t(
      'Stand on one leg beside a wall or chair you can grab, and lift the other knee to hip height. Try 30 seconds on each side. How did it go?',
      'De pie junto a una pared o una silla a la que puedas agarrarte, apóyate en una pierna y sube la otra rodilla a la altura de la cadera. Prueba 30 segundos por lado. ¿Cómo te fue?',
    ),
    short: t('Standing on one leg', 'Apoyo sobre una pierna'),
    options: [
      { id: 'steady', text: t('Steady on both sides', 'Estable por los dos lados') },
      {
        id: 'wobbly',
        text: t(
          'Wobbly, or I had to put the foot down or grab on',
          'Me tambaleé, o tuve que bajar el pie o agarrarme',
        ),
      },
      { id: 'painful', text: t('It hurt', 'Me dolió') },
      { id: 'could-not-do', text: t('I could not do it', 'No pude hacerlo') },
    ],
    required: true,
    sources: ['article-003', 'article-004'],
  },
  {
    id: 'test-knee-lift',
    section: 'strength-tests',
    type: 'single',
    text: t(
      'Knee lift against your hand: sit on a chair, put one hand on top of your thigh just above the knee, and try to lift the knee while your hand pushes it down for 5 seconds. Try both sides. What did you notice?',
      'Rodilla contra la mano: siéntate en una silla, pon una mano sobre el muslo, justo encima de la rodilla, e intenta subir la rodilla mientras la mano la empuja hacia abajo durante 5 segundos. Prueba los dos lados. ¿Qué notaste?',
    ),
    short: t('Knee lift against your hand', 'Rodilla contra la mano'),
    options: [
      { id: 'strong', text: t('Strong, no pain', 'Fuerte, sin dolor') },
      {
        id: 'painful',
        text: t(
          'Pain in the front of the hip or the groin',
          'Dolor en la parte delantera de la cadera o en la ingle',
        ),
      },
      { id: 'weak', text: t('No pain, but the leg felt weak', 'Sin dolor, pero la pierna se notó débil') },
      { id: 'could-not-do', text: t('I could not do it', 'No pude hacerlo') },
    ],
    required: true,
    sources: ['article-004', 'article-003'],
  },

  // ── Function: patient-specific functional scale ────────────────────────────────────────
  {
    id: 'activities',
    section: 'function',
    type: 'activities',
    maxActivities: 5,
    text: t(
      'Name up to five activities your back pain makes hard, and rate each from 0 (I cannot do it) to 10 (as well as before the pain).',
      'Escribe hasta cinco actividades que el dolor de espalda te dificulta y puntúa cada una de 0 (no puedo hacerla) a 10 (igual que antes del dolor).',
    ),
    short: t('Activities made hard', 'Actividades difíciles'),
    required: true,
    sources: ['psfs'],
  },

  // ── Obstacles to recovery: our own short screen ────────────────────────────────────────
  obstacle(
    'ob-worry',
    t('How much does your back pain worry you?', '¿Cuánto te preocupa tu dolor de espalda?'),
    t('Worry about the pain', 'Preocupación por el dolor'),
  ),
  obstacle(
    'ob-fear-movement',
    t(
      'How much do you avoid moving because you fear it will make your back worse?',
      '¿Cuánto evitas moverte por miedo a empeorar la espalda?',
    ),
    t('Avoiding movement out of fear', 'Evitar moverse por miedo'),
  ),
  obstacle(
    'ob-low-mood',
    t(
      'How much has your mood been low or flat lately?',
      '¿Cuánto te has sentido decaído o sin ánimo últimamente?',
    ),
    t('Low mood', 'Ánimo bajo'),
  ),
  obstacle(
    'ob-unsafe-active',
    t(
      'How much do you feel it is unsafe for someone with your back to be active?',
      '¿Cuánto sientes que no es seguro estar activo con una espalda como la tuya?',
    ),
    t('Feeling unsafe to be active', 'Sensación de que moverse no es seguro'),
  ),
  obstacle(
    'ob-bothersome',
    t(
      'Over the last two weeks, how much has the pain bothered you?',
      'En las últimas dos semanas, ¿cuánto te ha molestado el dolor?',
    ),
    t('How bothersome the pain is', 'Cuánto molesta el dolor'),
  ),

  // ── Safety for exercise ────────────────────────────────────────────────────────────────
  {
    id: 'foam-rolling-conditions',
    section: 'safety',
    type: 'multi',
    text: t(
      'Do any of these apply to you? They matter for foam rolling. Choose all that apply.',
      '¿Tienes alguna de estas situaciones? Importan para usar el rodillo de espuma. Elige todas las que correspondan.',
    ),
    short: t('Conditions that matter for foam rolling', 'Situaciones que importan para el rodillo'),
    options: [
      {
        id: 'open-wound',
        text: t(
          'Open wounds or skin problems on the legs or hips',
          'Heridas abiertas o problemas de piel en piernas o caderas',
        ),
      },
      {
        id: 'fracture',
        text: t('A broken bone that is still healing', 'Un hueso roto que aún se está curando'),
      },
      { id: 'aneurysm', text: t('An aneurysm', 'Un aneurisma') },
      {
        id: 'blood-clot',
        text: t('A blood clot or deep vein thrombosis', 'Un coágulo o trombosis venosa profunda'),
      },
      { id: 'cancer', text: t('Cancer now', 'Cáncer actualmente') },
      { id: 'anticoagulants', text: t('Taking blood thinners', 'Tomo anticoagulantes') },
      { id: 'heart-failure', text: t('Heart failure', 'Insuficiencia cardiaca') },
      { id: 'bursitis', text: t('Bursitis', 'Bursitis') },
      { id: 'oedema', text: t('Swelling that does not go down (oedema)', 'Hinchazón que no baja (edema)') },
      {
        id: 'local-inflammation',
        text: t(
          'A red, hot or inflamed area where you would roll',
          'Una zona roja, caliente o inflamada donde rodaría',
        ),
      },
      {
        id: 'osteomyelitis',
        text: t('A bone infection (osteomyelitis)', 'Una infección de hueso (osteomielitis)'),
      },
      {
        id: 'myositis-ossificans',
        text: t(
          'Bone forming in a muscle after an injury (myositis ossificans)',
          'Hueso formado en un músculo tras una lesión (miositis osificante)',
        ),
      },
      { id: 'none', text: t('None of these', 'Ninguna'), exclusive: true },
    ],
    required: true,
    sources: ['article-004', 'bartsch-2021'],
  },
  yesNo(
    'cannot-kneel',
    'safety',
    t(
      'Is kneeling on the floor impossible or painful for you?',
      '¿Te resulta imposible o doloroso arrodillarte en el suelo?',
    ),
    t('Cannot kneel', 'No puede arrodillarse'),
    ['article-004'],
  ),
];

export const ITEM_BY_ID: ReadonlyMap<string, Item> = new Map(ITEMS.map((i) => [i.id, i]));

export const itemsOfSection = (section: SectionId): Item[] => ITEMS.filter((i) => i.section === section);

export interface Section {
  id: SectionId;
  title: Localized;
  intro: Localized;
}

export const SECTIONS: Section[] = [
  {
    id: 'red-flags',
    title: t('Warning signs first', 'Primero, señales de alarma'),
    intro: t(
      'A few back problems need a doctor rather than exercises. Answer each question honestly; a "yes" here tells you where to go and how quickly.',
      'Algunos problemas de espalda necesitan un médico y no ejercicios. Responde con sinceridad; un «sí» aquí te dice adónde ir y con qué rapidez.',
    ),
  },
  {
    id: 'red-flags-injury',
    title: t('Warning signs: legs and injuries', 'Señales de alarma: piernas y golpes'),
    intro: t(
      'Weakness that is getting worse, and pain that began with a fall or an accident.',
      'Debilidad que va a más y dolor que empezó con una caída o un accidente.',
    ),
  },
  {
    id: 'red-flags-infection',
    title: t('Warning signs: fever and the belly', 'Señales de alarma: fiebre y barriga'),
    intro: t(
      'Signs of an infection, and one sign in the belly that needs a hospital at once.',
      'Señales de infección, y una señal en la barriga que necesita un hospital enseguida.',
    ),
  },
  {
    id: 'red-flags-serious',
    title: t('Warning signs: other causes', 'Señales de alarma: otras causas'),
    intro: t(
      'Signs that a doctor should rule out a serious cause.',
      'Señales de que un médico debe descartar una causa grave.',
    ),
  },
  {
    id: 'inflammatory',
    title: t('Inflammation of the spine', 'Inflamación de la columna'),
    intro: t(
      'Back pain that starts young can come from inflammation, which a doctor treats differently.',
      'El dolor de espalda que empieza joven puede deberse a una inflamación, que el médico trata de otra forma.',
    ),
  },
  {
    id: 'inflammatory-more',
    title: t('Inflammation: a few more questions', 'Inflamación: unas preguntas más'),
    intro: t(
      'These features together point to inflammatory back pain.',
      'Estos rasgos juntos apuntan a un dolor lumbar inflamatorio.',
    ),
  },
  {
    id: 'pregnancy',
    title: t('Pregnancy and birth', 'Embarazo y parto'),
    intro: t(
      'Pregnancy and the months after a birth change which exercises are safe.',
      'El embarazo y los meses después del parto cambian qué ejercicios son seguros.',
    ),
  },
  {
    id: 'pain',
    title: t('Your pain', 'Tu dolor'),
    intro: t(
      'Where it is, how long you have had it and how strong it is.',
      'Dónde está, desde cuándo lo tienes y cuánto duele.',
    ),
  },
  {
    id: 'symptoms',
    title: t('Other symptoms', 'Otros síntomas'),
    intro: t(
      'The psoas runs deep, from the spine to the inner thigh, so trouble with it can show up in several places. Some signs point elsewhere, and we ask about those too.',
      'El psoas es profundo y va de la columna a la cara interna del muslo, así que sus problemas pueden notarse en varios sitios. Algunas señales apuntan a otra causa, y también te preguntamos por ellas.',
    ),
  },
  {
    id: 'causes',
    title: t('Sitting and posture', 'Estar sentado y postura'),
    intro: t(
      'Daily habits that can shorten, tire or weaken the psoas.',
      'Hábitos diarios que pueden acortar, cansar o debilitar el psoas.',
    ),
  },
  {
    id: 'habits',
    title: t('Stress, sport and injuries', 'Estrés, deporte y lesiones'),
    intro: t(
      'More things that load the psoas: stress, water, running or cycling, and recent injuries.',
      'Más cosas que cargan el psoas: el estrés, el agua, correr o pedalear y las lesiones recientes.',
    ),
  },
  {
    id: 'self-tests',
    title: t('Three stretch tests', 'Tres pruebas de estiramiento'),
    intro: t(
      'Move slowly and stop at once if anything hurts sharply, tingles or goes numb. If you cannot do a test, say so.',
      'Muévete despacio y para enseguida si notas dolor agudo, hormigueo o adormecimiento. Si no puedes hacer una prueba, dilo.',
    ),
  },
  {
    id: 'strength-tests',
    title: t('Three strength checks', 'Tres pruebas de fuerza'),
    intro: t(
      'A weak psoas shows when you hold a position, not when you stretch. Same rule: stop if anything hurts sharply, tingles or goes numb.',
      'Un psoas débil se nota al sostener una postura, no al estirar. La misma regla: para si notas dolor agudo, hormigueo o adormecimiento.',
    ),
  },
  {
    id: 'function',
    title: t('What the pain stops you doing', 'Lo que el dolor te impide hacer'),
    intro: t(
      'These activities become your own yardstick: you will rate them again later to see progress.',
      'Estas actividades serán tu propia referencia: las volverás a puntuar más adelante para ver tu avance.',
    ),
  },
  {
    id: 'obstacles',
    title: t('How the pain affects you', 'Cómo te afecta el dolor'),
    intro: t(
      'Worry, fear and low mood are common with back pain and can slow recovery. There are no wrong answers.',
      'La preocupación, el miedo y el ánimo bajo son frecuentes con el dolor de espalda y pueden frenar la recuperación. No hay respuestas incorrectas.',
    ),
  },
  {
    id: 'safety',
    title: t('Safety for exercise', 'Seguridad para el ejercicio'),
    intro: t(
      'These answers decide which exercises your programme must leave out.',
      'Estas respuestas deciden qué ejercicios debe dejar fuera tu programa.',
    ),
  },
];
