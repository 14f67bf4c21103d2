import type { SessionResultBlock } from '../programme/types.js';

/**
 * What a recorded session amounts to. Only a session with at least one exercise completed is
 * "done": pressing Skip through every exercise records the visit but is no session, and a
 * session where every exercise stopped because it hurt is named as such, never as skipped (that
 * would read as blame) nor as done (it would lift adherence for a day that went badly).
 */
export type SessionOutcome = 'done' | 'stopped' | 'skipped';

export function sessionOutcome(result: { blocks: readonly SessionResultBlock[] }): SessionOutcome {
  if (result.blocks.some((b) => b.completed)) return 'done';
  if (result.blocks.some((b) => b.pain)) return 'stopped';
  return 'skipped';
}

const RANK: Record<SessionOutcome, number> = { skipped: 0, stopped: 1, done: 2 };

/** One outcome per session: the best of its recordings (skipped in the morning, done at night = done). */
export function outcomesBySession(
  results: readonly { sessionId: string; blocks: readonly SessionResultBlock[] }[],
): Map<string, SessionOutcome> {
  const out = new Map<string, SessionOutcome>();
  for (const r of results) {
    const o = sessionOutcome(r);
    const before = out.get(r.sessionId);
    if (before === undefined || RANK[o] > RANK[before]) out.set(r.sessionId, o);
  }
  return out;
}

export interface SessionCounts {
  /** Sessions planned up to and including the day. */
  planned: number;
  done: number;
  stopped: number;
  skipped: number;
  /** Planned, due, and nothing recorded. */
  missed: number;
}

/**
 * The counts the programme page and the progress page both show, from the same function so they
 * always agree. Only sessions due by `until` count, as for adherence, so `done` equals
 * adherence's `done`, and planned = done + stopped + skipped + missed.
 */
export function sessionCounts(
  planned: readonly { id: string; date: string }[],
  results: readonly { sessionId: string; blocks: readonly SessionResultBlock[] }[],
  until: string,
): SessionCounts {
  const outcomes = outcomesBySession(results);
  const counts: SessionCounts = { planned: 0, done: 0, stopped: 0, skipped: 0, missed: 0 };
  for (const s of planned) {
    if (s.date > until) continue;
    counts.planned += 1;
    const o = outcomes.get(s.id);
    if (o === undefined) counts.missed += 1;
    else counts[o] += 1;
  }
  return counts;
}

/** Results that count as sessions done, in the shape adherence takes. */
export function doneSessions<R extends { sessionId: string; blocks: readonly SessionResultBlock[] }>(
  results: readonly R[],
  dateOf: (r: R) => string,
): { sessionId: string; date: string }[] {
  return results
    .filter((r) => sessionOutcome(r) === 'done')
    .map((r) => ({ sessionId: r.sessionId, date: dateOf(r) }));
}
