import type { Language, Localized } from '../i18n.js';
import type { Dosage, Equipment, Exercise, Position, Purpose } from './exercise-model.js';
import { EQUIPMENT_LABELS, POSITION_LABELS, PURPOSE_LABELS, TARGET_LABELS } from './exercise-model.js';

export interface ExerciseFilter {
  purpose?: Purpose;
  equipment?: Equipment;
  position?: Position;
  /** Free text, matched against names, summaries, targets and labels, ignoring case and accents. */
  query?: string;
}

/** Lower case without accents, so "cadera" finds "Cadera" and "rodillo" finds "Rodillo". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

function searchableText(e: Exercise, lang: Language): string {
  return fold(
    [
      e.name[lang],
      e.summary[lang],
      PURPOSE_LABELS[e.purpose][lang],
      POSITION_LABELS[e.position][lang],
      ...e.targets.map((x) => TARGET_LABELS[x][lang]),
      ...e.equipment.map((x) => EQUIPMENT_LABELS[x][lang]),
    ].join(' '),
  );
}

/**
 * The exercises matching every given criterion, in library order. Equipment matches when the
 * exercise needs it; 'none' matches exercises that need nothing at all. Every word of the query
 * must appear somewhere in the exercise's text in the reader's language.
 */
export function filterExercises(
  list: readonly Exercise[],
  filter: ExerciseFilter,
  lang: Language,
): Exercise[] {
  const words = fold(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return list.filter(
    (e) =>
      (!filter.purpose || e.purpose === filter.purpose) &&
      (!filter.equipment || e.equipment.includes(filter.equipment)) &&
      (!filter.position || e.position === filter.position) &&
      (words.length === 0 || words.every((w) => searchableText(e, lang).includes(w))),
  );
}

const range = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);

function minutesOrSeconds(r: { min: number; max: number }): string {
  if (r.min % 60 === 0 && r.max % 60 === 0) return `${range({ min: r.min / 60, max: r.max / 60 })} min`;
  return `${range(r)} s`;
}

interface DosageWords {
  hold: (seconds: string) => string;
  holdEach: (seconds: string) => string;
  reps: (count: string) => string;
  times: (count: string, one: boolean) => string;
  sets: (count: string, one: boolean) => string;
  eachSide: string;
}

const DOSAGE_WORDS: Localized<DosageWords> = {
  en: {
    hold: (s) => `Hold ${s} s`,
    holdEach: (s) => `hold ${s} s each`,
    reps: (n) => `${n} repetitions`,
    times: (n, one) => `${n} ${one ? 'time' : 'times'}`,
    sets: (n, one) => `${n} ${one ? 'set' : 'sets'}`,
    eachSide: 'each side',
  },
  es: {
    hold: (s) => `Mantener ${s} s`,
    holdEach: (s) => `mantener ${s} s cada una`,
    reps: (n) => `${n} repeticiones`,
    times: (n, one) => `${n} ${one ? 'vez' : 'veces'}`,
    sets: (n, one) => `${n} ${one ? 'serie' : 'series'}`,
    eachSide: 'cada lado',
  },
};

/** The dosage in a short line a person can follow, e.g. "Hold 30 s · 3 times · each side". */
export function formatDosage(d: Dosage, lang: Language): string {
  const w = DOSAGE_WORDS[lang];
  const parts: string[] = [];
  if (d.kind === 'duration') return minutesOrSeconds(d.durationSeconds);
  if (d.kind === 'hold') {
    parts.push(w.hold(range(d.holdSeconds)));
    parts.push(w.times(range(d.sets), d.sets.max === 1));
  } else {
    parts.push(w.reps(range(d.reps)));
    if (d.holdSeconds) parts.push(w.holdEach(range(d.holdSeconds)));
    parts.push(w.sets(range(d.sets), d.sets.max === 1));
  }
  if (d.perSide) parts.push(w.eachSide);
  return parts.join(' · ');
}
