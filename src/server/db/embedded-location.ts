import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedDatabaseError, reason, USE_EXTERNAL } from './embedded-errors.js';
import { canEnter, type DatabaseUser } from './postgres-user.js';

/** Where, as root, what the postgres user cannot reach in a private folder is kept instead. */
export const DEFAULT_SYSTEM_DIR = '/var/lib/psoas';

export interface ClusterLocation {
  /** PostgreSQL's data folder: what `initdb` and `pg_ctl -D` are given. */
  pgDir: string;
  /** Said once at start when the choice is not the plain `<dataDir>/postgres`. */
  note?: string;
}

/**
 * Chooses where the cluster of `dataDir` lives.
 *
 * Normally in `<dataDir>/postgres`. As root the server runs as the postgres user; when that user
 * cannot enter `dataDir` (a checkout in `/root` or another private folder) the cluster is kept in
 * `<systemDir>/<first 16 hex of sha256(realpath(dataDir))>/postgres` (owned by postgres, 0700),
 * and `<dataDir>/postgres` becomes a symlink to it. The link is the record: later starts, the
 * adoption of a server left by a `kill -9`, and tools reading `<dataDir>/postgres/postmaster.pid`
 * as root all follow it, and it moves with the folder. No folder above `dataDir` is ever changed.
 */
export async function clusterLocation(options: {
  dataDir: string;
  user: DatabaseUser;
  systemDir: string;
}): Promise<ClusterLocation> {
  const { dataDir, user, systemDir } = options;
  const inPlace = path.join(dataDir, 'postgres');
  const found = await fs.lstat(inPlace).catch(() => null);
  if (found?.isSymbolicLink()) return followRecord(dataDir, inPlace, user);
  if (found && !found.isDirectory()) {
    throw new EmbeddedDatabaseError({
      what: `${inPlace} is in the way of the embedded database`,
      why: 'it is a file, where the database folder (or a link to it) belongs',
      fix: `Move that file away, set PSOAS_DATA_DIR to another folder, ${USE_EXTERNAL}`,
    });
  }
  if (await canEnter(user, dataDir)) return { pgDir: inPlace };
  if (await openEmptyDataDir(user, dataDir)) {
    return {
      pgDir: inPlace,
      note: `the empty data folder ${dataDir} was made passable (o+x) for the postgres user`,
    };
  }
  if (found && (await exists(path.join(inPlace, 'PG_VERSION')))) {
    // A cluster made here earlier, whose folder has since become private: moving someone's
    // database silently is worse than a clear stop.
    const target = relocatedDir(systemDir, await fs.realpath(dataDir));
    throw new EmbeddedDatabaseError({
      what: `the postgres user can no longer reach the embedded database in ${inPlace}`,
      why: `a folder on the way to ${dataDir} is closed to it`,
      fix: `Stop Psoas, then "mkdir -p ${path.dirname(target)} && mv ${inPlace} ${target} && chown -R postgres: ${path.dirname(target)} && ln -s ${target} ${inPlace}"; or set PSOAS_DATA_DIR to a folder the postgres user can reach, ${USE_EXTERNAL}`,
    });
  }
  return relocate(dataDir, inPlace, user, systemDir);
}

/** The cluster folder for a data folder: one per real path, so data folders never share one. */
export function relocatedDir(systemDir: string, realDataDir: string): string {
  const id = createHash('sha256').update(realDataDir).digest('hex').slice(0, 16);
  return path.join(systemDir, id, 'postgres');
}

async function relocate(
  dataDir: string,
  inPlace: string,
  user: DatabaseUser,
  systemDir: string,
): Promise<ClusterLocation> {
  const realDataDir = await fs.realpath(dataDir);
  const pgDir = relocatedDir(systemDir, realDataDir);
  const home = path.dirname(pgDir);
  try {
    await makeClusterHome(home, realDataDir, user);
    // What is left here holds no cluster (checked by the caller): typically the empty folder
    // a failed initdb of an older version left behind.
    await fs.rm(inPlace, { recursive: true, force: true });
    await fs.symlink(pgDir, inPlace);
  } catch (e) {
    throw new EmbeddedDatabaseError({
      what: `the postgres user cannot reach ${inPlace}, and keeping the database in ${pgDir} instead failed`,
      why: reason(e),
      fix: `Set PSOAS_DATA_DIR to a folder the postgres user can reach (e.g. under /var/lib or /srv), run Psoas as a non-root user, ${USE_EXTERNAL}`,
      cause: e,
    });
  }
  if (!(await canEnter(user, home))) {
    throw new EmbeddedDatabaseError({
      what: `the postgres user cannot reach ${inPlace}, nor ${home} where the database would be kept instead`,
      why: `a folder on the way to ${home} is closed to it`,
      fix: `Make ${systemDir} passable ("chmod 755 ${systemDir}"), set PSOAS_DATA_DIR to a folder the postgres user can reach, ${USE_EXTERNAL}`,
    });
  }
  return { pgDir, note: relocatedNote(pgDir, inPlace) };
}

