import type { SessionResult, StoredProgramme } from '../../domain/programme/types.js';
import { readJson, removeKey, writeJson } from './storage.js';

/**
 * The person's current programme, kept on the device whenever it is viewed, so its sessions can be
 * played with no network (the service worker caches the app itself).
 */
const PROGRAMME_KEY = 'psoas.programme.current';
const DONE_KEY = 'psoas.programme.results';

export const cachedProgramme = () => readJson<StoredProgramme>(PROGRAMME_KEY);

export function cacheProgramme(programme: StoredProgramme): void {
  writeJson(PROGRAMME_KEY, programme);
}

export function forgetProgramme(): void {
  removeKey(PROGRAMME_KEY);
  removeKey(DONE_KEY);
}

/** Results known on this device (from the server or recorded here), to mark sessions done offline. */
export const cachedResults = () => readJson<SessionResult[]>(DONE_KEY) ?? [];

export function cacheResults(results: SessionResult[]): void {
  writeJson(DONE_KEY, results);
}

export function rememberResult(result: SessionResult): void {
  const known = cachedResults().filter((r) => r.clientId !== result.clientId);
  writeJson(DONE_KEY, [...known, result]);
}
