import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail, verifyPassword } from '../db/repos/users.js';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';
import {
  BC_HOLIDAYS_2026_2027,
  clinicDemo,
  DEMO_RECEPTION_EMAIL,
  DEMO_STAFF_PASSWORD,
} from './clinic-demo.js';

const COUNTS = `select
  (select count(*) from clinics)::int as clinics,
  (select count(*) from clinic_services)::int as services,
  (select count(*) from practitioners)::int as practitioners,
  (select count(*) from practitioner_services)::int as links,
  (select count(*) from clinic_date_overrides)::int as closures,
  (select count(*) from clinic_staff)::int as staff,
  (select count(*) from users)::int as users`;

describe.each(testServers())('clinic demo data on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(server);
  });
  afterAll(async () => database?.drop());

  it('loads the Vancouver clinic, and loading it again changes nothing', async () => {
    await clinicDemo.load(database.db);
    const first = (await database.pool.query(COUNTS)).rows[0];
    expect(first).toEqual({
      clinics: 1,
      services: 7,
      practitioners: 3,
      links: 8,
      closures: BC_HOLIDAYS_2026_2027.length,
      staff: 5,
      users: 5,
    });
    await clinicDemo.load(database.db);
    expect((await database.pool.query(COUNTS)).rows[0]).toEqual(first);
    const { rows } = await database.pool.query(
      "select time_zone, opening_hours from clinics where slug = 'false-creek-back-care'",
    );
    expect(rows[0].time_zone).toBe('America/Vancouver');
    expect(rows[0].opening_hours).toEqual(
      Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '09:30', end: '19:00' }]])),
    );
  });

  it('has a front-desk account with the reception role and the documented password', async () => {
    await clinicDemo.load(database.db);
    const { rows } = await database.pool.query(
      `select u.role as "userRole", s.role as "staffRole", s.practitioner_id as "practitionerId"
         from users u join clinic_staff s on s.user_id = u.id where u.email = $1`,
      [DEMO_RECEPTION_EMAIL],
    );
    expect(rows).toEqual([{ userRole: 'reception', staffRole: 'reception', practitionerId: null }]);
    const user = await findUserByEmail(database.db, DEMO_RECEPTION_EMAIL);
    expect(await verifyPassword(user!.passwordHash, DEMO_STAFF_PASSWORD)).toBe(true);
  });

  it('closes on every 2026–2027 British Columbia statutory holiday, each on a real date', () => {
    expect(BC_HOLIDAYS_2026_2027).toHaveLength(22);
    for (const h of BC_HOLIDAYS_2026_2027)
      expect(new Date(`${h.date}T12:00:00Z`).toISOString().slice(0, 10)).toBe(h.date);
    const mondays = ['Family Day', 'Victoria Day', 'B.C. Day', 'Labour Day', 'Thanksgiving Day'];
    for (const h of BC_HOLIDAYS_2026_2027) {
      const weekday = new Date(`${h.date}T12:00:00Z`).getUTCDay();
      if (mondays.includes(h.reason)) expect(weekday, h.date).toBe(1);
      if (h.reason === 'Good Friday') expect(weekday, h.date).toBe(5);
    }
    const dates = BC_HOLIDAYS_2026_2027.map((h) => h.date);
    // Spot checks of the moving holidays: Good Friday, Victoria Day, B.C. Day, Thanksgiving.
    expect(dates).toEqual(
      expect.arrayContaining([
        '2026-04-03',
        '2027-03-26',
        '2026-05-18',
        '2027-05-24',
        '2026-08-03',
        '2027-08-02',
        '2026-10-12',
        '2027-10-11',
      ]),
    );
  });
});
