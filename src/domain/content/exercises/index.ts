import { EXERCISE_IDS, type ExerciseId } from '../exercise-ids.js';
import type { Exercise } from '../exercise-model.js';
import { pregnancyAlternatives } from './pregnancy-alternatives.js';
import { releaseAndGeneral } from './release-and-general.js';
import { strengthening } from './strengthening.js';
import { stretches } from './stretches.js';

const all = [...stretches, ...strengthening, ...releaseAndGeneral, ...pregnancyAlternatives];
const byId = new Map<string, Exercise>(all.map((e) => [e.id, e]));

/** Every exercise, in the order of EXERCISE_IDS. */
export const exercises: readonly Exercise[] = EXERCISE_IDS.map((id) => {
  const exercise = byId.get(id);
  if (!exercise) throw new Error(`exercise ${id} has no content`);
  return exercise;
});

export function exerciseById(id: ExerciseId): Exercise;
export function exerciseById(id: string): Exercise | undefined;
export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id);
}

/** Raw list, duplicates included, so the tests can prove no two entries share an id. */
export const allExerciseEntries: readonly Exercise[] = all;
