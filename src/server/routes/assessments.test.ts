import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { r4Validators } from '../../domain/fhir/testing/r4-schema.js';
import { TestBrowser } from '../auth/test-browser.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const vignette = (id: string) => VIGNETTES.find((v) => v.id === id)!;
const desk = vignette('desk-worker-supine');
const saddle = vignette('saddle-numbness');

describe.each(testServers())('assessments API on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('scores a submission on the server, keeps it for the person and gives it back only to them', async () => {
    const me = new TestBrowser(t.app);
    const created = await me.post('/api/assessments', { language: 'en', answers: desk.answers });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.result).toMatchObject({
      selfCareAllowed: true,
      highestUrgency: 'none',
      psoasLikelihood: { level: 'high' },
      pattern: { kind: 'tight-short' },
      sittingHoursPerDay: 9,
    });
    expect(body.scoringVersion).toBe(body.result.scoringVersion);
    // A guest identity was created on the way.
    expect(me.cookies.has('psoas_guest')).toBe(true);

    const again = await me.get(`/api/assessments/${body.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(body);

    const list = await me.get('/api/assessments');
    expect(list.json()).toEqual([
      expect.objectContaining({ id: body.id, selfCareAllowed: true, pattern: 'tight-short' }),
    ]);

    const stranger = new TestBrowser(t.app);
    await stranger.post('/api/me', { language: 'en' });
    const peek = await stranger.get(`/api/assessments/${body.id}`);
    const missing = await stranger.get('/api/assessments/00000000-0000-4000-8000-000000000000');
    expect(peek.statusCode).toBe(404);
    expect(peek.json()).toEqual(missing.json());
    expect((await stranger.get(`/api/assessments/${body.id}/fhir`)).statusCode).toBe(404);
    expect((await stranger.get('/api/assessments')).json()).toEqual([]);

    const anonymous = await t.app.inject({ method: 'GET', url: `/api/assessments/${body.id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('never trusts a result sent by the client', async () => {
    const me = new TestBrowser(t.app);
    const forged = await me.post('/api/assessments', {
      answers: saddle.answers,
      result: { selfCareAllowed: true, redFlags: [] },
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().field).toBe('body');
    expect(forged.json().detail).toMatch(/result/);

    const honest = await me.post('/api/assessments', { answers: saddle.answers });
    expect(honest.statusCode).toBe(201);
    expect(honest.json().result).toMatchObject({ selfCareAllowed: false, highestUrgency: 'emergency' });
    expect(honest.json().result.nextSteps[0].id).toBe('emergency-department-now');
  });

  it.each([
    [
      'a missing required answer',
      (a: Record<string, unknown>) => delete a['pain-now'],
      'body.answers.pain-now',
    ],
    [
      'an out-of-range score',
      (a: Record<string, unknown>) => (a['pain-worst-week'] = 12),
      'body.answers.pain-worst-week',
    ],
    [
      'an unknown option',
      (a: Record<string, unknown>) => (a['test-lunge'] = 'wobbly'),
      'body.answers.test-lunge',
    ],
    ['a wrong type', (a: Record<string, unknown>) => (a['rf-fever'] = 'no'), 'body.answers.rf-fever'],
    [
      'an answer to a question that was not asked',
      (a: Record<string, unknown>) => (a['pregnancy-weeks'] = 20),
      'body.answers.pregnancy-weeks',
    ],
    ['an unknown question', (a: Record<string, unknown>) => (a['shoe-size'] = 44), 'body.answers'],
  ])('answers %s with a 400 problem naming it', async (_what, change, field) => {
    const answers: Record<string, unknown> = structuredClone(desk.answers) as Record<string, unknown>;
    change(answers);
    const res = await t.app.inject({ method: 'POST', url: '/api/assessments', payload: { answers } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'validation_failed', field });
  });

  it('exports an assessment as a FHIR R4 Bundle that validates against the R4 schema', async () => {
    const me = new TestBrowser(t.app);
    const created = (await me.post('/api/assessments', { language: 'es', answers: desk.answers })).json();
    const res = await me.get(`/api/assessments/${created.id}/fhir`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const bundle = res.json();
    const validators = r4Validators();
    expect(validators.Bundle(bundle) ? [] : validators.Bundle.errors).toEqual([]);
    const [patient, qr, obs] = bundle.entry.map((e: { resource: unknown }) => e.resource);
    expect(patient).toMatchObject({ resourceType: 'Patient', id: created.personId ?? patient.id });
    expect(qr.subject).toEqual({ reference: `Patient/${patient.id}` });
    expect(qr).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      authored: created.createdAt,
    });
    expect(obs).toMatchObject({ resourceType: 'Observation', valueInteger: desk.answers['pain-now'] });
    expect(obs.code.coding[0].code).toBe('72514-3');

    const tx = await me.get(`/api/assessments/${created.id}/fhir?type=transaction`);
    expect(tx.statusCode).toBe(200);
    const transaction = tx.json();
    expect(validators.Bundle(transaction) ? [] : validators.Bundle.errors).toEqual([]);
    expect(transaction.type).toBe('transaction');
    expect(transaction.entry.map((e: { request: { method: string } }) => e.request.method)).toEqual([
      'PUT',
      'PUT',
      'PUT',
    ]);
    expect(transaction.entry[1].resource.subject.reference).toBe(transaction.entry[0].fullUrl);
    expect((await me.get(`/api/assessments/${created.id}/fhir?type=batch`)).statusCode).toBe(400);
  }, 60_000);

  it('serves the Questionnaire the answers name, publicly, as FHIR JSON', async () => {
    const me = new TestBrowser(t.app);
    const created = (await me.post('/api/assessments', { language: 'en', answers: desk.answers })).json();
    const [, qr] = (await me.get(`/api/assessments/${created.id}/fhir`))
      .json()
      .entry.map((e: { resource: unknown }) => e.resource);
    const [canonical, version] = (qr.questionnaire as string).split('|');
    const path = new URL(canonical!).pathname;
    const stranger = new TestBrowser(t.app);
    for (const url of [path, `/api${path}`]) {
      const res = await stranger.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/fhir+json');
      expect(res.json()).toMatchObject({ resourceType: 'Questionnaire', url: canonical, version });
    }
  });

  it('deletes the assessments with the person', async () => {
    const me = new TestBrowser(t.app);
    const created = (await me.post('/api/assessments', { answers: desk.answers })).json();
    const { rows } = await t.database.pool.query('select person_id from assessments where id = $1', [
      created.id,
    ]);
    await t.database.pool.query('delete from guests where id = $1', [rows[0].person_id]);
    const left = await t.database.pool.query('select count(*)::int as n from assessments where id = $1', [
      created.id,
    ]);
    expect(left.rows[0].n).toBe(0);
  });
});
