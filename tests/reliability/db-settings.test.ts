import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';
import { createTestDatabase, testServers } from '../../src/server/testing/test-db.js';

describe('database settings from the environment', () => {
  it('defaults to 10 connections and a 30 s statement limit, and reads both', () => {
    expect(loadConfig({})).toMatchObject({ dbPoolSize: 10, dbStatementTimeoutMs: 30_000 });
    expect(loadConfig({ PSOAS_DB_POOL_SIZE: '25', PSOAS_DB_STATEMENT_TIMEOUT_MS: '0' })).toMatchObject({
      dbPoolSize: 25,
      dbStatementTimeoutMs: 0,
    });
    expect(() => loadConfig({ PSOAS_DB_POOL_SIZE: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ PSOAS_DB_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(
      /PSOAS_DB_STATEMENT_TIMEOUT_MS/,
    );
  });
});

describe.each(testServers())('statement timeout and pool size on $name PostgreSQL', (server) => {
  it('cancels a statement that runs past the limit and caps the connections', async () => {
    const fresh = await createTestDatabase(server);
    const db = await openDatabase({
      databaseUrl: fresh.url,
      dataDir: '/nonexistent',
      poolSize: 3,
      statementTimeoutMs: 300,
    });
    try {
      const started = Date.now();
      await expect(db.pool.query('select pg_sleep(5)')).rejects.toMatchObject({ code: '57014' });
      expect(Date.now() - started).toBeLessThan(4000);
      // The pool answers again after a cancelled statement.
      expect((await db.pool.query('select 1 as one')).rows[0].one).toBe(1);

      const sleepers = Array.from({ length: 6 }, () =>
        db.pool.query('select pg_sleep(0.2), pg_backend_pid() as pid'),
      );
      const pids = new Set((await Promise.all(sleepers)).map((r) => r.rows[0].pid));
      expect(pids.size).toBeLessThanOrEqual(3);
    } finally {
      await db.close();
      await fresh.drop();
    }
  });
});
