import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SetupBody } from '../../../contract/onboarding.js';
import { planSetup } from '../../../domain/onboarding/setup.js';
import { createTestDatabase, type TestDatabase, testServers } from '../../testing/test-db.js';
import { createClinicWithAdmin, SetupRefused, setupNeeded } from './onboarding.js';
import { hashPassword } from './users.js';

const hours = { '1': [{ start: '09:00', end: '17:00' }] };
const body = (name: string, adminEmail: string): SetupBody => ({
  clinic: {
    name,
    address: 'a',
    phone: '+1 555 0100',
    email: 'c@clinic.example',
    timeZone: 'America/Vancouver',
    currency: 'CAD',
    languages: ['en'],
    openingHours: hours,
  },
  admin: { displayName: 'Admin', email: adminEmail, password: 'x'.repeat(12) },
  services: [
    { name: 'Massage', durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, priceMinor: 0 },
  ],
  practitioners: [{ displayName: 'P', profession: 'RMT', workingHours: hours, services: [0] }],
});

describe.each(testServers())('first-run transaction on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(server, 6);
  });
  afterAll(async () => database?.drop());

  it('of many first runs that all passed the early check, exactly one creates a clinic', async () => {
    expect(await setupNeeded(database.db)).toBe(true);
    const hash = await hashPassword('x'.repeat(12));
    // Different names and addresses: only the first-run lock can stop the others.
    const runs = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((n) => {
        const b = body(`Clinic ${n}`, `admin${n}@clinic.example`);
        return createClinicWithAdmin(database.db, b, planSetup(b).plan, hash, { firstRunOnly: true });
      }),
    );
    expect(runs.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of runs.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toEqual(new SetupRefused('already_set_up'));
    const { rows } = await database.pool.query(
      `select (select count(*)::int from clinics) as clinics, (select count(*)::int from users) as users`,
    );
    expect(rows[0]).toEqual({ clinics: 1, users: 1 });
    expect(await setupNeeded(database.db)).toBe(false);
  });

  it('lets the CLI add a second clinic, but never one with a taken slug or admin address', async () => {
    const hash = await hashPassword('x'.repeat(12));
    const b = body('Second Clinic', 'second@clinic.example');
    await createClinicWithAdmin(database.db, b, planSetup(b).plan, hash, { firstRunOnly: false });
    await expect(
      createClinicWithAdmin(database.db, b, planSetup(b).plan, hash, { firstRunOnly: false }),
    ).rejects.toEqual(new SetupRefused('slug_taken'));
    const c = body('Third Clinic', 'second@clinic.example');
    await expect(
      createClinicWithAdmin(database.db, c, planSetup(c).plan, hash, { firstRunOnly: false }),
    ).rejects.toEqual(new SetupRefused('email_taken'));
    const { rows } = await database.pool.query(`select count(*)::int as n from clinics`);
    expect(rows[0].n).toBe(2);
  });
});
