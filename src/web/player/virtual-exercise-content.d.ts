// Made by scripts/exercise-content-plugin.ts: one lazily loaded module per exercise id.
declare module 'virtual:exercise-content' {
  import type { Exercise } from '../../domain/content/exercise-model.js';

  const loaders: Readonly<Record<string, () => Promise<{ default: Exercise }>>>;
  export default loaders;
}
