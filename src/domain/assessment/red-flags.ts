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
  | 'pregnancy-warning';

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
];
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
    es: 'Vaya ahora mismo a urgencias de un hospital, o llame a emergencias si no puede llegar por sus medios con seguridad. No espere a ver si se pasa y no haga ningún ejercicio.',
  },
  'urgent-same-day': {
    en: 'See a doctor today: ask your family doctor for a same-day appointment, or go to an urgent care centre if they cannot see you today. Do not start exercises before you have been checked.',
    es: 'Vea a un médico hoy: pida cita para hoy con su médico de familia o acuda a un centro de urgencias si no pueden atenderle hoy. No empiece ejercicios antes de que le revisen.',
  },
  'urgent-days': {
    en: 'Book an appointment with your doctor within the next few days (this week) and mention this answer. Wait for that check before starting an exercise programme.',
    es: 'Pida cita con su médico en los próximos días (esta semana) y coméntele esta respuesta. Espere a esa revisión antes de empezar un programa de ejercicios.',
  },
  'routine-referral': {
    en: 'At a routine appointment, ask your doctor whether you should see a rheumatologist (a specialist in inflammation of the joints and spine). Gentle self-care can continue meanwhile.',
    es: 'En una cita normal, pregunte a su médico si debería verle un reumatólogo (especialista en inflamación de articulaciones y columna). Mientras tanto puede seguir con el autocuidado suave.',
  },
};

const PREGNANCY_ADVICE: Localized = {
  en: 'Stop exercising and contact your maternity unit, midwife or doctor today. If bleeding is heavy, or you have chest pain or severe breathlessness, call emergency services.',
  es: 'Deje de hacer ejercicio y contacte hoy con su unidad de maternidad, matrona o médico. Si el sangrado es abundante o tiene dolor en el pecho o mucha falta de aire, llame a emergencias.',
};

export const adviceFor = (condition: SuspectedCondition, urgency: Urgency): Localized =>
  condition === 'pregnancy-warning' ? PREGNANCY_ADVICE : ADVICE[urgency];

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
