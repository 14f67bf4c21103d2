import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { medplumBundleIssues } from '../../domain/fhir/testing/medplum-validate.js';
import { r4Validators } from '../../domain/fhir/testing/r4-schema.js';
import { TestBrowser } from '../auth/test-browser.js';
import { canStaffSeePerson } from '../db/repos/consent.js';
import { createUser } from '../db/repos/users.js';
import { seedClinic, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestApp, testServers } from '../testing/test-db.js';

type T = Awaited<ReturnType<typeof createTestApp>>;

async function makeClinic(t: T, slug: string): Promise<string> {
  const { rows } = await t.database.pool.query(
    `insert into clinics (slug, name, address, phone, email, time_zone, opening_hours)
     values ($1, $1, 'Street 1', '+34 600 000 000', $1 || '@clinic.example', 'Europe/Madrid', '{}') returning id`,
    [slug],
  );
  return rows[0].id;
}

async function makeStaff(t: T, email: string, clinicId: string): Promise<string> {
  const { id } = await createUser(t.database.db, {
    email,
    password: 'staff password 1',
    role: 'practitioner',
    displayName: 'Dr Staff',
  });
  await t.database.pool.query(
    `insert into clinic_staff (user_id, clinic_id, role) values ($1, $2, 'practitioner')`,
    [id, clinicId],
  );
  return id;
}

