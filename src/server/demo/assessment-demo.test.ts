import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';
import { accountsDemo } from './accounts-demo.js';
import { assessmentDemo } from './assessment-demo.js';

describe.each(testServers())('assessment demo data on $name PostgreSQL', (server) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(server);
  });
  afterAll(async () => db?.drop());

  it('gives the demo patient one self-care assessment, however often it is loaded', async () => {
    await accountsDemo.load(db.db);
    await assessmentDemo.load(db.db);
    await assessmentDemo.load(db.db);
    const { rows } = await db.pool.query(
      `select a.self_care_allowed, a.result->'pattern'->>'kind' as pattern, a.created_at
         from assessments a join users u on u.person_id = a.person_id
        where u.email = 'demo.patient@psoas.example'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ self_care_allowed: true, pattern: 'tight-short' });
    expect(Date.now() - new Date(rows[0].created_at).getTime()).toBeGreaterThan(21 * 24 * 3600 * 1000);
  });
});
