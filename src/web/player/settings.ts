import { readJson, writeJson } from '../offline/storage.js';

const MUTE_KEY = 'psoas.player.muted';

export const loadMuted = () => readJson<boolean>(MUTE_KEY) === true;
export const saveMuted = (muted: boolean) => writeJson(MUTE_KEY, muted);

/**
 * `?speed=20` makes session time run 20 times faster. It exists for automated browser tests and
 * demonstrations; it changes nothing else, so it is harmless if someone types it.
 */
export function speedFromUrl(search: string): number {
  const value = Number(new URLSearchParams(search).get('speed'));
  return Number.isFinite(value) && value >= 1 && value <= 100 ? value : 1;
}
