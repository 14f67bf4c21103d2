import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, runMigrations } from '../db/database.js';

export interface TestServer {
  name: 'embedded' | 'external';
  adminUrl: string;
  /** A migrated database that each test database is copied from. */
  template: string;
}

/** Databases the test helpers create are named `<prefix><base-36 ms>_<random>`. */
export const TEST_DATABASE_PREFIX = 'psoas_t_';
const TEMPLATE_PREFIX = 'psoas_tpl_';
/** Leftovers of runs that were killed before their teardown; no run lasts this long. */
const STALE_AFTER_MS = 6 * 3600_000;

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Makes a migrated template database on the server. Called once per run by the global setup,
 * so concurrent test workers never migrate at the same time. Connections to the template are
 * then refused (`allow_connections false`): `create database … template` fails while anyone
 * is connected to the template, and nothing has a reason to be.
 */
export async function createTemplateDatabase(
  name: TestServer['name'],
  adminUrl: string,
): Promise<{ server: TestServer; drop(): Promise<void> }> {
  // Several runs (people, CI) share an external server: each has its own template.
  if (name === 'external') await dropStaleDatabases(adminUrl);
  const template = uniqueDatabaseName(TEMPLATE_PREFIX);
  await adminQuery(adminUrl, `create database ${template}`);
  const drop = () => adminQuery(adminUrl, `drop database if exists ${template} with (force)`).then(() => {});
  try {
    const database = await openDatabase({
      databaseUrl: withDatabase(adminUrl, template),
      dataDir: '/nonexistent',
      poolSize: 1,
    });
    try {
      await runMigrations(database);
    } finally {
      await database.close();
    }
    await adminQuery(adminUrl, `alter database ${template} with allow_connections false`);
  } catch (e) {
    await drop().catch(() => {});
    throw e;
  }
  return { server: { name, adminUrl, template }, drop };
}

/** Test and template databases whose names say they were made more than six hours ago. */
async function dropStaleDatabases(adminUrl: string): Promise<void> {
  const { rows } = await adminQuery(
    adminUrl,
    `select datname from pg_database where datname like '${TEST_DATABASE_PREFIX}%' or datname like '${TEMPLATE_PREFIX}%'`,
  );
  const now = Date.now();
  for (const { datname } of rows as { datname: string }[]) {
    const stamp = /^psoas_(?:t|tpl)_([0-9a-z]+)_[0-9a-f]+$/.exec(datname)?.[1];
    if (!stamp || now - Number.parseInt(stamp, 36) < STALE_AFTER_MS) continue;
    await adminQuery(adminUrl, `drop database if exists ${datname} with (force)`).catch(() => {});
  }
}
