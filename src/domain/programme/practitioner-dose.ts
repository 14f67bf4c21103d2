import { LANGUAGES, type Localized } from '../i18n.js';
import { addDays } from '../time/index.js';
import { easedByWorseDay, type PainLog, WORSE_DAY_EASING_DAYS } from './history.js';
import type { Dose } from './types.js';

/**
 * Practitioner's dose vs pain-triggered easing (docs/clinical-safety.md §6a,
 * `practitioner-dose-ceiling`). A practitioner's dose is a ceiling, not a floor: when the patient's
 * pain would make the generator ease an exercise, the lighter dose wins for as long as the easing
 * lasts, and the practitioner's dose comes back when the pain settles. Pain reports the
 * practitioner already had in front of them (before the day of the review) do not ease their dose
 * again: they decided with them in view.
 */

export type DoseEasing = 'worse-day' | 'pain-reported';

/** What the patient's pain says about this exercise on this date, for a dose set on `reviewedOn`. */
export interface PainSince {
  log: PainLog;
  /** Local date of the review in force: pain reported on or after it eases the practitioner's dose. */
  reviewedOn: string;
}

/**
 * Why the practitioner's dose of `exerciseId` is eased on `date`, or undefined: a worse day in the
 * easing window before the date, or a pain report in the exercise since the review within the same
 * window (WORSE_DAY_EASING_DAYS). Outside the window the pain has settled.
 */
export function practitionerDoseEasing(
  pain: PainSince | undefined,
  exerciseId: string,
  date: string,
): DoseEasing | undefined {
  if (!pain) return undefined;
  const reported = (pain.log.byExercise.get(exerciseId) ?? []).some(
    (d) => d >= pain.reviewedOn && d < date && date <= addDays(d, WORSE_DAY_EASING_DAYS),
  );
  if (reported) return 'pain-reported';
  if (easedByWorseDay(pain.log, date)) return 'worse-day';
  return undefined;
}

const lower = (a: number | undefined, b: number | undefined) =>
  a === undefined ? undefined : b === undefined ? a : Math.min(a, b);

/** Each figure of `dose` no higher than the same figure of `ceiling` (a figure `ceiling` lacks stays). */
export function doseCappedBy(dose: Dose, ceiling: Dose): Dose {
  const next: Dose = { ...dose, sets: Math.min(dose.sets, ceiling.sets) };
  for (const key of ['reps', 'holdSeconds', 'durationSeconds'] as const) {
    const v = lower(dose[key], ceiling[key]);
    if (v !== undefined) next[key] = v;
  }
  if (dose.ankleWeights && !ceiling.ankleWeights) delete next.ankleWeights;
  return next;
}

/** True when some figure of `a` is below the same figure of `b`. */
export function isLighter(a: Dose, b: Dose): boolean {
  return (
    a.sets < b.sets ||
    (a.reps ?? 0) < (b.reps ?? 0) ||
    (a.holdSeconds ?? 0) < (b.holdSeconds ?? 0) ||
    (a.durationSeconds ?? 0) < (b.durationSeconds ?? 0) ||
    (!a.ankleWeights && !!b.ankleWeights)
  );
}

/** What the patient (player, programme page) and the practitioner (review page) read on the exercise. */
export const EASED_BELOW_PRACTITIONER: Record<DoseEasing, Localized> = {
  'worse-day': {
    en: 'Lighter than the dose your practitioner set, because of a worse day in the last week. Their dose comes back once the pain settles.',
    es: 'Más suave que la dosis que te pautó tu profesional, por un día peor en la última semana. Su dosis vuelve cuando el dolor se calme.',
  },
  'pain-reported': {
    en: 'Lighter than the dose your practitioner set, because you reported pain in this exercise. Their dose comes back once the pain settles.',
    es: 'Más suave que la dosis que te pautó tu profesional, porque indicaste dolor en este ejercicio. Su dosis vuelve cuando el dolor se calme.',
  },
};

export const joinNotes = (a: Localized | undefined, b: Localized): Localized =>
  a ? (Object.fromEntries(LANGUAGES.map((l) => [l, `${a[l]} ${b[l]}`])) as Localized) : b;

/** Why this block's practitioner dose was lowered for pain, read from its note; undefined when it was not. */
export function easingOfBlock(block: { note?: Localized | undefined }): DoseEasing | undefined {
  const note = block.note?.en ?? '';
  return (Object.keys(EASED_BELOW_PRACTITIONER) as DoseEasing[]).find((k) =>
    note.includes(EASED_BELOW_PRACTITIONER[k].en),
  );
}