/** `<systemDir>/<id>`: the postgres user's own 0700 folder, holding the cluster and its owner's name. */
async function makeClusterHome(home: string, realDataDir: string, user: DatabaseUser): Promise<void> {
  await fs.mkdir(path.dirname(home), { recursive: true, mode: 0o755 });
  await fs.mkdir(home, { recursive: true, mode: 0o700 });
  await fs.chown(home, user.ids.uid ?? -1, user.ids.gid ?? -1);
  // Says which data folder the cluster belongs to, for whoever cleans up the system folder.
  await fs.writeFile(path.join(home, 'data-dir'), `${realDataDir}\n`);
}

function relocatedNote(pgDir: string, inPlace: string): string {
  return `embedded PostgreSQL data kept in ${pgDir}, because the postgres user cannot reach ${inPlace} (a folder above it is private); ${inPlace} links to it`;
}

/**
 * Follows `<dataDir>/postgres -> <cluster>`. Its cluster's `data-dir` file names the folder the
 * link was made for: a different name means the data folder was moved (fine: the record is
 * updated) or copied, and a copy must not share, or adopt, the original's running server.
 */
async function followRecord(dataDir: string, inPlace: string, user: DatabaseUser): Promise<ClusterLocation> {
  const pgDir = path.resolve(dataDir, await fs.readlink(inPlace));
  const ownerFile = path.join(path.dirname(pgDir), 'data-dir');
  const realDataDir = await fs.realpath(dataDir);
  if (!(await exists(path.dirname(pgDir)))) {
    // The cluster was removed by hand: a new one is made where the link says.
    try {
      await makeClusterHome(path.dirname(pgDir), realDataDir, user);
    } catch (e) {
      throw new EmbeddedDatabaseError({
        what: `${inPlace} links to ${pgDir}, which is gone and could not be made again`,
        why: reason(e),
        fix: `Remove ${inPlace} to choose the place afresh, set PSOAS_DATA_DIR to another folder, ${USE_EXTERNAL}`,
        cause: e,
      });
    }
  }
  const owner = (await fs.readFile(ownerFile, 'utf8').catch(() => '')).trim();
  if (owner && owner !== realDataDir) {
    const original = await fs.readlink(path.join(owner, 'postgres')).catch(() => null);
    if (original && path.resolve(owner, original) === pgDir) {
      throw new EmbeddedDatabaseError({
        what: `the data folder ${dataDir} is a copy of ${owner} and links to the same database ${pgDir}`,
        why: 'two data folders must not share one database server',
        fix: `Remove ${inPlace} and ${path.join(dataDir, 'postgres-credentials.json')} to start this copy with a new database, or set PSOAS_DATA_DIR to ${owner}`,
      });
    }
    await fs.writeFile(ownerFile, `${realDataDir}\n`).catch(() => {});
  }
  return { pgDir, note: relocatedNote(pgDir, inPlace) };
}

/**
 * The one permission change ever made: PSOAS_DATA_DIR itself, when it is empty and root's own
 * (e.g. just made by `mktemp -d`, mode 0700) under a folder the postgres user can pass, gets
 * search permission for others (o+x). Nothing in it becomes listable or readable by others: the
 * cluster is postgres's 0700 folder and the credentials file is 0600. A folder that holds
 * anything else (a home, say) is never touched; the cluster is kept elsewhere instead.
 */
async function openEmptyDataDir(user: DatabaseUser, dataDir: string): Promise<boolean> {
  if (!(await canEnter(user, path.dirname(dataDir)))) return false;
  const stat = await fs.stat(dataDir);
  if (stat.uid !== 0 || (await fs.readdir(dataDir)).length > 0) return false;
  await fs.chmod(dataDir, (stat.mode & 0o7777) | 0o001);
  return canEnter(user, dataDir);
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}
