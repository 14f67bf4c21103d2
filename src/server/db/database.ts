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
  });
  // An idle client losing its server (database restarted) must not crash the process.
  pool.on('error', (err) => options.log?.(`database pool error: ${err.message}`));
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
    await migrate(drizzle(client, { schema }), { migrationsFolder: migrationsFolder() });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
