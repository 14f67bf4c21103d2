import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateListSchema, templateSchema } from '../../contract/programme-templates.js';
import { TestBrowser } from '../auth/test-browser.js';
import { createUser } from '../db/repos/users.js';
import { createTestApp, testServers } from '../testing/test-db.js';

describe.each(testServers())('programme templates API on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let north: string;
  let south: string;
  let pracNorth: TestBrowser;
  let pracSouth: TestBrowser;
  let deskNorth: TestBrowser;
  beforeAll(async () => {
    t = await createTestApp(server);
    const clinic = async (slug: string) =>
      (
        await t.database.pool.query(
          `insert into clinics (slug, name, address, phone, email, time_zone, opening_hours)
           values ($1, $2, 'a', 'p', $3, 'Europe/Madrid', '{}') returning id`,
          [slug, `Clinic ${slug}`, `${slug}@clinic.example`],
        )
      ).rows[0].id as string;
    const staffOf = async (email: string, clinicId: string, role: 'practitioner' | 'reception') => {
      const { id } = await createUser(t.database.db, {
        email,
        password: 'staff password 1',
        role,
        displayName: email,
      });
      await t.database.pool.query(`insert into clinic_staff (user_id, clinic_id, role) values ($1, $2, $3)`, [
        id,
        clinicId,
        role,
      ]);
      const b = new TestBrowser(t.app);
      expect((await b.signIn(email, 'staff password 1')).statusCode).toBe(200);
      return b;
    };
    north = await clinic('templates-north');
    south = await clinic('templates-south');
    pracNorth = await staffOf('tpl-north@example.org', north, 'practitioner');
    pracSouth = await staffOf('tpl-south@example.org', south, 'practitioner');
    deskNorth = await staffOf('tpl-desk@example.org', north, 'reception');
  });
  afterAll(async () => t?.close());

  const url = (clinicId: string) => `/api/staff/clinics/${clinicId}/programme-templates`;
  const edits = {
    exercises: [{ kind: 'change', exerciseId: 'kneeling-lunge', dose: { sets: 2 }, note: 'Slow out.' }],
    weekdays: [1, 3, 5],
    planNote: 'Walk every day.',
  };

  it('saves a reviewed plan’s edits under a name, lists the clinic’s templates by name, deletes one', async () => {
    const saved = await pracNorth.post(url(north), { name: 'Desk worker, first weeks', edits });
    expect(saved.statusCode, saved.body).toBe(201);
    const template = templateSchema.parse(saved.json());
    expect(template.edits).toEqual(edits);
    expect(
      (await pracNorth.post(url(north), { name: 'After a fall', edits: { exercises: [] } })).statusCode,
    ).toBe(201);
    const list = templateListSchema.parse((await pracNorth.get(url(north))).json());
    expect(list.templates.map((x) => x.name)).toEqual(['After a fall', 'Desk worker, first weeks']);

    // The same name twice in one clinic is refused; another clinic may use it.
    const again = await pracNorth.post(url(north), { name: 'Desk worker, first weeks', edits });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('template_name_taken');
    expect((await pracSouth.post(url(south), { name: 'Desk worker, first weeks', edits })).statusCode).toBe(
      201,
    );

    // Another clinic's staff cannot see or delete it: the answers of a template that does not exist.
    const southList = templateListSchema.parse((await pracSouth.get(url(south))).json());
    expect(southList.templates.map((x) => x.id)).not.toContain(template.id);
    const theirs = await pracSouth.delete(`${url(south)}/${template.id}`);
    const none = await pracSouth.delete(`${url(south)}/${crypto.randomUUID()}`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).toBe(none.body);
    expect((await pracSouth.delete(`${url(north)}/${template.id}`)).statusCode).toBe(404);

    expect((await pracNorth.delete(`${url(north)}/${template.id}`)).statusCode).toBe(204);
    expect((await pracNorth.delete(`${url(north)}/${template.id}`)).statusCode).toBe(404);
    const after = templateListSchema.parse((await pracNorth.get(url(north))).json());
    expect(after.templates.map((x) => x.name)).toEqual(['After a fall']);
  });

  it('keeps reception out (no clinical data), and refuses a bad name, a next review date, an unknown exercise', async () => {
    const asDesk = await deskNorth.get(url(north));
    expect(asDesk.statusCode).toBe(404);
    expect((await deskNorth.post(url(north), { name: 'Front desk', edits })).statusCode).toBe(404);
    const bad = [
      { name: 'Line\nbreak', edits },
      { name: '', edits },
      { name: 'With a date', edits: { ...edits, nextReviewDate: '2027-01-01' } },
      { name: 'Unknown', edits: { exercises: [{ kind: 'remove', exerciseId: 'no-such-exercise' }] } },
    ];
    for (const body of bad) {
      const res = await pracNorth.post(url(north), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
  });
});
