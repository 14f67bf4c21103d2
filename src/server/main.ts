import { type App, buildApp } from './app.js';
import type { Config } from './config.js';
import { type Database, openDatabase, runMigrations } from './db/database.js';
import { loadDemoData } from './demo/index.js';

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  close(): Promise<void>;
}

/** Opens the database, migrates, optionally loads demo data, and listens. */
export async function startServer(config: Config, options: { demo?: boolean } = {}): Promise<RunningServer> {
  const log = (m: string) => {
    if (config.logLevel !== 'silent')
      process.stderr.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: m })}\n`);
  };
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.dbStatementTimeoutMs,
    log,
  });
  try {
    await runMigrations(database);
    if (options.demo) await loadDemoData(database.db, log);
    const app = await buildApp(config, database);
    const address = await app.listen({ port: config.port, host: config.host });
    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= (async () => {
        await app.close();
        await database.close();
      })();
      return closing;
    };
    return { app, database, url: address, close };
  } catch (e) {
    await database.close();
    throw e;
  }
}

/** Stops the server (and its embedded database) cleanly on SIGINT/SIGTERM. */
export function closeOnSignals(server: RunningServer): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'stopping');
    server
      .close()
      .then(() => process.exit(0))
      .catch((e: unknown) => {
        server.app.log.error({ err: e }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
