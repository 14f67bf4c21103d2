import loaders from 'virtual:exercise-content';
import { use } from 'react';
import type { Exercise } from '../../domain/content/exercise-model.js';
import type { Session } from '../../domain/programme/types.js';

/** The exercises a session plays, by id (an id without content is left out: the player shows the id). */
export type SessionExercises = ReadonlyMap<string, Exercise>;

type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };
const bySet = new Map<string, Tracked<SessionExercises>>();

/**
 * Loads only the exercises of `ids` (one small chunk each, precached for offline use), once per
 * set of ids. The promise is marked fulfilled when it settles, as React's `use` reads it: a
 * player shown again for the same session renders at once instead of suspending.
 */
export function loadExercises(ids: readonly string[]): Promise<SessionExercises> {
  const unique = [...new Set(ids)].sort();
  const key = unique.join(' ');
  let loading = bySet.get(key);
  if (!loading) {
    let failed = false;
    const started: Tracked<SessionExercises> = Promise.all(
      unique.map(async (id): Promise<Exercise | undefined> => {
        try {
          return (await loaders[id]?.())?.default;
        } catch {
          // A chunk that cannot load (offline before the worker cached it): the player still runs,
          // naming that exercise by its id, and the next visit asks again.
          failed = true;
          return undefined;
        }
      }),
    ).then((list) => new Map(list.flatMap((e): [string, Exercise][] => (e ? [[e.id, e]] : []))));
    void started.then((value) => {
      started.status = 'fulfilled';
      started.value = value;
      if (failed) bySet.delete(key);
    });
    bySet.set(key, started);
    loading = started;
  }
  return loading;
}

/** The session's exercises; suspends (the page's Suspense shows its fallback) until they are here. */
export function useSessionExercises(session: Session): SessionExercises {
  return use(loadExercises(session.blocks.map((b) => b.exerciseId)));
}
