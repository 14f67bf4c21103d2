import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageSchema, threadListSchema, threadSchema } from '../../contract/messages.js';
import { patientListSchema } from '../../contract/patients.js';
import { TestBrowser } from '../auth/test-browser.js';
import { createUser } from '../db/repos/users.js';
import { createTestApp, testServers } from '../testing/test-db.js';

/**
 * Messages between a patient and a clinic: exactly the two parties see a thread, while the
 * patient shares; the mail says that there is a message, never what it says.
 */
describe.each(testServers())('messages API on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  const clinic = async (slug: string) =>
    (
      await t.database.pool.query(
        `insert into clinics (slug, name, address, phone, email, time_zone, opening_hours)
         values ($1, $2, 'a', 'p', $3, 'Europe/Madrid', '{}') returning id`,
        [slug, `Clinic ${slug}`, `${slug}@clinic.example`],
      )
    ).rows[0].id as string;
  const staffOf = async (email: string, clinicId: string, role = 'practitioner', name = 'Dr Staff') => {
    const { id } = await createUser(t.database.db, {
      email,
      password: 'staff password 1',
      role: role as 'practitioner',
      displayName: name,
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
  const patient = async (email: string) => {
    const b = new TestBrowser(t.app);
    const personId = (await b.signUp(email, undefined, 'Pat Ient')).json().personId as string;
    return { b, personId };
  };
  const mails = async (to: string) =>
    (
      await t.database.pool.query(
        `select payload->>'subject' as subject, payload->>'text' as text from outbox
          where kind = 'message_notice' and payload->>'to' = $1 order by id`,
        [to],
      )
    ).rows as { subject: string; text: string }[];
  const audits = async (personId: string) =>
    (
      await t.database.pool.query(
        `select count(*)::int as n from audit_log where action = 'messages.viewed_by_staff' and person_id = $1`,
        [personId],
      )
    ).rows[0].n as number;

  it('is seen by exactly the patient and their clinic; others get the 404 of a missing record', async () => {
    const north = await clinic('msg-north');
    const south = await clinic('msg-south');
    const doctor = await staffOf('msg-doc@north.example', north, 'practitioner', 'Dr Mei');
    const colleague = await staffOf('msg-admin@north.example', north, 'clinic_admin', 'Admin Ann');
    const desk = await staffOf('msg-desk@north.example', north, 'reception');
    const other = await staffOf('msg-doc@south.example', south);
    const ana = await patient('msg-ana@example.org');
    const ben = await patient('msg-ben@example.org');
    await ana.b.post('/api/consents', { clinicId: north, scopes: ['progress'] });
    await ben.b.post('/api/consents', { clinicId: north, scopes: ['progress'] });

    // Before the first message, the clinic Ana shares with is there to write to.
    const before = threadListSchema.parse((await ana.b.get('/api/messages')).json());
    expect(before).toEqual([
      { clinicId: north, clinicName: 'Clinic msg-north', open: true, unread: 0, lastAt: null },
    ]);
    const sent = await ana.b.post(`/api/messages/${north}`, { text: 'My hip is sore after the lunges.' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(messageSchema.parse(sent.json())).toMatchObject({ from: 'patient', author: null });

    const staffPath = (p: string) => `/api/staff/clinics/${north}/patients/${p}/messages`;
    const read = await doctor.get(staffPath(ana.personId));
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().messages.map((m: { text: string }) => m.text)).toEqual([
      'My hip is sore after the lunges.',
    ]);
    expect(await audits(ana.personId)).toBe(1);
    // The clinic's admin is staff of the clinic too; the answer names who wrote it.
    const answer = await colleague.post(staffPath(ana.personId), { text: 'Skip them this week, Ana.' });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({ from: 'clinic', author: 'Admin Ann' });

    const thread = threadSchema.parse((await ana.b.get(`/api/messages/${north}`)).json());
    expect(thread.messages.map((m) => [m.from, m.text])).toEqual([
      ['patient', 'My hip is sore after the lunges.'],
      ['clinic', 'Skip them this week, Ana.'],
    ]);

    // Everybody else: the same 404 as for a patient who does not exist.
    const missing = await doctor.get(staffPath(crypto.randomUUID()));
    expect(missing.statusCode).toBe(404);
    const refusals = [
      await desk.get(staffPath(ana.personId)),
      await desk.post(staffPath(ana.personId), { text: 'hello' }),
      await other.get(`/api/staff/clinics/${north}/patients/${ana.personId}/messages`),
      await other.get(`/api/staff/clinics/${south}/patients/${ana.personId}/messages`),
      await other.post(`/api/staff/clinics/${south}/patients/${ana.personId}/messages`, { text: 'hi' }),
    ];
    for (const r of refusals) {
      expect(r.statusCode).toBe(404);
      expect(r.body).not.toContain('sore');
    }
    // Ben shares with the same clinic but sees nothing of Ana's, nor can write to south.
    const bens = threadSchema.parse((await ben.b.get(`/api/messages/${north}`)).json());
    expect(bens.messages).toEqual([]);
    const benSouth = await ben.b.get(`/api/messages/${south}`);
    expect(benSouth.statusCode).toBe(404);
    expect((await ben.b.post(`/api/messages/${south}`, { text: 'hi' })).statusCode).toBe(404);
    expect(benSouth.body).toBe((await ben.b.get(`/api/messages/${crypto.randomUUID()}`)).body);
  });

  it('mails a notice without the content, once per unread thread, and counts unread messages', async () => {
    const east = await clinic('msg-east');
    const doctor = await staffOf('msg-doc@east.example', east, 'practitioner', 'Dr East');
    await staffOf('msg-desk@east.example', east, 'reception');
    const cara = await patient('msg-cara@example.org');
    await cara.b.post('/api/consents', { clinicId: east, scopes: ['progress'] });

    for (const text of ['Secret one about my groin', 'Secret two', 'Secret three'])
      expect((await cara.b.post(`/api/messages/${east}`, { text })).statusCode).toBe(201);
    const toDoctor = await mails('msg-doc@east.example');
    expect(toDoctor).toHaveLength(1);
    expect(toDoctor[0]!.text).toContain('You have a new message from a patient of Clinic msg-east');
    expect(toDoctor[0]!.text).not.toMatch(/Secret|groin|Pat Ient|msg-cara/);
    // Reception never hears about clinical messages.
    expect(await mails('msg-desk@east.example')).toEqual([]);

    const list = patientListSchema.parse((await doctor.get(`/api/staff/clinics/${east}/patients`)).json());
    expect(list.patients.find((p) => p.personId === cara.personId)?.unreadMessages).toBe(3);
    await doctor.get(`/api/staff/clinics/${east}/patients/${cara.personId}/messages`);
    const after = patientListSchema.parse((await doctor.get(`/api/staff/clinics/${east}/patients`)).json());
    expect(after.patients.find((p) => p.personId === cara.personId)?.unreadMessages).toBe(0);
    // Read: the next message mails again.
    await cara.b.post(`/api/messages/${east}`, { text: 'Secret four' });
    expect(await mails('msg-doc@east.example')).toHaveLength(2);

    // The clinic answers twice: one mail to the patient, in words that hold no content.
    await doctor.post(`/api/staff/clinics/${east}/patients/${cara.personId}/messages`, { text: 'Ice it' });
    await doctor.post(`/api/staff/clinics/${east}/patients/${cara.personId}/messages`, { text: 'Rest' });
    const toCara = await mails('msg-cara@example.org');
    expect(toCara).toHaveLength(1);
    expect(toCara[0]!.subject).toBe('Psoas: new message from Clinic msg-east');
    expect(toCara[0]!.text).toContain(`You have a new message from Clinic msg-east — open Psoas to read it:`);
    expect(toCara[0]!.text).toContain(`/messages/${east}`);
    expect(toCara[0]!.text).not.toMatch(/Ice|Rest\b|Dr East/);
    const summary = threadListSchema.parse((await cara.b.get('/api/messages')).json());
    expect(summary[0]).toMatchObject({ clinicId: east, unread: 2, open: true });
    await cara.b.get(`/api/messages/${east}`);
    expect(threadListSchema.parse((await cara.b.get('/api/messages')).json())[0]!.unread).toBe(0);
  });

  it('refuses control characters, empty and over-long text, and unknown exercises in a hurt report', async () => {
    const west = await clinic('msg-west');
    const dan = await patient('msg-dan@example.org');
    await dan.b.post('/api/consents', { clinicId: west, scopes: ['assessment'] });
    const post = (body: unknown) => dan.b.post(`/api/messages/${west}`, body);
    expect((await post({ text: 'bell\u0007' })).statusCode).toBe(400);
    expect((await post({ text: '   ' })).statusCode).toBe(400);
    expect((await post({ text: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect(
      (await post({ text: 'ok', hurt: { exerciseId: 'nope', where: 'groin', level: 5 } })).statusCode,
    ).toBe(400);
    expect((await post({ text: 'two\nlines are fine' })).statusCode).toBe(201);
    const hurt = await post({
      text: 'This hurts: bridge, 7 out of 10',
      hurt: { exerciseId: 'bridge', where: 'lower-back', level: 7 },
    });
    expect(hurt.statusCode, hurt.body).toBe(201);
    expect(hurt.json().hurt).toEqual({ exerciseId: 'bridge', where: 'lower-back', level: 7 });
  });

  it('closes the thread to both when consent is withdrawn; the patient keeps their history and export', async () => {
    const clinicId = await clinic('msg-closed');
    const doctor = await staffOf('msg-doc@closed.example', clinicId);
    const eva = await patient('msg-eva@example.org');
    const consent = (await eva.b.post('/api/consents', { clinicId, scopes: ['progress'] })).json();
    await eva.b.post(`/api/messages/${clinicId}`, { text: 'Before I stop sharing' });
    const staffPath = `/api/staff/clinics/${clinicId}/patients/${eva.personId}/messages`;
    expect((await doctor.get(staffPath)).statusCode).toBe(200);

    expect((await eva.b.delete(`/api/consents/${consent.id}`)).statusCode).toBe(200);
    const gone = await doctor.get(staffPath);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toBe(
      (await doctor.get(`/api/staff/clinics/${clinicId}/patients/${crypto.randomUUID()}/messages`)).body,
    );
    expect((await doctor.post(staffPath, { text: 'Still there?' })).statusCode).toBe(404);

    const closed = threadSchema.parse((await eva.b.get(`/api/messages/${clinicId}`)).json());
    expect(closed.open).toBe(false);
    expect(closed.messages.map((m) => m.text)).toEqual(['Before I stop sharing']);
    const refused = await eva.b.post(`/api/messages/${clinicId}`, { text: 'One more' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('conversation_closed');
    expect(threadListSchema.parse((await eva.b.get('/api/messages')).json())[0]).toMatchObject({
      open: false,
    });

    const exported = (await eva.b.get('/api/account/export')).json();
    expect(exported.data.messages.map((m: { body: string }) => m.body)).toEqual(['Before I stop sharing']);
    expect(exported.data.message_threads).toHaveLength(1);

    // Deleting the account deletes the thread and its messages.
    expect((await eva.b.delete('/api/account', { password: 'correct horse battery' })).statusCode).toBe(204);
    const left = await t.database.pool.query(
      `select (select count(*)::int from message_threads where person_id = $1) as threads,
              (select count(*)::int from messages where body = 'Before I stop sharing') as messages`,
      [eva.personId],
    );
    expect(left.rows[0]).toEqual({ threads: 0, messages: 0 });
  });
});
