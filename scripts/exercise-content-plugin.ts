import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * One chunk per exercise for the session player (docs/performance.md § What a page loads).
 *
 * The exercise texts live in a few category files (src/domain/content/exercises), each an array:
 * a bundler cannot split an array, so a page importing them loads all 21 exercises (53 KB) to play
 * the 3 to 6 of a session. This plugin evaluates the domain's exercises at build time and offers
 * - `virtual:exercise-content`: a loader per exercise id, `() => import(<that exercise>)`;
 * - `virtual:exercise-content/<id>`: that exercise as plain data (its JSON; the content is data
 *   only, both languages, as `exerciseById` gives it).
 * The source stays the domain's content files, so there is nothing generated to keep in step, and
 * the service worker precaches every chunk as before: a session plays offline.
 */
const PREFIX = 'virtual:exercise-content';
const RESOLVED = `\0${PREFIX}`;
const contentDir = path.resolve(import.meta.dirname, '..', 'src', 'domain', 'content');

interface ExerciseData {
  id: string;
}

async function loadExercises(): Promise<readonly ExerciseData[]> {
  // tsx runs the domain's TypeScript as it is (and maps its `.js` imports to the `.ts` files).
  const { tsImport } = await import('tsx/esm/api');
  const mod = (await tsImport(path.join(contentDir, 'exercises', 'index.ts'), import.meta.url)) as {
    exercises: readonly ExerciseData[];
  };
  return mod.exercises;
}

export function exerciseContentChunks(): Plugin {
  let exercises: Promise<readonly ExerciseData[]> | undefined;
  const all = () => {
    exercises ??= loadExercises();
    return exercises;
  };
  return {
    name: 'psoas-exercise-content',
    resolveId(id) {
      if (id === PREFIX || id.startsWith(`${PREFIX}/`)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      // A content change is seen by the dev server (and a watch build) without a restart.
      for (const file of ['exercises/index.ts', 'exercise-ids.ts'])
        this.addWatchFile(path.join(contentDir, file));
      const list = await all();
      if (id === RESOLVED) {
        const entries = list.map(
          (e) => `  ${JSON.stringify(e.id)}: () => import(${JSON.stringify(`${PREFIX}/${e.id}`)}),`,
        );
        return `export default {\n${entries.join('\n')}\n};\n`;
      }
      const wanted = id.slice(RESOLVED.length + 1);
      const exercise = list.find((e) => e.id === wanted);
      if (!exercise) this.error(`no exercise "${wanted}" in src/domain/content/exercises`);
      return `export default ${JSON.stringify(exercise)};\n`;
    },
    watchChange(id) {
      if (id.startsWith(contentDir)) exercises = undefined;
    },
  };
}
