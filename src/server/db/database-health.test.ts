import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../testing/template-db.js';
import { createTestApp, createTestDatabase, type TestServer, testServers } from '../testing/test-db.js';
import { databaseHealth, FRESH_MS, STALE_MS } from './database-health.js';
import { freePort } from './embedded.js';

/** A clock the test moves by hand. */
function clock() {
  let t = 10_000;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

/** Drops a test database under its open pools: their connections are cut, as in an outage. */
const dropUnder = (server: TestServer, url: string) =>
  adminQuery(server.adminUrl, `drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);

describe('database health without a database', () => {
  it('reports a closed port as down, with the reason', async () => {
    const pool = new pg.Pool({ connectionString: `postgres://nobody@127.0.0.1:${await freePort()}/none` });
    pool.on('error', () => {});
    try {
      const state = await databaseHealth(pool)();
      expect(state).toMatchObject({ status: 'down', error: expect.any(String) });
    } finally {
      await pool.end();
    }
  });
});

describe.each(testServers())('database health on $name PostgreSQL', (server) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it('checks at most once a second and still notices a database that goes away', async () => {
    const database = await createTestDatabase(server);
    cleanups.push(() => database.drop());
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    pool.on('error', () => {});
    cleanups.push(() => pool.end().catch(() => {}));
    const c = clock();
    const state = databaseHealth(pool, c.now);

    const first = await state();
    expect(first).toMatchObject({ status: 'up', latencyMs: expect.any(Number) });
    c.advance(FRESH_MS - 1);
    // Fresh: the very same answer, no new check.
    expect(state()).toBe(first);

    await dropUnder(server, database.url);
    c.advance(2);
    // Over a second old: still served while a new check runs behind it…
    expect(state()).toBe(first);
    // …and once that check is in, the database is reported down.
    await expect.poll(() => (state() as { status: string }).status).toBe('down');

    // A state too old to serve is never served: the caller waits for a check.
    c.advance(STALE_MS + 1);
    const later = state();
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toMatchObject({ status: 'down' });
  });

  it('turns /api/health into a 503 within two seconds of the database going away', async () => {
    const t = await createTestApp(server);
    cleanups.push(() => t.close());
    const up = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });

    await dropUnder(server, t.database.url);
    const gone = performance.now();
    let res = await t.app.inject({ method: 'GET', url: '/api/health' });
    while (res.statusCode === 200 && performance.now() - gone < 5000) {
      await new Promise((r) => setTimeout(r, 50));
      res = await t.app.inject({ method: 'GET', url: '/api/health' });
    }
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'degraded', database: { status: 'down' } });
    expect(performance.now() - gone).toBeLessThan(STALE_MS + 500);
  });
});
