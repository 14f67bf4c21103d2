// The exercise model as plain TypeScript: codes, types, labels and timing, with no zod, so pages
// that only show exercises don't download the validators. exercise-schema.ts holds the zod schemas
// the content tests check the library against, and proves they describe these same types.
import type { ExerciseId } from './exercise-ids.js';
import type { SourceId } from './source-ids.js';
import { type Text, t } from './text.js';

export const PURPOSES = ['stretch', 'strengthen', 'release', 'mobility', 'aerobic', 'relaxation'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const EQUIPMENT = [
  'chair',
  'table',
  'exercise-ball',
  'foam-roller',
  'mat',
  'ankle-weights',
  'none',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const POSITIONS = [
  'standing',
  'kneeling',
  'half-kneeling',
  'supine',
  'side-lying',
  'seated',
  'prone',
  'all-fours',
  'inclined',
] as const;
export type Position = (typeof POSITIONS)[number];

export const TARGETS = [
  'psoas',
  'iliacus',
  'hip-flexors',
  'quadriceps',
  'glutes',
  'hip-rotators',
  'core',
  'lower-back',
  'abdomen',
  'tfl',
  'adductors',
  'diaphragm',
  'whole-body',
] as const;
export type Target = (typeof TARGETS)[number];

/**
 * Reasons an exercise must not be offered. Codes, not prose, so the assessment and the programme
 * generator can match them; CONTRAINDICATION_LABELS explains each one to a person.
 */
export const CONTRAINDICATIONS = [
  'pregnancy-second-trimester-supine',
  'pregnancy-abdominal-loading',
  'foam-rolling-contraindication',
  'acute-hip-pain',
  'recent-hip-or-spine-surgery',
  'hip-replacement-precautions',
  'knee-pain-when-kneeling',
  'wrist-or-shoulder-pain-weight-bearing',
  'balance-problems',
  'pain-on-bending-backwards',
  'osteoporosis-loaded-spinal-flexion',
  'pregnancy-prone',
  'postpartum-abdominal-loading',
] as const;
export type Contraindication = (typeof CONTRAINDICATIONS)[number];

export type Range = { min: number; max: number };

/**
 * How much of an exercise one session holds. Start at the minimum; the progression grows it to
 * the maximum. `fromArticles` is false when the articles give no number and the figure is our own
 * conservative default.
 */
export type Dosage =
  | { kind: 'hold'; holdSeconds: Range; sets: Range; perSide: boolean; fromArticles: boolean }
  | {
      kind: 'reps';
      reps: Range;
      /** Pause at the top of each repetition (leg lifts: 3–5 s). */
      holdSeconds?: Range | undefined;
      /** Seconds one repetition takes without the hold, for timing sessions. */
      secondsPerRep: number;
      sets: Range;
      perSide: boolean;
      fromArticles: boolean;
    }
  | { kind: 'duration'; durationSeconds: Range; fromArticles: boolean };

export interface Variant {
  name: Text;
  text: Text;
  /** When the variant is an exercise of its own in the library. */
  exerciseId?: ExerciseId | undefined;
}

export interface Exercise {
  id: ExerciseId;
  name: Text;
  summary: Text;
  purpose: Purpose;
  targets: Target[];
  equipment: Equipment[];
  /** Only for progressions, e.g. ankle weights on the leg lift. */
  optionalEquipment: Equipment[];
  position: Position;
  steps: Text[];
  dosage: Dosage;
  progression: Text;
  easier: Variant[];
  harder: Variant[];
  mistakes: Text[];
  safety: Text[];
  contraindications: Contraindication[];
  pregnancyAlternative?: ExerciseId | undefined;
  sources: SourceId[];
}

/** Seconds to change side or settle into position; part of every set's estimate. */
export const SETTLE_SECONDS = 5;

/**
 * Seconds one set takes at the top of its dosage (both sides when perSide), so a plan built from
 * these estimates never runs longer than it says.
 */
export function estimatedSecondsPerSet(dosage: Dosage): number {
  switch (dosage.kind) {
    case 'hold':
      return (dosage.holdSeconds.max + SETTLE_SECONDS) * (dosage.perSide ? 2 : 1);
    case 'reps': {
      const perRep = dosage.secondsPerRep + (dosage.holdSeconds?.max ?? 0);
      return (dosage.reps.max * perRep + SETTLE_SECONDS) * (dosage.perSide ? 2 : 1);
    }
    case 'duration':
      return dosage.durationSeconds.max;
  }
}

export const PURPOSE_LABELS: Record<Purpose, Text> = {
  stretch: t('Stretch', 'Estiramiento'),
  strengthen: t('Strengthen', 'Fortalecimiento'),
  release: t('Release', 'Liberación'),
  mobility: t('Mobility', 'Movilidad'),
  aerobic: t('Aerobic', 'Aeróbico'),
  relaxation: t('Relaxation', 'Relajación'),
};

export const EQUIPMENT_LABELS: Record<Equipment, Text> = {
  chair: t('Chair', 'Silla'),
  table: t('Table or bench', 'Mesa o banco'),
  'exercise-ball': t('Exercise ball', 'Pelota de ejercicio'),
  'foam-roller': t('Foam roller', 'Rodillo de espuma'),
  mat: t('Mat', 'Esterilla'),
  'ankle-weights': t('Ankle weights', 'Tobilleras con peso'),
  none: t('No equipment', 'Sin material'),
};

export const POSITION_LABELS: Record<Position, Text> = {
  standing: t('Standing', 'De pie'),
  kneeling: t('Kneeling', 'De rodillas'),
  'half-kneeling': t('Half-kneeling (one knee down)', 'Con una rodilla en el suelo'),
  supine: t('Lying on your back', 'Tumbado boca arriba'),
  'side-lying': t('Lying on your side', 'Tumbado de lado'),
  seated: t('Sitting', 'Sentado'),
  prone: t('Lying face down', 'Tumbado boca abajo'),
  'all-fours': t('On hands and knees', 'A cuatro patas'),
  inclined: t('Reclined on a slope', 'Reclinado en pendiente'),
};

export const TARGET_LABELS: Record<Target, Text> = {
  psoas: t('Psoas muscle', 'Músculo psoas'),
  iliacus: t('Iliacus', 'Ilíaco'),
  'hip-flexors': t('Hip flexors', 'Flexores de la cadera'),
  quadriceps: t('Front of the thigh (quadriceps)', 'Parte delantera del muslo (cuádriceps)'),
  glutes: t('Buttocks (glutes)', 'Glúteos'),
  'hip-rotators': t('Deep hip rotators', 'Rotadores profundos de la cadera'),
  core: t('Core', 'Zona media (core)'),
  'lower-back': t('Lower back', 'Zona lumbar'),
  abdomen: t('Belly muscles', 'Músculos del abdomen'),
  tfl: t('Outer hip (TFL)', 'Cara externa de la cadera (tensor de la fascia lata)'),
  adductors: t('Inner thigh (adductors)', 'Cara interna del muslo (aductores)'),
  diaphragm: t('Breathing muscle (diaphragm)', 'Músculo de la respiración (diafragma)'),
  'whole-body': t('Whole body', 'Todo el cuerpo'),
};

export const CONTRAINDICATION_LABELS: Record<Contraindication, Text> = {
  'pregnancy-second-trimester-supine': t(
    'Pregnant, second trimester or later: avoid lying flat on your back for long; use the side-lying or reclined alternative.',
    'Embarazo a partir del segundo trimestre: evita estar mucho tiempo tumbada boca arriba; usa la alternativa de lado o reclinada.',
  ),
  'pregnancy-abdominal-loading': t(
    'Pregnant: skip exercises that load the belly muscles hard, such as sit-ups.',
    'Embarazo: evita los ejercicios que cargan mucho los músculos del abdomen, como los abdominales.',
  ),
  'foam-rolling-contraindication': t(
    'Do not foam roll with open wounds or skin problems, a fracture, an aneurysm, blood clots (DVT), cancer, blood-thinning medicine, heart failure, bursitis or swelling that blocks drainage; ask your doctor first.',
    'No uses el rodillo si tienes heridas abiertas o lesiones de piel, fractura, aneurisma, coágulos (trombosis), cáncer, medicación anticoagulante, insuficiencia cardiaca, bursitis o hinchazón por mal drenaje; consulta antes a tu médico.',
  ),
  'acute-hip-pain': t(
    'Sharp or recent hip pain, or pain after a fall: have it checked before loading the hip.',
    'Dolor de cadera agudo o reciente, o tras una caída: haz que te lo revisen antes de cargar la cadera.',
  ),
  'recent-hip-or-spine-surgery': t(
    'Hip or spine surgery in the last months: follow your surgical team’s exercise advice instead.',
    'Cirugía de cadera o columna en los últimos meses: sigue los ejercicios que te indique tu equipo quirúrgico.',
  ),
  'hip-replacement-precautions': t(
    'Hip replacement: deep bending and crossing the leg may be off limits; ask your surgeon or physiotherapist.',
    'Prótesis de cadera: flexionar mucho o cruzar la pierna puede estar prohibido; pregunta a tu cirujano o fisioterapeuta.',
  ),
  'knee-pain-when-kneeling': t(
    'Knee pain when kneeling: use a standing or lying version.',
    'Dolor de rodilla al arrodillarte: usa una versión de pie o tumbado.',
  ),
  'wrist-or-shoulder-pain-weight-bearing': t(
    'Wrist or shoulder pain when leaning on your hands: choose a version without weight on the arms.',
    'Dolor de muñeca u hombro al apoyarte en las manos: elige una versión sin apoyo en los brazos.',
  ),
  'balance-problems': t(
    'Poor balance or dizziness: do it next to a wall or a sturdy chair, or choose a version lying down.',
    'Mal equilibrio o mareos: hazlo junto a una pared o una silla firme, o elige una versión tumbado.',
  ),
  'pain-on-bending-backwards': t(
    'Back or leg pain that gets worse when you bend backwards: skip back-bends until a professional has checked you.',
    'Dolor de espalda o pierna que empeora al inclinarte hacia atrás: evita las extensiones hasta que te valore un profesional.',
  ),
  'osteoporosis-loaded-spinal-flexion': t(
    'Osteoporosis: avoid curling the spine forward under load, as in sit-ups.',
    'Osteoporosis: evita doblar la columna hacia delante con carga, como en los abdominales.',
  ),
  'pregnancy-prone': t(
    'Pregnant: nothing lying face down, at any stage of the pregnancy.',
    'Embarazo: nada tumbada boca abajo, en ninguna etapa del embarazo.',
  ),
  'postpartum-abdominal-loading': t(
    'After giving birth, while your belly muscles recover or are still apart: skip exercises that load them hard, such as sit-ups and lying leg lifts.',
    'Después del parto, mientras tus abdominales se recuperan o siguen separados: sáltate los ejercicios que los cargan mucho, como los abdominales y las elevaciones de pierna tumbada.',
  ),
};
