import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { freePort } from './db/embedded.js';
import { startServer } from './main.js';
import { createTestDatabase, testServers } from './testing/test-db.js';

const configFor = (databaseUrl: string) =>
  loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    PSOAS_WEB_DIR: '/nonexistent',
    PSOAS_OUTBOX_WORKER: 'off',
  });

describe('start-up without a database', () => {
  it('fails with the database error, even though the app modules load meanwhile', async () => {
    const url = `postgres://nobody@127.0.0.1:${await freePort()}/none`;
    await expect(startServer(configFor(url))).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});

describe.each(testServers())('start-up on $name PostgreSQL', (server) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('migrates while the app loads, then listens and answers health', async () => {
    const database = await createTestDatabase(server);
    cleanups.push(() => database.drop());
    const running = await startServer(configFor(database.url));
    cleanups.push(() => running.close());
    const res = await fetch(`${running.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up', kind: 'external' } });
  });
});
