import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type App, buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type Database, openDatabase, runMigrations } from '../db/database.js';

export interface TestServer {
  name: 'embedded' | 'external';
  adminUrl: string;
}

/**
 * The PostgreSQL servers integration tests run against: always the embedded one, plus the
 * external server named by TEST_DATABASE_URL (CI points it at the machine's PostgreSQL 15).
 * Use with `describe.each(testServers())`.
 */
export function testServers(): TestServer[] {
  const servers: TestServer[] = [{ name: 'embedded', adminUrl: inject('embeddedDatabaseUrl') }];
  const external = process.env.TEST_DATABASE_URL;
  if (external) servers.push({ name: 'external', adminUrl: external });
  return servers;
}

export interface TestDatabase extends Database {
  /** Connection URL of this test's own database. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own on the given server; `drop()` removes it. */
export async function createTestDatabase(server: TestServer, poolSize = 10): Promise<TestDatabase> {
  const name = `psoas_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(server.adminUrl, name);
  const database = await openDatabase({ databaseUrl: url, dataDir: '/nonexistent', poolSize });
  await runMigrations(database);
  return {
    ...database,
    url,
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: server.adminUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A built app (not listening) over a fresh test database, for `app.inject` tests. */
export async function createTestApp(
  server: TestServer,
): Promise<{ app: App; database: TestDatabase; close(): Promise<void> }> {
  const database = await createTestDatabase(server);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PSOAS_WEB_DIR: '/nonexistent',
    DATABASE_URL: database.url,
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
