import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPackageRoot } from '../server/config.js';
import { createTestDatabase, type TestDatabase, testServers } from '../server/testing/test-db.js';

const root = defaultPackageRoot();

/** Runs the real CLI from the sources against a database URL; collects how it ended. */
function cli(
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', ...args],
      { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

const weekdays = Object.fromEntries(
  ['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '09:30', end: '19:00' }]]),
);
const clinicFile = {
  clinic: {
    name: 'Harbour Chiropractic',
    address: '1 Harbour Rd, Halifax',
    phone: '+1 902 555 0100',
    email: 'desk@harbour.example',
    timeZone: 'America/Halifax',
    languages: ['en'],
    openingHours: weekdays,
  },
  admin: { displayName: 'Robin Hale', email: 'robin@harbour.example', password: 'harbour admin password' },
  services: [{ name: 'Adjustment', durationMinutes: 30, bufferAfterMinutes: 10, priceMinor: 8500 }],
  practitioners: [
    { displayName: 'Sam Lee', profession: 'Chiropractor', workingHours: weekdays, services: [0] },
  ],
};

describe.each(testServers())('psoas clinic create / staff invite on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(server, 2);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-cli-onboarding-'));
    env = { DATABASE_URL: database.url, PSOAS_PUBLIC_URL: 'https://clinic.example' };
  });
  afterAll(async () => {
    await database?.drop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('names each mistake of a clinic file and creates nothing', async () => {
    const file = path.join(dir, 'bad.json');
    const bad = structuredClone(clinicFile) as Record<string, unknown> & typeof clinicFile;
    bad.clinic.timeZone = 'Atlantis/Capital';
    bad.admin.password = 'short';
    await fs.writeFile(file, JSON.stringify(bad));
    const run = await cli(['clinic', 'create', '--file', file], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('clinic.timeZone: a time zone such as America/Vancouver');
    expect(run.stderr).toContain('admin.password: Use at least 10 characters.');
    expect(run.stderr).not.toContain('    at ');
    const { rows } = await database.pool.query('select count(*)::int as n from clinics');
    expect(rows[0].n).toBe(0);
  });

  it('creates the clinic from standard input, then refuses the same name twice', async () => {
    const run = await cli(['clinic', 'create', '--file', '-'], env, JSON.stringify(clinicFile));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('slug harbour-chiropractic');
    const { rows } = await database.pool.query(
      `select c.time_zone, c.languages, u.role from clinics c join clinic_staff s on s.clinic_id = c.id join users u on u.id = s.user_id`,
    );
    expect(rows).toEqual([{ time_zone: 'America/Halifax', languages: ['en'], role: 'clinic_admin' }]);
    const again = await cli(['clinic', 'create', '--file', '-'], env, JSON.stringify(clinicFile));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('slug "harbour-chiropractic" exists already');
  });

  it('invites staff through the outbox and prints the link only when asked', async () => {
    const quiet = await cli(
      [
        'staff',
        'invite',
        '--clinic',
        'harbour-chiropractic',
        '--email',
        'front@harbour.example',
        '--role',
        'reception',
      ],
      env,
    );
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stdout).not.toContain('token=');
    const loud = await cli(
      [
        'staff',
        'invite',
        '--clinic',
        'harbour-chiropractic',
        '--email',
        'sam@harbour.example',
        '--role',
        'practitioner',
        '--practitioner',
        'sam-lee',
        '--language',
        'es',
        '--print-link',
      ],
      env,
    );
    expect(loud.code, loud.stderr).toBe(0);
    expect(loud.stdout).toMatch(/^https:\/\/clinic\.example\/clinic\/join#token=[\w-]{43}$/m);
    const { rows } = await database.pool.query(
      `select payload->>'to' as to, payload->>'language' as language from outbox where kind = 'staff_invite' order by id`,
    );
    expect(rows).toEqual([
      { to: 'front@harbour.example', language: 'en' },
      { to: 'sam@harbour.example', language: 'es' },
    ]);
    const invites = await database.pool.query(
      `select practitioner_id is not null as linked from staff_invites order by created_at`,
    );
    expect(invites.rows.map((r) => r.linked)).toEqual([false, true]);
  });

  it('refuses wrong arguments with a clear message and exit status 2', async () => {
    const cases: [string[], string][] = [
      [
        [
          'staff',
          'invite',
          '--clinic',
          'harbour-chiropractic',
          '--email',
          'x@harbour.example',
          '--role',
          'boss',
        ],
        '--role',
      ],
      [
        ['staff', 'invite', '--clinic', 'nowhere', '--email', 'x@harbour.example', '--role', 'reception'],
        'No clinic "nowhere"',
      ],
      [
        [
          'staff',
          'invite',
          '--clinic',
          'harbour-chiropractic',
          '--email',
          'not-an-address',
          '--role',
          'reception',
        ],
        '--email',
      ],
      [
        [
          'staff',
          'invite',
          '--clinic',
          'harbour-chiropractic',
          '--email',
          'robin@harbour.example',
          '--role',
          'reception',
        ],
        'already has',
      ],
      [['staff', 'invite', '--bogus'], "Unknown option '--bogus'"],
      [['clinic', 'create'], 'needs --file'],
      [['clinic', 'delete'], 'Unknown command "clinic delete"'],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args, env);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });
});
