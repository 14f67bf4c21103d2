import path from 'node:path';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { defaultPackageRoot } from '../config.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded.js';
import * as schema from './schema.js';

export type Db = NodePgDatabase<typeof schema>;

export interface Database {
  db: Db;
  pool: pg.Pool;
  url: string;
  kind: 'embedded' | 'external';
  /** Closes the pool and, for the embedded server, stops PostgreSQL. */
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** Per-statement limit (ms) set on every connection; 0 or absent = none. */
  statementTimeoutMs?: number;
  log?: (message: string) => void;
}

const MIGRATION_LOCK = 727_001;

export function migrationsFolder(): string {
  return path.join(defaultPackageRoot(), 'src', 'server', 'db', 'migrations');
}

/** Opens the configured database (starting the embedded server if no URL is given). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, log: options.log });
    url = embedded.url;
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle client losing its server (database restarted) must not crash the process.
  pool.on('error', (err) => options.log?.(`database pool error: ${err.message}`));
  // Nor may a checked-out client that is between queries when the server goes away: without a
  // listener its 'error' event is unhandled and kills the process (tests/reliability/crash.test.ts).
  pool.on('connect', (client) =>
    client.on('error', (err) => options.log?.(`database client error: ${err.message}`)),
  );
  const db = drizzle(pool, { schema });
  return {
    db,
    pool,
    url,
    kind: embedded ? 'embedded' : 'external',
    async close() {
      await pool.end().catch(() => {});
      await embedded?.stop();
    },
  };
}

/**
 * Applies pending migrations. An advisory lock makes concurrent starts of several app instances
 * against one database safe: one migrates, the others wait and then find nothing to do.
 */
export async function runMigrations(database: Pick<Database, 'pool' | 'db'>): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    // A migration over a large table may rightly take longer than the per-statement limit.
    await client.query('set statement_timeout = 0');
    await migrate(drizzle(client, { schema }), { migrationsFolder: migrationsFolder() });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.query('reset statement_timeout').catch(() => {});
    client.release();
  }
}

/**
 * A drizzle prepared statement per database handle, for the hot queries (each request's guest
 * or session lookup): named, so every connection plans it once instead of on every call, where
 * planning cost more than running them. Build it with `sql.placeholder` for the parameters and
 * `.prepare('<unique name>')`; each name must stand for one SQL text.
 */
export function preparedPerDatabase<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let statement = built.get(db);
    if (!statement) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}
