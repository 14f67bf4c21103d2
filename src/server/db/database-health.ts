import type pg from 'pg';

export type DatabaseState =
  | { status: 'up'; latencyMs: number; checkedAt: number }
  | { status: 'down'; error: string; checkedAt: number };

/** How long a state is served without a new check, and how old it may get while one runs. */
export const FRESH_MS = 1000;
export const STALE_MS = 2000;

/**
 * The database's state for /api/health, from at most one `select 1` per second however many
 * requests ask (the ping per request was over a third of the route's CPU). A state under a
 * second old is served as is; an older one starts a new check in the background and is still
 * served while under two seconds old, so under load no request waits for the ping; past that
 * (an idle app, or a check that hangs) the caller waits for the check. A database that goes
 * down is reported within about two seconds.
 */
export function databaseHealth(pool: pg.Pool, now: () => number = performance.now.bind(performance)) {
  let last: DatabaseState | undefined;
  let running: Promise<DatabaseState> | undefined;

  async function check(): Promise<DatabaseState> {
    const started = now();
    try {
      await pool.query('select 1');
      const checkedAt = now();
      return { status: 'up', latencyMs: Math.round((checkedAt - started) * 100) / 100, checkedAt };
    } catch (e) {
      return { status: 'down', error: (e as Error).message, checkedAt: now() };
    }
  }

  function refresh(): Promise<DatabaseState> {
    running ??= check().then((state) => {
      last = state;
      running = undefined;
      return state;
    });
    return running;
  }

  return function state(): DatabaseState | Promise<DatabaseState> {
    const age = last ? now() - last.checkedAt : Number.POSITIVE_INFINITY;
    if (last && age < FRESH_MS) return last;
    const next = refresh();
    return last && age < STALE_MS ? last : next;
  };
}
