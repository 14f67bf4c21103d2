import type { Localized } from '../i18n.js';
import { type Answers, choice, choices, num, visibleAnswers, yes } from './answers.js';
import type { SourceId } from './sources.js';

/**
 * Red flags (shared/design/clinical-facts.md §1, and the ACOG warning signs of §3): signs that
 * self-care is the wrong answer. Each rule names the answers that trigger it, its urgency and its
 * source. docs/clinical-safety.md lists every rule with its test.
 */
export const URGENCIES = ['emergency', 'urgent-same-day', 'urgent-days', 'routine-referral'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Higher is more urgent. */
export const URGENCY_RANK: Record<Urgency, number> = {
  emergency: 4,
  'urgent-same-day': 3,
  'urgent-days': 2,
  'routine-referral': 1,
};

/** Any of these ends the self-care path: no programme may be generated. */
export const stopsSelfCare = (u: Urgency): boolean => URGENCY_RANK[u] >= URGENCY_RANK['urgent-days'];

export type SuspectedCondition =
  | 'cauda-equina'
  | 'cord-compression'
  | 'fracture'
  | 'infection'
  | 'cancer'
  | 'inflammatory-back-pain'
  | 'pregnancy-warning'
  | 'aortic-aneurysm'
  | 'visceral'
  | 'sciatica';

export const RED_FLAG_IDS = [
  'cauda-equina-bladder',
  'cauda-equina-bowel',
  'cauda-equina-saddle',
  'cauda-equina-both-legs',
  'cauda-equina-sexual',
  'cauda-equina-leg-weakness',
  'cord-compression-progressive',
  'fracture-major-trauma',
  'fracture-fragility',
  'infection-fever',
  'infection-immunosuppressed',
  'infection-injected-drugs',
  'infection-recent',
  'cancer-history',
  'cancer-weight-loss',
  'cancer-night-pain',
  'cancer-no-improvement',
  'cancer-age-new-pain',
  'inflammatory-back-pain',
  'pregnancy-warning-signs',
  'aortic-aneurysm-pulsating',
  'visceral-bleeding-vomiting-fever',
  'visceral-persisting',
  'sciatica',
  'sciatica-weakness',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

interface RedFlagRule {
  id: RedFlagId;
  condition: SuspectedCondition;
  urgency: Urgency;
  sources: SourceId[];
  /** The answers that trigger the rule, or undefined when it does not fire. */
  fires(a: Answers): string[] | undefined;
}

const LBP: SourceId[] = ['nice-cks-lbp', 'nice-cks-sciatica', 'nice-ng59', 'verhagen-2016'];
const CANCER: SourceId[] = [...LBP, 'nice-ng234'];

const single = (item: string) => (a: Answers) => (yes(a, item) ? [item] : undefined);

/** Neurological signs: with a cancer flag they raise it to an emergency (spinal metastases). */
export const NEUROLOGICAL_ITEMS = [
  'rf-bladder',
  'rf-bowel',
  'rf-saddle-numbness',
  'rf-both-legs',
  'rf-sexual-dysfunction',
  'rf-leg-weakness',
  'rf-legs-progressive',
  'leg-foot-weakness',
] as const;

const NEW_PAIN = ['under-6-weeks', '6-weeks-to-3-months'];
const LONG_PAIN = ['3-to-12-months', 'over-1-year'];
const IBP_FEATURES = [
  'ibp-began-before-35',
  'ibp-wakes-late-night',
  'ibp-buttock-pain',
  'ibp-better-moving',
  'ibp-nsaid-relief',
  'ibp-family',
  'ibp-inflammatory-disease',
  'ibp-morning-stiffness',
];

/** The answers that record a belly or bowel symptom (the gate of the visceral rules). */
function bellySymptoms(a: Answers): string[] {
  const symptoms = choices(a, 'symptoms');
  return [
    ...(choices(a, 'pain-areas').includes('abdomen') ? ['pain-areas'] : []),
    ...(symptoms.includes('deep-belly-ache') || symptoms.includes('constipation') ? ['symptoms'] : []),
  ];
}
/** Facts §1: new abdominal symptoms after 50 need a doctor. */
export const VISCERAL_AGE_OVER = 50;
const SCIATICA_SIGNS = ['below-knee', 'pins-needles', 'cough'];
/**
 * NICE NG65 refers at 4 or more features and asks to consider referral at 3; as the outcome is
 * only a routine referral, we flag from 3.
 */
export const IBP_MIN_FEATURES = 3;

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'cauda-equina-bladder',
    condition: 'cauda-equina',
    urgency: 'emergency',
    sources: LBP,
    fires: single('rf-bladder'),
  },
  {
    id: 'cauda-equina-bowel',
    condition: 'cauda-equina',
    urgency: 'emergency',
    sources: LBP,
    fires: single('rf-bowel'),
  },
  {
    id: 'cauda-equina-saddle',
    condition: 'cauda-equina',
    urgency: 'emergency',
    sources: LBP,
    fires: single('rf-saddle-numbness'),
  },
  {
    id: 'cauda-equina-both-legs',
    condition: 'cauda-equina',
    urgency: 'emergency',
    sources: LBP,
    fires: single('rf-both-legs'),
  },
  {
    id: 'cauda-equina-sexual',
    condition: 'cauda-equina',
    urgency: 'emergency',
    sources: LBP,
    fires: single('rf-sexual-dysfunction'),
  },
  {
    id: 'cauda-equina-leg-weakness',
    condition: 'cauda-equina',
    urgency: 'emergency',
    sources: LBP,
    fires: single('rf-leg-weakness'),
  },
  {
    id: 'cord-compression-progressive',
    condition: 'cord-compression',
    urgency: 'emergency',
    sources: LBP,
    fires: single('rf-legs-progressive'),
  },
  {
    id: 'fracture-major-trauma',
    condition: 'fracture',
    urgency: 'emergency',
    sources: LBP,
    fires: single('rf-major-trauma'),
  },
  {
    id: 'fracture-fragility',
    condition: 'fracture',
    urgency: 'urgent-same-day',
    sources: LBP,
    fires: (a) =>
      yes(a, 'rf-minor-trauma') && yes(a, 'rf-bone-fragility')
        ? ['rf-minor-trauma', 'rf-bone-fragility']
        : undefined,
  },
  {
    id: 'infection-fever',
    condition: 'infection',
    urgency: 'urgent-same-day',
    sources: LBP,
    fires: single('rf-fever'),
  },
  {
    id: 'infection-immunosuppressed',
    condition: 'infection',
    urgency: 'urgent-same-day',
    sources: LBP,
    fires: single('rf-immunosuppressed'),
  },
  {
    id: 'infection-injected-drugs',
    condition: 'infection',
    urgency: 'urgent-same-day',
    sources: LBP,
    fires: single('rf-injected-drugs'),
  },
  {
    id: 'infection-recent',
    condition: 'infection',
    urgency: 'urgent-same-day',
    sources: LBP,
    fires: single('rf-recent-infection'),
  },
  {
    id: 'cancer-history',
    condition: 'cancer',
    urgency: 'urgent-days',
    sources: CANCER,
    fires: single('rf-cancer-history'),
  },
  {
    id: 'cancer-weight-loss',
    condition: 'cancer',
    urgency: 'urgent-days',
    sources: CANCER,
    fires: single('rf-weight-loss'),
  },
  {
    id: 'cancer-night-pain',
    condition: 'cancer',
    urgency: 'urgent-days',
    sources: CANCER,
    fires: single('rf-night-pain'),
  },
  {
    id: 'cancer-no-improvement',
    condition: 'cancer',
    urgency: 'urgent-days',
    sources: CANCER,
    fires: single('rf-no-improvement'),
  },
  {
    id: 'cancer-age-new-pain',
    condition: 'cancer',
    urgency: 'urgent-days',
    sources: CANCER,
    fires: (a) => {
      const age = num(a, 'age');
      const since = choice(a, 'pain-since');
      if (age === undefined || since === undefined) return undefined;
      return (age < 20 || age > 50) && NEW_PAIN.includes(since) ? ['age', 'pain-since'] : undefined;
    },
  },
  {
    id: 'inflammatory-back-pain',
    condition: 'inflammatory-back-pain',
    urgency: 'routine-referral',
    sources: ['nice-ng65'],
    fires: (a) => {
      const since = choice(a, 'pain-since');
      if (!yes(a, 'ibp-began-before-45') || since === undefined || !LONG_PAIN.includes(since))
        return undefined;
      const present = IBP_FEATURES.filter((f) => yes(a, f));
      return present.length >= IBP_MIN_FEATURES
        ? ['ibp-began-before-45', 'pain-since', ...present]
        : undefined;
    },
  },
  {
    id: 'pregnancy-warning-signs',
    condition: 'pregnancy-warning',
    urgency: 'urgent-same-day',
    sources: ['acog-804'],
    fires: (a) =>
      yes(a, 'pregnant') && choices(a, 'pregnancy-warning-signs').some((s) => s !== 'none')
        ? ['pregnant', 'pregnancy-warning-signs']
        : undefined,
  },
  {
    id: 'aortic-aneurysm-pulsating',
    condition: 'aortic-aneurysm',
    urgency: 'emergency',
    sources: ['nice-cks-aaa', 'nice-cks-lbp'],
    fires: single('rf-belly-pulsating'),
  },
  {
    id: 'visceral-bleeding-vomiting-fever',
    condition: 'visceral',
    urgency: 'urgent-same-day',
    sources: ['nice-cks-lbp', 'verhagen-2016'],
    fires: (a) => {
      const gate = bellySymptoms(a);
      if (gate.length === 0) return undefined;
      const signs = choices(a, 'belly-signs');
      const bleeding = signs.includes('blood') || signs.includes('vomiting');
      if (!bleeding && !yes(a, 'rf-fever')) return undefined;
      return [...gate, ...(bleeding ? ['belly-signs'] : []), ...(yes(a, 'rf-fever') ? ['rf-fever'] : [])];
    },
  },
  {
    id: 'visceral-persisting',
    condition: 'visceral',
    urgency: 'urgent-days',
    sources: ['nice-cks-lbp', 'verhagen-2016'],
    fires: (a) => {
      const gate = bellySymptoms(a);
      if (gate.length === 0) return undefined;
      const signs = choices(a, 'belly-signs');
      const age = num(a, 'age');
      const newOver50 = signs.includes('new') && age !== undefined && age > VISCERAL_AGE_OVER;
      const found = [
        ...(signs.includes('lasting') || newOver50 ? ['belly-signs'] : []),
        ...(newOver50 ? ['age'] : []),
        ...(yes(a, 'rf-weight-loss') ? ['rf-weight-loss'] : []),
      ];
      return found.length > 0 ? [...gate, ...found] : undefined;
    },
  },
  {
    // NICE treats sciatica apart (NG59; CKS "Sciatica"): not a red flag, a different problem
    // that a professional should assess; gentle activity stays encouraged.
    id: 'sciatica',
    condition: 'sciatica',
    urgency: 'routine-referral',
    sources: ['nice-cks-sciatica', 'nice-ng59'],
    fires: (a) => {
      const found = [
        ...(choices(a, 'leg-nerve-signs').some((s) => SCIATICA_SIGNS.includes(s)) ? ['leg-nerve-signs'] : []),
        ...(choices(a, 'pain-areas').includes('below-knee') ? ['pain-areas'] : []),
      ];
      return found.length > 0 ? found : undefined;
    },
  },
  {
    id: 'sciatica-weakness',
    condition: 'sciatica',
    urgency: 'urgent-days',
    sources: ['nice-cks-sciatica', 'nice-ng59'],
    fires: single('leg-foot-weakness'),
  },
];

