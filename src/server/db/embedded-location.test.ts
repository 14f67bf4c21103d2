import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedDatabaseError } from './embedded-errors.js';
import { clusterLocation, relocatedDir } from './embedded-location.js';
import { databaseUser } from './postgres-user.js';

const isRoot = os.userInfo().uid === 0;

describe('where the embedded cluster of a data folder lives', () => {
  let scratch: string;
  let systemDir: string;
  /** A folder like /root: private to root, with a checkout inside. */
  let home: string;

  beforeAll(async () => {
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-location-'));
    await fs.chmod(scratch, 0o755);
    systemDir = path.join(scratch, 'system');
    home = path.join(scratch, 'home');
    await fs.mkdir(home, { mode: 0o700 });
  });
  afterAll(async () => {
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('is <dataDir>/postgres when the database user can reach it', async () => {
    const dataDir = path.join(scratch, 'open', 'data');
    await fs.mkdir(dataDir, { recursive: true });
    const user = await databaseUser(os.userInfo().uid);
    expect(await clusterLocation({ dataDir, user, systemDir })).toEqual({
      pgDir: path.join(dataDir, 'postgres'),
    });
  });

  it('refuses a file where the cluster folder belongs, saying what to do', async () => {
    const dataDir = path.join(scratch, 'file-in-the-way');
    await fs.mkdir(dataDir);
    await fs.writeFile(path.join(dataDir, 'postgres'), 'x');
    const user = await databaseUser(os.userInfo().uid);
    const failure = await clusterLocation({ dataDir, user, systemDir }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EmbeddedDatabaseError);
    expect((failure as EmbeddedDatabaseError).fix).toContain('PSOAS_DATA_DIR');
  });

  describe.skipIf(!isRoot)('as root (the server runs as the postgres user)', () => {
    it('keeps the cluster of a data folder inside a private home under the system folder, linked from the data folder, changing no permission above it', async () => {
      const dataDir = path.join(home, 'psoas', 'data');
      await fs.mkdir(dataDir, { recursive: true });
      const before = (await fs.stat(home)).mode;
      const user = await databaseUser(0);
      const location = await clusterLocation({ dataDir, user, systemDir });
      expect(location.pgDir).toBe(relocatedDir(systemDir, await fs.realpath(dataDir)));
      expect(location.note).toContain(`embedded PostgreSQL data kept in ${location.pgDir}`);
      expect(await fs.readlink(path.join(dataDir, 'postgres'))).toBe(location.pgDir);
      const clusterHome = await fs.stat(path.dirname(location.pgDir));
      expect([clusterHome.uid, clusterHome.mode & 0o777]).toEqual([user.ids.uid, 0o700]);
      expect((await fs.stat(home)).mode).toBe(before);
      expect((await fs.stat(dataDir)).mode & 0o777).toBe(0o755 & ~process.umask());
      // A second start finds the same place through the link.
      expect((await clusterLocation({ dataDir, user, systemDir })).pgDir).toBe(location.pgDir);
    });

    it('makes the linked place again when its cluster was removed by hand', async () => {
      const dataDir = path.join(home, 'removed', 'data');
      await fs.mkdir(dataDir, { recursive: true });
      const user = await databaseUser(0);
      const { pgDir } = await clusterLocation({ dataDir, user, systemDir });
      await fs.rm(path.dirname(pgDir), { recursive: true });
      expect((await clusterLocation({ dataDir, user, systemDir })).pgDir).toBe(pgDir);
      const again = await fs.stat(path.dirname(pgDir));
      expect([again.uid, again.mode & 0o777]).toEqual([user.ids.uid, 0o700]);
    });

    it('gives two data folders two clusters', async () => {
      const user = await databaseUser(0);
      const a = path.join(home, 'a', 'data');
      const b = path.join(home, 'b', 'data');
      await fs.mkdir(a, { recursive: true });
      await fs.mkdir(b, { recursive: true });
      const [la, lb] = [
        await clusterLocation({ dataDir: a, user, systemDir }),
        await clusterLocation({ dataDir: b, user, systemDir }),
      ];
      expect(la.pgDir).not.toBe(lb.pgDir);
    });

    it('follows a moved data folder to its cluster, but stops a copy from sharing the original’s', async () => {
      const user = await databaseUser(0);
      const original = path.join(home, 'orig', 'data');
      await fs.mkdir(original, { recursive: true });
      const { pgDir } = await clusterLocation({ dataDir: original, user, systemDir });

      const copy = path.join(home, 'copy', 'data');
      await fs.mkdir(copy, { recursive: true });
      await fs.symlink(pgDir, path.join(copy, 'postgres'));
      const failure = await clusterLocation({ dataDir: copy, user, systemDir }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(EmbeddedDatabaseError);
      expect((failure as EmbeddedDatabaseError).what).toContain(`is a copy of ${original}`);

      const moved = path.join(home, 'moved');
      await fs.rename(path.join(home, 'orig'), moved);
      expect((await clusterLocation({ dataDir: path.join(moved, 'data'), user, systemDir })).pgDir).toBe(
        pgDir,
      );
      expect(await fs.readFile(path.join(path.dirname(pgDir), 'data-dir'), 'utf8')).toBe(
        `${path.join(moved, 'data')}\n`,
      );
    });

    it('opens an empty temporary data folder of root’s to the postgres user (o+x only) instead of moving its cluster', async () => {
      const dataDir = path.join(scratch, 'mktemp-like');
      await fs.mkdir(dataDir, { mode: 0o700 });
      const location = await clusterLocation({ dataDir, user: await databaseUser(0), systemDir });
      expect(location.pgDir).toBe(path.join(dataDir, 'postgres'));
      expect((await fs.stat(dataDir)).mode & 0o777).toBe(0o701);
    });

    it('never opens a private folder that holds anything else: its cluster moves instead', async () => {
      const dataDir = path.join(scratch, 'private-with-files');
      await fs.mkdir(dataDir, { mode: 0o700 });
      await fs.writeFile(path.join(dataDir, 'notes.txt'), 'mine');
      const location = await clusterLocation({ dataDir, user: await databaseUser(0), systemDir });
      expect(location.pgDir).toBe(relocatedDir(systemDir, dataDir));
      expect((await fs.stat(dataDir)).mode & 0o777).toBe(0o700);
    });
  });

  it('for a non-root user runs the server as that user (no postgres user involved)', async () => {
    // Any non-zero uid: the answer depends on the uid asked about, not on who runs the test.
    const user = await databaseUser(isRoot ? 1000 : os.userInfo().uid);
    expect(user).toEqual({ asRoot: false, ids: {} });
  });
});
