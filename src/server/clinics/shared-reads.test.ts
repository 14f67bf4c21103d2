import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedClinic, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';
import { SharedReads } from './availability.js';

describe.each(testServers())('shared availability reads on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let clinicId: string;
  let practitionerId: string;
  let serviceId: string;
  let sent = 0;
  // The real pool, counting the statements sent through it.
  let counting: pg.Pool;

  beforeAll(async () => {
    database = await createTestDatabase(server);
    clinicId = (await seedClinic(database.db, vancouverDemoClinic)).clinicId;
    const { rows } = await database.pool.query(
      'select p.id as practitioner, s.id as service from practitioners p join practitioner_services ps on ps.practitioner_id = p.id join clinic_services s on s.id = ps.service_id where p.clinic_id = $1 limit 1',
      [clinicId],
    );
    practitionerId = rows[0].practitioner;
    serviceId = rows[0].service;
    counting = {
      query: (...args: Parameters<pg.Pool['query']>) => {
        sent++;
        return (database.pool.query as (...a: unknown[]) => unknown)(...args);
      },
    } as unknown as pg.Pool;
  });
  afterAll(async () => database?.drop());

  const window = { from: new Date('2031-01-06T00:00:00Z'), to: new Date('2031-01-13T00:00:00Z') };
  const q = () => ({ clinicId, practitionerIds: [practitionerId], ...window });
  const insert = (start: string) =>
    database.pool.query(
      `insert into bookings (clinic_id, service_id, practitioner_id, patient_name, patient_email, patient_phone,
         start_at, end_at, idempotency_key, cancel_token_hash)
       values ($1, $2, $3, 'A', 'a@example.com', '+1', $4::timestamptz, $4::timestamptz + interval '30 minutes', $5, 'x')`,
      [clinicId, serviceId, practitionerId, start, `shared-${start}`],
    );

  it('answers many concurrent reads of one window with at most two statements', async () => {
    const reads = new SharedReads();
    sent = 0;
    const answers = await Promise.all(Array.from({ length: 30 }, () => reads.read(counting, q())));
    expect(sent).toBeLessThanOrEqual(2);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  });

  it('never answers a read with a snapshot older than its arrival', async () => {
    const reads = new SharedReads();
    // Answers arrive late, so the first read is still in flight when the booking commits.
    const slow = {
      query: async (...args: unknown[]) => {
        const result = await (database.pool.query as (...a: unknown[]) => Promise<unknown>)(...args);
        await new Promise((r) => setTimeout(r, 150));
        return result;
      },
    } as unknown as pg.Pool;
    for (let i = 0; i < 10; i++) {
      const start = `2031-01-07T${String(8 + i).padStart(2, '0')}:00:00Z`;
      const before = reads.read(slow, q());
      await insert(start);
      const after = await reads.read(slow, q());
      expect(after.bookings.some((b) => b.start === new Date(start).toISOString())).toBe(true);
      await before;
    }
  });
});
