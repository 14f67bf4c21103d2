import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EmbeddedDatabaseError, reason, USE_EXTERNAL } from './embedded-errors.js';

const run = promisify(execFile);

/**
 * A fixed PATH for the tools the embedded server needs (`id`, `useradd`, `test`): the app's own
 * PATH is not read here (configuration comes from the config module only) and a PATH pointing
 * into a private home would not be usable by the postgres user anyway.
 */
export const SAFE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Environment of every child process of the embedded server: messages in English, no locale surprises. */
export const CHILD_ENV = { PATH: SAFE_PATH, LC_ALL: 'C', LANG: 'C' } as const;

/**
 * Whose rights the database runs with. PostgreSQL refuses to run as root, so as root it runs as
 * the `postgres` system user; otherwise as the current user (`ids` empty: no switch).
 */
export interface DatabaseUser {
  asRoot: boolean;
  ids: { uid?: number; gid?: number };
}

export async function databaseUser(uid: number): Promise<DatabaseUser> {
  if (uid !== 0) return { asRoot: false, ids: {} };
  const found = await postgresIds();
  if (found) return { asRoot: true, ids: found };
  try {
    await run(
      'useradd',
      ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
      {
        env: CHILD_ENV,
      },
    );
  } catch (e) {
    throw new EmbeddedDatabaseError({
      what: 'could not create the "postgres" system user the embedded database runs as (PostgreSQL refuses to run as root)',
      why: reason(e),
      fix: `Create it with "useradd --system --user-group postgres", run Psoas as a non-root user, ${USE_EXTERNAL}`,
      cause: e,
    });
  }
  const created = await postgresIds();
  if (!created) {
    throw new EmbeddedDatabaseError({
      what: 'the "postgres" system user the embedded database runs as was not found after creating it',
      why: '"id postgres" does not know it',
      fix: `Create it with "useradd --system --user-group postgres", run Psoas as a non-root user, ${USE_EXTERNAL}`,
    });
  }
  return { asRoot: true, ids: created };
}

async function postgresIds(): Promise<{ uid: number; gid: number } | null> {
  try {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run('id', ['-u', 'postgres'], { env: CHILD_ENV }),
      run('id', ['-g', 'postgres'], { env: CHILD_ENV }),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  } catch {
    return null;
  }
}

/**
 * Whether the database user can enter `dir` (search permission on it and every folder above).
 * Asked of the system by running `test -x` with exactly the ids the server will run with, so
 * modes, owners, groups and ACLs all count as they will for PostgreSQL itself.
 */
export async function canEnter(user: DatabaseUser, dir: string): Promise<boolean> {
  if (!user.asRoot) return true;
  try {
    await run('test', ['-x', dir], { ...user.ids, cwd: '/', env: CHILD_ENV });
    return true;
  } catch {
    return false;
  }
}