export interface RedFlag {
  id: RedFlagId;
  condition: SuspectedCondition;
  urgency: Urgency;
  /** Where to go and how fast, in plain words. */
  advice: Localized;
  /** Answer (item) ids that triggered the flag. */
  answers: string[];
  sources: SourceId[];
}

const ADVICE: Record<Urgency, Localized> = {
  emergency: {
    en: 'Go to a hospital emergency department now, or call emergency services if you cannot get there safely. Do not wait to see whether it settles, and do not do any exercises.',
    es: 'Ve ahora mismo a urgencias de un hospital, o llama a emergencias si no puedes llegar por tus medios con seguridad. No esperes a ver si se pasa y no hagas ningún ejercicio.',
  },
  'urgent-same-day': {
    en: 'See a doctor today: ask your family doctor for a same-day appointment, or go to an urgent care centre if they cannot see you today. Do not start exercises before you have been checked.',
    es: 'Ve a un médico hoy: pide cita para hoy con tu médico de familia o acude a un centro de urgencias si no pueden atenderte hoy. No empieces ejercicios antes de que te revisen.',
  },
  'urgent-days': {
    en: 'Book an appointment with your doctor within the next few days (this week) and mention this answer. Wait for that check before starting an exercise programme.',
    es: 'Pide cita con tu médico en los próximos días (esta semana) y coméntale esta respuesta. Espera a esa revisión antes de empezar un programa de ejercicios.',
  },
  'routine-referral': {
    en: 'At a routine appointment, ask your doctor whether you should see a rheumatologist (a specialist in inflammation of the joints and spine). Gentle self-care can continue meanwhile.',
    es: 'En una cita normal, pregunta a tu médico si debería verte un reumatólogo (especialista en inflamación de articulaciones y columna). Mientras tanto puedes seguir con el autocuidado suave.',
  },
};

