/**
 * The numbers a person chose to keep, on this device only: the test, the side, the degrees and
 * the day. Nothing from the camera is kept.
 */
export interface SavedCheck {
  test: 'thomas' | 'lunge';
  side: 'left' | 'right';
  degrees: number;
  /** Also the lunge's trunk lean, when the test is the lunge. */
  lean?: number;
  at: string;
}

const KEY = 'psoas.movementChecks';

export function savedChecks(): SavedCheck[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? (value as SavedCheck[]) : [];
  } catch {
    return [];
  }
}

export function saveCheck(check: SavedCheck): SavedCheck[] {
  const all = [...savedChecks(), check];
  localStorage.setItem(KEY, JSON.stringify(all));
  return all;
}
