import type { Localized } from '../i18n.js';
import type { NoMeasure } from './hip-angles.js';

/**
 * Within this many degrees of the table line the hanging thigh counts as level: a phone's pose
 * estimate is not finer than that, so a smaller difference is not read as tight or free.
 */
export const LEVEL_BAND = 5;

/** A lean back of more than this in the lunge is read as the lower back arching. */
export const ARCHING_LEAN = 10;

/** Two checks differing by less than this are "about the same": measuring error, not change. */
export const MEANINGFUL_CHANGE = 5;

export type ThomasVerdict = 'tight' | 'level' | 'free';

export function thomasVerdict(elevation: number): ThomasVerdict {
  if (elevation >= LEVEL_BAND) return 'tight';
  if (elevation <= -LEVEL_BAND) return 'free';
  return 'level';
}

const deg = (n: number) => `${Math.round(Math.abs(n))}°`;

/** What the Thomas test's number means, in words, for the person who just did it. */
export function thomasReading(elevation: number): Localized {
  switch (thomasVerdict(elevation)) {
    case 'tight':
      return {
        en: `Your hanging thigh stays ${deg(elevation)} above the table line: the front of this hip is tight, and the stretches in your programme target it.`,
        es: `Tu muslo colgante se queda ${deg(elevation)} por encima de la línea de la mesa: la parte delantera de esta cadera está tensa, y los estiramientos de tu programa trabajan justo esa zona.`,
      };
    case 'free':
      return {
        en: `Your hanging thigh drops ${deg(elevation)} below the table line: the front of this hip lets it straighten fully.`,
        es: `Tu muslo colgante baja ${deg(elevation)} por debajo de la línea de la mesa: la parte delantera de esta cadera le deja estirarse del todo.`,
      };
    default:
      return {
        en: 'Your hanging thigh rests about level with the table line: the front of this hip is close to its normal length.',
        es: 'Tu muslo colgante queda más o menos a la altura de la mesa: la parte delantera de esta cadera está cerca de su longitud normal.',
      };
  }
}

/** The lunge's two numbers in words: how far the hip opens, and whether the back makes up for it. */
export function lungeReading(hipExtension: number, trunkLean: number): Localized {
  const arching = trunkLean > ARCHING_LEAN;
  const hip: Localized =
    hipExtension > 0
      ? {
          en: `Your back thigh reaches ${deg(hipExtension)} behind your body line.`,
          es: `Tu muslo de atrás llega ${deg(hipExtension)} por detrás de la línea de tu cuerpo.`,
        }
      : {
          en: `Your back thigh stays ${deg(hipExtension)} in front of your body line: the front of that hip is not opening yet.`,
          es: `Tu muslo de atrás se queda ${deg(hipExtension)} por delante de la línea de tu cuerpo: la parte delantera de esa cadera aún no se abre.`,
        };
  if (!arching) return hip;
  return {
    en: `${hip.en} Your upper body leans back ${deg(trunkLean)}: your lower back is arching to make up for the hip. Tuck your tailbone under and keep your chest over your hips.`,
    es: `${hip.es} Tu tronco se inclina ${deg(trunkLean)} hacia atrás: tu zona lumbar se arquea para compensar la cadera. Mete el coxis y mantén el pecho encima de las caderas.`,
  };
}

/** What to do when a frame gives no number: one instruction, never a guess. */
export function noMeasureHint(why: NoMeasure): Localized {
  switch (why.kind) {
    case 'out-of-view':
      return {
        en: 'Move so your whole side, from shoulder to foot, is in the picture.',
        es: 'Colócate de forma que todo tu costado, del hombro al pie, salga en la imagen.',
      };
    case 'unsure':
      return {
        en: 'The camera cannot see your side clearly: turn sideways to the phone, in good light, in clothes that show your shape.',
        es: 'La cámara no ve bien tu costado: ponte de lado al teléfono, con buena luz y ropa que deje ver tu silueta.',
      };
    case 'too-far':
      return {
        en: 'Come a little closer to the phone.',
        es: 'Acércate un poco al teléfono.',
      };
    default:
      return {
        en: 'Get into the position shown, side-on to the phone, and hold still.',
        es: 'Ponte en la posición que se muestra, de lado al teléfono, y no te muevas.',
      };
  }
}

export type Change = 'better' | 'same' | 'worse';

/**
 * Two Thomas checks weeks apart: a thigh that hangs lower is better. Less than
 * MEANINGFUL_CHANGE either way is "about the same".
 */
export function thomasChange(before: number, after: number): Change {
  const drop = before - after;
  if (drop >= MEANINGFUL_CHANGE) return 'better';
  if (drop <= -MEANINGFUL_CHANGE) return 'worse';
  return 'same';
}
