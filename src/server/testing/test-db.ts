import { inject } from 'vitest';
import { type App, buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/database.js';
import {
  adminQuery,
  TEST_DATABASE_PREFIX,
  type TestServer,
  uniqueDatabaseName,
  withDatabase,
} from './template-db.js';

export { type TestServer, withDatabase };

/**
 * The PostgreSQL servers integration tests run against: always the embedded one, plus the
 * external server named by TEST_DATABASE_URL (CI points it at the machine's PostgreSQL 15).
 * Use with `describe.each(testServers())`.
 */
export function testServers(): TestServer[] {
  return inject('testServers');
}

export interface TestDatabase extends Database {
  /** Connection URL of this test's own database. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of its own on the given server, copied from the run's template
 * (src/server/testing/global-setup.ts); `drop()` removes it.
 */
export async function createTestDatabase(server: TestServer, poolSize = 10): Promise<TestDatabase> {
  const name = uniqueDatabaseName(TEST_DATABASE_PREFIX);
  await adminQuery(server.adminUrl, `create database ${name} template ${server.template}`);
  const url = withDatabase(server.adminUrl, name);
  const database = await openDatabase({ databaseUrl: url, dataDir: '/nonexistent', poolSize });
  return {
    ...database,
    url,
    async drop() {
      await database.close();
      await adminQuery(server.adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** A built app (not listening) over a fresh test database, for `app.inject` tests. */
export async function createTestApp(
  server: TestServer,
  env: Record<string, string> = {},
): Promise<{ app: App; database: TestDatabase; close(): Promise<void> }> {
  const database = await createTestDatabase(server);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PSOAS_WEB_DIR: '/nonexistent',
    DATABASE_URL: database.url,
    // A busy test machine must not turn into 503s (tests/reliability/overload.test.ts tests shedding).
    PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0',
    PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0',
    // Every response a test reads is checked against its schema and the compiled serializer.
    PSOAS_VALIDATE_RESPONSES: 'true',
    ...env,
  });
  const app = await buildApp(config, database);
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