/** Conditions whose advice says more than their urgency's general sentence. */
const CONDITION_ADVICE: Partial<Record<SuspectedCondition, Partial<Record<Urgency, Localized>>>> = {
  'pregnancy-warning': {
    'urgent-same-day': {
      en: 'Stop exercising and contact your maternity unit, midwife or doctor today. If bleeding is heavy, or you have chest pain or severe breathlessness, call emergency services.',
      es: 'Deja de hacer ejercicio y contacta hoy con tu unidad de maternidad, tu matrona o tu médico. Si el sangrado es abundante o tienes dolor en el pecho o mucha falta de aire, llama a emergencias.',
    },
  },
  'aortic-aneurysm': {
    emergency: {
      en: 'Call emergency services now, or have someone take you to an emergency department: a pulsing lump in the belly with back pain can be a swollen main artery (aortic aneurysm), which needs checking at once. Do not drive yourself and do not do any exercises.',
      es: 'Llama ahora a emergencias o pide que te lleven a urgencias: un bulto que late en la barriga con dolor de espalda puede ser una arteria principal dilatada (aneurisma de aorta), y hay que revisarlo enseguida. No conduzcas tú y no hagas ningún ejercicio.',
    },
  },
  visceral: {
    'urgent-same-day': {
      en: 'See a doctor today: belly or bowel trouble with blood in the stool, black stool, vomiting or fever may come from the bowel or another organ, not the psoas. Do not start exercises before you have been checked.',
      es: 'Ve a un médico hoy: las molestias de barriga o intestino con sangre en las heces, heces negras, vómitos o fiebre pueden venir del intestino o de otro órgano, no del psoas. No empieces ejercicios antes de que te revisen.',
    },
    'urgent-days': {
      en: 'Book an appointment with your doctor within the next few days (this week): belly or bowel trouble that lasts, comes with weight loss, or is new after 50 needs a doctor to rule out a cause in the bowel or another organ. Wait for that check before starting an exercise programme.',
      es: 'Pide cita con tu médico en los próximos días (esta semana): las molestias de barriga o intestino que duran, que vienen con pérdida de peso o que aparecen después de los 50 necesitan que un médico descarte una causa en el intestino o en otro órgano. Espera a esa revisión antes de empezar un programa de ejercicios.',
    },
  },
  sciatica: {
    'routine-referral': {
      en: 'Pain spreading below the knee, tingling or numbness in the foot, or pain on coughing usually come from an irritated nerve in the lower back (sciatica) rather than the psoas. Ask your doctor or a physiotherapist to assess it. Meanwhile stay gently active and stop any exercise that sends pain further down the leg. If you notice numbness between your legs or trouble with your bladder or bowels, go to an emergency department at once.',
      es: 'El dolor que baja por debajo de la rodilla, el hormigueo o adormecimiento en el pie o el dolor al toser suelen venir de un nervio irritado en la zona lumbar (ciática) más que del psoas. Pide a tu médico o a un fisioterapeuta que lo valore. Mientras tanto, mantente activo con suavidad y deja cualquier ejercicio que haga bajar el dolor por la pierna. Si notas adormecimiento entre las piernas o problemas con la vejiga o el intestino, ve a urgencias enseguida.',
    },
    'urgent-days': {
      en: 'A weak leg or foot with back pain can mean a nerve is pressed: see your doctor within the next few days (this week) and tell them about the weakness. Keep moving gently, with short walks, but wait for that check before starting the programme. If the weakness gets worse, or you notice numbness between your legs or trouble with your bladder or bowels, go to an emergency department now.',
      es: 'Una pierna o un pie débil con dolor de espalda puede indicar que un nervio está presionado: ve a tu médico en los próximos días (esta semana) y cuéntale lo de la debilidad. Sigue moviéndote con suavidad, con paseos cortos, pero espera a esa revisión antes de empezar el programa. Si la debilidad va a más, o notas adormecimiento entre las piernas o problemas con la vejiga o el intestino, ve a urgencias ahora.',
    },
  },
};

