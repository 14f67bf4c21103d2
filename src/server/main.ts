import type { App } from './app.js';
import type { Config } from './config.js';
import { type Database, openDatabase, runMigrations } from './db/database.js';

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database, migrates, optionally loads demo data, and listens. PostgreSQL starts and
 * migrates while the app's modules load (most of a warm start is loading modules, and the
 * database runs in its own process), so the two waits overlap instead of adding up.
 */
export async function startServer(config: Config, options: { demo?: boolean } = {}): Promise<RunningServer> {
  const log = (m: string) => {
    if (config.logLevel !== 'silent')
      process.stderr.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: m })}\n`);
  };
  const opening = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.dbStatementTimeoutMs,
    log,
  });
  const prepared = opening.then(async (database) => {
    await runMigrations(database);
    if (options.demo) await (await import('./demo/index.js')).loadDemoData(database.db, log);
    return database;
  });
  // Loading the app must not leave an unhandled rejection behind when the database fails first.
  prepared.catch(() => {});
  const appModule = import('./app.js');
  appModule.catch(() => {});
  let database: Database | undefined;
  try {
    const { buildApp } = await appModule;
    database = await prepared;
    const app = await buildApp(config, database);
    const address = await app.listen({ port: config.port, host: config.host });
    let closing: Promise<void> | undefined;
    const opened = database;
    const close = () => {
      closing ??= (async () => {
        await app.close();
        await opened.close();
      })();
      return closing;
    };
    return { app, database, url: address, close };
  } catch (e) {
    // Whichever failed, a database that did open (or opens later) is closed again.
    await (database ?? (await opening.catch(() => undefined)))?.close();
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
