import type { Programme, Session } from './types.js';

/**
 * A regenerated programme that keeps history: sessions dated before `today`, and any session that
 * already has a result, stay exactly as they were; the rest come from the new programme.
 */
export function mergeRegenerated(
  previous: Programme,
  next: Programme,
  today: string,
  sessionIdsWithResults: ReadonlySet<string>,
): Programme {
  const kept = previous.sessions.filter((s) => s.date < today || sessionIdsWithResults.has(s.id));
  const keptIds = new Set(kept.map((s) => s.id));
  const future = next.sessions.filter((s) => s.date >= today && !keptIds.has(s.id));
  const sessions: Session[] = [...kept, ...future].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  return { ...next, sessions };
}