export const adviceFor = (condition: SuspectedCondition, urgency: Urgency): Localized =>
  CONDITION_ADVICE[condition]?.[urgency] ?? ADVICE[urgency];

/**
 * The red flags the answers raise, most urgent first. Pure; works on partial answers, so the
 * form can stop the person on the very screen where a warning sign is ticked.
 */
export function evaluateRedFlags(answers: Answers): RedFlag[] {
  const a = visibleAnswers(answers);
  const neuro = NEUROLOGICAL_ITEMS.filter((i) => yes(a, i));
  const flags: RedFlag[] = [];
  for (const rule of RED_FLAG_RULES) {
    const fired = rule.fires(a);
    if (!fired) continue;
    // A cancer sign with neurological signs suggests spinal cord compression by a metastasis.
    const escalate = rule.condition === 'cancer' && neuro.length > 0;
    const urgency: Urgency = escalate ? 'emergency' : rule.urgency;
    flags.push({
      id: rule.id,
      condition: rule.condition,
      urgency,
      advice: adviceFor(rule.condition, urgency),
      answers: escalate ? [...fired, ...neuro] : fired,
      sources: rule.sources,
    });
  }
  return flags.sort((x, y) => URGENCY_RANK[y.urgency] - URGENCY_RANK[x.urgency]);
}

export function highestUrgency(flags: readonly RedFlag[]): Urgency | 'none' {
  return flags.reduce<Urgency | 'none'>(
    (best, f) => (best === 'none' || URGENCY_RANK[f.urgency] > URGENCY_RANK[best] ? f.urgency : best),
    'none',
  );
}
