import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedClinic, vancouverDemoClinic } from '../../demo/clinic-demo.js';
import { createTestDatabase, type TestDatabase, testServers } from '../../testing/test-db.js';
import { findStaffClinic, loadClinicContext, staffClinicList } from './clinics.js';

describe.each(testServers())('clinic context on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let clinicId: string;
  beforeAll(async () => {
    database = await createTestDatabase(server);
    clinicId = (await seedClinic(database.db, vancouverDemoClinic)).clinicId;
    const { rows } = await database.pool.query<{ id: string }>(
      'select id from practitioners where clinic_id = $1 order by display_name limit 1',
      [clinicId],
    );
    // Inserted out of order: the context lists time off by start.
    await database.pool.query(
      `insert into practitioner_time_off (practitioner_id, start_at, end_at) values
         ($1, '2026-08-10T16:00:00Z', '2026-08-11T01:00:00Z'),
         ($1, '2026-07-01T16:00:00Z', '2026-07-02T01:00:00Z')`,
      [rows[0]?.id],
    );
  });
  afterAll(async () => database?.drop());

  it('loads a clinic by id or slug with everything the schedule engine needs, in one statement', async () => {
    const query = vi.spyOn(database.pool, 'query');
    const ctx = await loadClinicContext(database.db, clinicId);
    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();

    expect(ctx?.clinic).toMatchObject({ id: clinicId, slug: vancouverDemoClinic.slug });
    expect(ctx?.clinic.createdAt).toBeInstanceOf(Date);
    expect(ctx?.clinic.openingHours['1']).toEqual([{ start: '09:30', end: '19:00' }]);
    const dates = ctx?.overrides.map((o) => o.date) ?? [];
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
    const durations = ctx?.services.map((s) => s.durationMinutes) ?? [];
    expect(durations).toEqual([...durations].sort((a, b) => a - b));
    const names = ctx?.practitioners.map((p) => p.displayName) ?? [];
    expect(names).toEqual([...names].sort());
    const first = ctx?.practitioners[0];
    expect(first?.timeOff).toMatchObject([
      { start: '2026-07-01T16:00:00.000Z', end: '2026-07-02T01:00:00.000Z', reason: null },
      { start: '2026-08-10T16:00:00.000Z', end: '2026-08-11T01:00:00.000Z', reason: null },
    ]);
    const links = ctx?.practitioners.reduce((n, p) => n + p.serviceIds.length, 0);
    expect(links).toBe(8);
    expect(ctx?.services.every((s) => typeof s.name.en === 'string')).toBe(true);

    expect(await loadClinicContext(database.db, vancouverDemoClinic.slug)).toEqual(ctx);
    expect(await loadClinicContext(database.db, 'no-such-clinic')).toBeUndefined();
  });

  it('finds a staff member’s clinic only through that exact membership', async () => {
    const { rows } = await database.pool.query<{ user_id: string; role: string }>(
      'select user_id, role from clinic_staff where clinic_id = $1 order by role limit 1',
      [clinicId],
    );
    const userId = rows[0]?.user_id ?? '';
    const found = await findStaffClinic(database.db, userId, clinicId);
    expect(found?.membership).toMatchObject({ clinicId, role: rows[0]?.role });
    expect(found?.ctx).toEqual(await loadClinicContext(database.db, clinicId));
    expect(await findStaffClinic(database.db, userId, crypto.randomUUID())).toBeUndefined();
    expect(await findStaffClinic(database.db, crypto.randomUUID(), clinicId)).toBeUndefined();
    expect(await staffClinicList(database.db, userId)).toEqual([
      expect.objectContaining({ clinicId, clinicName: vancouverDemoClinic.name }),
    ]);
  });
});