/** Every (table, column) of a uuid, text or json type that holds one of the values. */
async function whereFound(t: T, values: string[]): Promise<string[]> {
  const { rows: columns } = await t.database.pool.query(
    `select table_name, column_name, data_type from information_schema.columns c
     where table_schema = 'public' and data_type in ('uuid', 'text', 'character varying', 'jsonb', 'json', 'ARRAY')
       and exists (select 1 from information_schema.tables t where t.table_schema = 'public'
                   and t.table_name = c.table_name and t.table_type = 'BASE TABLE')`,
  );
  const hits: string[] = [];
  for (const c of columns) {
    const col = `"${c.column_name}"`;
    const test =
      c.data_type === 'uuid' || c.data_type === 'text' || c.data_type === 'character varying'
        ? `${col}::text = any($1)`
        : `exists (select 1 from unnest($1::text[]) v where ${col}::text like '%' || v || '%')`;
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from "${c.table_name}" where ${test}`,
      [values],
    );
    if (rows[0].n > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}

describe.each(testServers())('consent, export and erasure on $name PostgreSQL', (server) => {
  let t: T;
  let clinicA: string;
  let clinicB: string;
  let staffA: string;
  let staffB: string;
  beforeAll(async () => {
    t = await createTestApp(server);
    clinicA = await makeClinic(t, 'north');
    clinicB = await makeClinic(t, 'south');
    staffA = await makeStaff(t, 'staff-north@example.org', clinicA);
    staffB = await makeStaff(t, 'staff-south@example.org', clinicB);
  });
  afterAll(async () => t?.close());

  it('lets staff see a patient only while the patient shares with their clinic, per scope', async () => {
    const pat = new TestBrowser(t.app);
    const personId = (await pat.signUp('share@example.org')).json().personId as string;
    expect(await canStaffSeePerson(t.database.db, staffA, personId)).toBe(false);

    const granted = await pat.post('/api/consents', {
      clinicId: clinicA,
      scopes: ['assessment', 'progress'],
    });
    expect(granted.statusCode).toBe(201);
    expect(await canStaffSeePerson(t.database.db, staffA, personId)).toBe(true);
    expect(await canStaffSeePerson(t.database.db, staffA, personId, 'assessment')).toBe(true);
    expect(await canStaffSeePerson(t.database.db, staffA, personId, 'programme')).toBe(false);
    expect(await canStaffSeePerson(t.database.db, staffB, personId)).toBe(false);

    const withdrawn = await pat.delete(`/api/consents/${granted.json().id}`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().active).toBe(false);
    expect(await canStaffSeePerson(t.database.db, staffA, personId)).toBe(false);
    const list = (await pat.get('/api/consents')).json();
    expect(list).toHaveLength(1);
    expect(list[0].withdrawnAt).not.toBeNull();
  });

  it('refuses a consent for a clinic that does not exist', async () => {
    const pat = new TestBrowser(t.app);
    await pat.post('/api/me');
    const res = await pat.post('/api/consents', { clinicId: crypto.randomUUID(), scopes: ['assessment'] });
    expect(res.statusCode).toBe(404);
  });

  it('exports everything held about the person as JSON and as a FHIR R4 bundle, without secrets', async () => {
    const pat = new TestBrowser(t.app);
    const personId = (await pat.signUp('export@example.org', 'export password 1', 'Eva Export')).json()
      .personId;
    await pat.post('/api/consents', { clinicId: clinicA, scopes: ['programme'] });
    const assessment = await pat.post('/api/assessments', { answers: VIGNETTES[0]!.answers });
    expect(assessment.statusCode).toBe(201);
    const res = await pat.get('/api/account/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.person.id).toBe(personId);
    expect(body.account).toMatchObject({ email: 'export@example.org', displayName: 'Eva Export' });
    expect(body.consents).toHaveLength(1);
    expect(body.auditTrail.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['account.created', 'consent.granted']),
    );
    expect(Object.keys(body.data)).toEqual(expect.arrayContaining(['assessments', 'consents', 'sessions']));
    expect(body.data.assessments[0].id).toBe(assessment.json().id);
    expect(res.body).not.toMatch(/argon2|token_hash|password_hash/);

    const fhir = await pat.get('/api/account/export/fhir');
    expect(fhir.statusCode).toBe(200);
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    const bundle = fhir.json();
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType)).toEqual([
      'Patient',
      'Consent',
      'QuestionnaireResponse',
      'Observation',
    ]);
    const validate = r4Validators().Bundle;
    expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(bundle.entry[0].resource.telecom[0].value).toBe('export@example.org');

    const transaction = (await pat.get('/api/account/export/fhir?type=transaction')).json();
    expect(validate(transaction), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(transaction.type).toBe('transaction');
    expect(medplumBundleIssues(bundle)).toEqual([]);
    expect(medplumBundleIssues(transaction)).toEqual([]);
    const urls = new Set(transaction.entry.map((e: { fullUrl: string }) => e.fullUrl));
    const refs = JSON.stringify(transaction).match(/"reference":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(urls.has(r.slice('"reference":"'.length, -1)), r).toBe(true);
  });

  it('exports what was entered: assessment, programme with results and feed, check-ins, booking, consent', async () => {
    const { clinicId } = await seedClinic(t.database.db, vancouverDemoClinic);
    const pat = new TestBrowser(t.app);
    const personId = (await pat.signUp('roundtrip@example.org', 'roundtrip password', 'Rita Round')).json()
      .personId as string;
    const vignette = VIGNETTES.find((v) => v.id === 'sitter-weak-hip')!;
    const assessment = (await pat.post('/api/assessments', { answers: vignette.answers })).json();
    const preferences = {
      minutesPerSession: 20,
      daysPerWeek: 3,
      equipment: ['mat', 'chair'],
      startDate: '2026-01-05',
      timeZone: 'Europe/Madrid',
      language: 'en',
    };
    const created = await pat.post('/api/programmes', { assessmentId: assessment.id, preferences });
    expect(created.statusCode).toBe(201);
    const programme = created.json();
    const session = programme.sessions[1];
    const result = {
      clientId: crypto.randomUUID(),
      sessionId: session.id,
      completedAt: `${session.date}T18:42:00.000Z`,
      blocks: [
        { exerciseId: programme.sessions[1].blocks[0].exerciseId, completed: true },
        { exerciseId: 'gentle-walk', completed: false, skipped: true },
      ],
      effort: 5,
      painNow: 0,
    };
    expect((await pat.post(`/api/programmes/${programme.id}/results`, result)).statusCode).toBe(201);
    expect(
      (await pat.post(`/api/programmes/${programme.id}/calendar-feed`, { time: '07:15' })).statusCode,
    ).toBe(201);
    const days = [3, 2].map((n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10));
    const entered = days.map((date, i) => ({
      date,
      painNow: 4 + i,
      minutesWalked: 30 + i,
      sittingHours: 6.5 + i,
      sittingBreaks: 2 + i,
      waterGlasses: 5 + i,
      stress: 3 + i,
      classAttended: i === 0,
      note: `day ${i}: "quoted", ünïcode, a,b`,
    }));
    for (const { date, ...fields } of entered) {
      expect((await pat.put(`/api/checkins/${date}`, fields)).statusCode).toBe(201);
    }
    const view = (await t.app.inject({ url: `/api/clinics/${clinicId}` })).json();
    const serviceId = view.services.find((s: { slug: string }) => s.slug === 'acupuncture').id;
    const q = new URLSearchParams({
      serviceId,
      from: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      to: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    });
    const slot = (await t.app.inject({ url: `/api/clinics/${clinicId}/availability?${q}` })).json().slots[0];
    const booked = await pat.post(`/api/clinics/${clinicId}/bookings`, {
      serviceId,
      practitionerId: slot.practitionerId,
      start: slot.start,
      idempotencyKey: `roundtrip-${crypto.randomUUID()}`,
      patient: { name: 'Rita Round', email: 'rita@example.org', phone: '+1 604 555 0199' },
      assessmentId: assessment.id,
      shareAssessment: true,
    });
    expect(booked.statusCode).toBe(201);
    const booking = booked.json().booking;
    const consent = (await pat.post('/api/consents', { clinicId, scopes: ['progress', 'programme'] })).json();

    const res = await pat.get('/api/account/export');
    expect(res.statusCode).toBe(200);
    const { data, consents } = res.json();
    expect(res.body).not.toMatch(/token_hash|cancel_token|password/);

    expect(data.assessments).toHaveLength(1);
    expect(data.assessments[0]).toMatchObject({ id: assessment.id, answers: assessment.answers });
    for (const [k, v] of Object.entries(assessment.answers)) expect(vignette.answers).toHaveProperty(k, v);

    const stored = (await pat.get(`/api/programmes/${programme.id}`)).json();
    const { id: _id, createdAt: _c, updatedAt: _u, ...plan } = stored;
    expect(data.programmes).toHaveLength(1);
    expect(data.programmes[0]).toMatchObject({ id: programme.id, person_id: personId, programme: plan });
    expect(data.programmes[0].programme.preferences).toEqual(preferences);
    expect(data.programme_results).toHaveLength(1);
    expect(data.programme_results[0]).toMatchObject({ programme_id: programme.id, session_id: session.id });
    expect(data.programme_results[0].result).toEqual(result);
    expect(data.programme_calendar_feeds).toHaveLength(1);
    expect(data.programme_calendar_feeds[0]).toMatchObject({
      programme_id: programme.id,
      session_time: '07:15',
    });
    expect(Object.keys(data.programme_calendar_feeds[0])).not.toContain('token_hash');

    const checkins = (data.checkins as Record<string, unknown>[]).map((c) => ({
      date: String(c.date).slice(0, 10),
      painNow: c.pain_now,
      minutesWalked: c.minutes_walked,
      sittingHours: c.sitting_hours,
      sittingBreaks: c.sitting_breaks,
      waterGlasses: c.water_glasses,
      stress: c.stress,
      classAttended: c.class_attended,
      note: c.note,
    }));
    expect(checkins.sort((a, b) => (a.date < b.date ? -1 : 1))).toEqual(entered);

    expect(data.bookings).toHaveLength(1);
    expect(data.bookings[0]).toMatchObject({
      id: booking.id,
      person_id: personId,
      patient_name: 'Rita Round',
      patient_email: 'rita@example.org',
      patient_phone: '+1 604 555 0199',
      assessment_id: assessment.id,
      share_assessment: true,
      status: 'active',
    });
    expect(new Date(data.bookings[0].start_at).toISOString()).toBe(new Date(slot.start).toISOString());
    // Sharing the assessment through the booking was a consent of its own; the later grant
    // replaced it, and the history keeps both.
    expect(consents).toEqual([
      expect.objectContaining({ id: consent.id, clinicId, scopes: ['progress', 'programme'] }),
      expect.objectContaining({ clinicId, scopes: ['assessment'], withdrawnAt: expect.any(String) }),
    ]);

    const bundle = (await pat.get('/api/account/export/fhir')).json();
    const validate = r4Validators().Bundle;
    expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    type Entry = { resource: Record<string, unknown> & { resourceType: string; id: string } };
    const byType = (type: string) =>
      (bundle.entry as Entry[]).map((e) => e.resource).filter((r) => r.resourceType === type);
    const observations = byType('Observation').filter((o) => !o.id.endsWith('-pain'));
    // Named by the check-in rows' own ids, not by the date (the same for everyone that day).
    expect(observations.map((o) => o.id).sort()).toEqual(
      (data.checkins as { id: string }[]).map((c) => c.id).sort(),
    );
    expect(observations.map((o) => o.effectiveDateTime)).toEqual(days);
    for (const [i, o] of observations.entries()) {
      const component = o.component as { code: { coding: { code: string }[] }; [k: string]: unknown }[];
      const value = (code: string) => {
        const c = component.find((x) => x.code.coding[0]!.code === code)!;
        return (c.valueQuantity as { value: number } | undefined)?.value ?? c.valueInteger ?? c.valueBoolean;
      };
      expect({
        date: o.effectiveDateTime,
        painNow: o.valueInteger,
        minutesWalked: value('minutes-walked'),
        sittingHours: value('sitting-hours'),
        sittingBreaks: value('sitting-breaks'),
        waterGlasses: value('water-glasses'),
        stress: value('stress'),
        classAttended: value('class-attended'),
        note: (o.note as { text: string }[])[0]!.text,
      }).toEqual(entered[i]);
    }
    expect(byType('Appointment')).toEqual([
      expect.objectContaining({
        id: booking.id,
        status: 'booked',
        start: new Date(slot.start).toISOString(),
      }),
    ]);
    expect(byType('CarePlan')).toEqual([expect.objectContaining({ id: programme.id, intent: 'plan' })]);
    expect(byType('Procedure')).toEqual([
      expect.objectContaining({
        basedOn: [{ reference: `CarePlan/${programme.id}` }],
        performedDateTime: result.completedAt,
      }),
    ]);
    expect(byType('QuestionnaireResponse').map((r) => r.id)).toEqual([assessment.id]);

    // And all of it goes with the account, the booking's contact details and mail included.
    expect((await pat.delete('/api/account', { password: 'roundtrip password' })).statusCode).toBe(204);
    expect(
      await whereFound(t, [personId, programme.id, booking.id, 'roundtrip@example.org', 'rita@example.org']),
    ).toEqual([]);
  });

  it('exports the practitioner’s reviews of the programme: who, when, the edits and every note (JSON and FHIR)', async () => {
    const pat = new TestBrowser(t.app);
    const personId = (await pat.signUp('reviewed@example.org', 'reviewed password', 'Rosa Review')).json()
      .personId as string;
    const assessment = (
      await pat.post('/api/assessments', {
        answers: VIGNETTES.find((v) => v.id === 'desk-worker-supine')!.answers,
      })
    ).json();
    const today = new Date().toISOString().slice(0, 10);
    const created = await pat.post('/api/programmes', {
      assessmentId: assessment.id,
      preferences: {
        minutesPerSession: 30,
        daysPerWeek: 7,
        equipment: ['mat', 'chair', 'exercise-ball'],
        startDate: today,
        timeZone: 'UTC',
        language: 'en',
      },
    });
    expect(created.statusCode).toBe(201);
    const programme = created.json();
    await pat.post('/api/consents', { clinicId: clinicA, scopes: ['programme'] });
    const staff = new TestBrowser(t.app);
    expect((await staff.signIn('staff-north@example.org', 'staff password 1')).statusCode).toBe(200);
    const first = (programme.sessions as { blocks: { exerciseId: string; phase: string }[] }[])
      .flatMap((s) => s.blocks)
      .find((b) => b.phase === 'stretch' || b.phase === 'strengthen')!.exerciseId;
    const edits = {
      exercises: [
        { kind: 'change', exerciseId: first, dose: { sets: 2 }, note: 'Keep the knee soft, slow out.' },
      ],
      planNote: 'Walk every day; call us if the leg tingles.',
    };
    const saved = await staff.put(`/api/staff/clinics/${clinicA}/patients/${personId}/programme`, edits);
    expect(saved.statusCode).toBe(200);

    const { data } = (await pat.get('/api/account/export')).json();
    expect(data.programme_reviews).toEqual([
      expect.objectContaining({
        programme_id: programme.id,
        person_id: personId,
        clinic_id: clinicA,
        reviewer_name: 'Dr Staff',
        edits,
      }),
    ]);

    const bundle = (await pat.get('/api/account/export/fhir')).json();
    const validate = r4Validators().Bundle;
    expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const plan = (bundle.entry as { resource: Record<string, unknown> }[])
      .map((e) => e.resource)
      .find((r) => r.resourceType === 'CarePlan' && r.id === programme.id)!;
    const notes = plan.note as { authorString: string; time: string; text: string }[];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.authorString).toBe('Dr Staff');
    expect(notes[0]!.text).toContain('Reviewed by Dr Staff (north).');
    expect(notes[0]!.text).toContain('Note: Walk every day; call us if the leg tingles.');
    expect(notes[0]!.text).toContain(`Changed ${first} (2 sets)`);
    expect(notes[0]!.text).toContain(`${first}: Keep the knee soft, slow out.`);
    expect(medplumBundleIssues(bundle)).toEqual([]);
  });

  it('erases an account: no row anywhere keeps its ids or email, the audit trail stays without them', async () => {
    const pat = new TestBrowser(t.app);
    const signed = (await pat.signUp('erase@example.org', 'erase password 1', 'Ernesto')).json();
    const personId = signed.personId as string;
    const userId = signed.user.id as string;
    await pat.post('/api/consents', { clinicId: clinicA, scopes: ['assessment'] });
    await new TestBrowser(t.app).post('/api/account/password-reset', { email: 'erase@example.org' });
    await new TestBrowser(t.app).signIn('erase@example.org');
    // Other areas' per-person rows: one keyed by person_id without a foreign key, one with a
    // foreign key that does not cascade. Both must go.
    await t.database.pool.query(
      'create table if not exists test_loose_rows (person_id uuid not null, note text)',
    );
    await t.database.pool.query(
      'create table if not exists test_strict_rows (owner uuid not null references guests(id), mail text)',
    );
    await t.database.pool.query(`insert into test_loose_rows values ($1, 'pain 4/10')`, [personId]);
    await t.database.pool.query(`insert into test_strict_rows values ($1, 'erase@example.org')`, [personId]);
    const other = new TestBrowser(t.app);
    const otherPerson = (await other.signUp('keeper@example.org')).json().personId;
    await other.post('/api/consents', { clinicId: clinicA, scopes: ['assessment'] });

    expect(await whereFound(t, [personId, userId, 'erase@example.org'])).not.toEqual([]);
    const { rows: before } = await t.database.pool.query('select count(*)::int as n from audit_log');

    expect((await pat.delete('/api/account', { password: 'wrong one' })).statusCode).toBe(403);
    const erased = await pat.delete('/api/account', { password: 'erase password 1' });
    expect(erased.statusCode).toBe(204);

    expect(await whereFound(t, [personId, userId, 'erase@example.org'])).toEqual([]);
    const { rows: after } = await t.database.pool.query('select count(*)::int as n from audit_log');
    expect(after[0].n).toBeGreaterThan(before[0].n);
    const { rows: erasedTrail } = await t.database.pool.query(
      `select action from audit_log where person_id =
         (select person_id from audit_log where action = 'privacy.erased' order by id desc limit 1)`,
    );
    expect(erasedTrail.map((r) => r.action)).toEqual(
      expect.arrayContaining(['account.created', 'consent.granted']),
    );
    expect((await pat.get('/api/account')).json().kind).toBe('anonymous');
    expect((await new TestBrowser(t.app).signIn('erase@example.org', 'erase password 1')).statusCode).toBe(
      401,
    );
    // Others are untouched.
    expect((await other.get('/api/account')).json().personId).toBe(otherPerson);
    expect((await other.get('/api/consents')).json()).toHaveLength(1);
  });

  it('erases a guest without an account on request', async () => {
    const guest = new TestBrowser(t.app);
    const id = (await guest.post('/api/me')).json().id;
    expect((await guest.delete('/api/account', {})).statusCode).toBe(204);
    expect(await whereFound(t, [id])).toEqual([]);
    expect((await guest.get('/api/me')).statusCode).toBe(401);
  });
});
