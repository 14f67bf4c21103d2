import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionResultListSchema, storedProgrammeSchema } from '../../contract/programmes.js';
import { QUESTIONNAIRE_VERSION, scoreAssessment } from '../../domain/assessment/index.js';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { exerciseById } from '../../domain/content/index.js';
import type { Preferences, SessionResult } from '../../domain/programme/types.js';
import { addDays, todayIn } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { insertAssessment } from '../db/repos/assessments.js';
import { createTestApp, testServers } from '../testing/test-db.js';

type T = Awaited<ReturnType<typeof createTestApp>>;

const prefs: Preferences = {
  minutesPerSession: 20,
  daysPerWeek: 3,
  equipment: ['mat', 'chair'],
  startDate: '2026-01-05',
  timeZone: 'Europe/Madrid',
  language: 'en',
};

async function personWithAssessment(t: T, vignetteId: string) {
  const browser = new TestBrowser(t.app);
  const me = await browser.post('/api/me', { language: 'en' });
  const personId = me.json().id as string;
  const answers = VIGNETTES.find((v) => v.id === vignetteId)!.answers;
  const row = await insertAssessment(t.database.db, {
    personId,
    language: 'en',
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    answers,
    result: scoreAssessment(answers),
  });
  return { browser, personId, assessmentId: row.id };
}

const resultFor = (sessionId: string, extra: Partial<SessionResult> = {}): SessionResult => ({
  clientId: crypto.randomUUID(),
  sessionId,
  completedAt: `${sessionId.slice(2)}T18:30:00Z`,
  blocks: [{ exerciseId: 'gentle-walk', completed: true }],
  effort: 4,
  painNow: 2,
  ...extra,
});

describe.each(testServers())('programmes API on $name PostgreSQL', (server) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('creates a programme from the person’s assessment and serves it back to them only', async () => {
    const { browser, assessmentId } = await personWithAssessment(t, 'sitter-weak-hip');
    const created = await browser.post('/api/programmes', { assessmentId, preferences: prefs });
    expect(created.statusCode).toBe(201);
    const programme = storedProgrammeSchema.parse(created.json());
    expect(programme.assessmentId).toBe(assessmentId);
    expect(programme.pattern).toBe('weak');
    expect(programme.sessions[0]!.date).toBe('2026-01-05');
    expect((await browser.get('/api/programmes/current')).json().id).toBe(programme.id);
    expect((await browser.get(`/api/programmes/${programme.id}`)).json()).toEqual(programme);

    const stranger = new TestBrowser(t.app);
    await stranger.post('/api/me', {});
    expect((await stranger.get(`/api/programmes/${programme.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/programmes/current')).statusCode).toBe(404);
    expect((await stranger.get(`/api/programmes/${programme.id}/results`)).statusCode).toBe(404);
    expect(
      (await stranger.post(`/api/programmes/${programme.id}/results`, resultFor('s-2026-01-05'))).statusCode,
    ).toBe(404);
    expect((await stranger.put(`/api/programmes/${programme.id}/preferences`, prefs)).statusCode).toBe(404);
    // Nor can a stranger build a programme from someone else's assessment.
    expect((await stranger.post('/api/programmes', { assessmentId, preferences: prefs })).statusCode).toBe(
      404,
    );
    expect((await new TestBrowser(t.app).get('/api/programmes/current')).statusCode).toBe(401);
  });

  it('builds a programme from a result stored by an earlier scoring version', async () => {
    const browser = new TestBrowser(t.app);
    const personId = (await browser.post('/api/me', { language: 'en' })).json().id as string;
    const answers = VIGNETTES.find((v) => v.id === 'desk-worker-supine')!.answers;
    // Saved before this release: versions only add codes, so the old result stays usable.
    const row = await insertAssessment(t.database.db, {
      personId,
      language: 'en',
      questionnaireVersion: '1',
      answers,
      result: { ...scoreAssessment(answers), scoringVersion: '1.0.0' },
    });
    const created = await browser.post('/api/programmes', { assessmentId: row.id, preferences: prefs });
    expect(created.statusCode).toBe(201);
    const again = await browser.put(`/api/programmes/${created.json().id}/preferences`, {
      ...prefs,
      daysPerWeek: 4,
    });
    expect(again.statusCode).toBe(200);
  });

  it('counts the weeks of a pregnancy from the day of the assessment, not from the start date', async () => {
    const browser = new TestBrowser(t.app);
    const personId = (await browser.post('/api/me', { language: 'en' })).json().id as string;
    const answers = {
      ...VIGNETTES.find((v) => v.id === 'pregnant-24-weeks')!.answers,
      'pregnancy-weeks': 10,
    };
    const row = await insertAssessment(t.database.db, {
      personId,
      language: 'en',
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      answers,
      result: scoreAssessment(answers),
    });
    // Answered today at 10 weeks, starting in three weeks: up to 13 weeks on the first day, so
    // nothing is done lying on the back (counted from the start date, weeks 1–2 would allow it).
    const start = addDays(todayIn('Europe/Madrid', new Date()), 21);
    const created = await browser.post('/api/programmes', {
      assessmentId: row.id,
      preferences: { ...prefs, startDate: start, minutesPerSession: 30 },
    });
    expect(created.statusCode).toBe(201);
    const programme = storedProgrammeSchema.parse(created.json());
    const used = programme.sessions.flatMap((s) => s.blocks.map((b) => b.exerciseId));
    expect(used.filter((id) => exerciseById(id)?.position === 'supine')).toEqual([]);
    expect(programme.sessions.every((s) => s.stopSigns?.includes('pregnancy'))).toBe(true);
  });

  it('documents every programme and calendar route in the OpenAPI description', async () => {
    const paths = Object.keys((await t.app.inject({ url: '/api/openapi.json' })).json().paths);
    for (const path of [
      '/api/programmes',
      '/api/programmes/current',
      '/api/programmes/{id}',
      '/api/programmes/{id}/preferences',
      '/api/programmes/{id}/results',
      '/api/programmes/{id}/calendar.ics',
      '/api/programmes/{id}/calendar-feed',
      '/api/calendar/{file}',
    ])
      expect(paths).toContain(path);
  });

  it('refuses a programme for an assessment with an urgent red flag, with a clear problem', async () => {
    const { browser, assessmentId } = await personWithAssessment(t, 'saddle-numbness');
    const res = await browser.post('/api/programmes', { assessmentId, preferences: prefs });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'self_care_not_allowed' });
    expect(res.json().detail).toMatch(/professional/);
    expect((await browser.get('/api/programmes/current')).statusCode).toBe(404);
  });

  it('rejects preferences outside the allowed ranges', async () => {
    const { browser, assessmentId } = await personWithAssessment(t, 'plain-back-pain');
    const res = await browser.post('/api/programmes', {
      assessmentId,
      preferences: { ...prefs, minutesPerSession: 90 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });

  it('stores a session result once per client id, however often it is sent', async () => {
    const { browser, assessmentId } = await personWithAssessment(t, 'plain-back-pain');
    const programme = (await browser.post('/api/programmes', { assessmentId, preferences: prefs })).json();
    const result = resultFor(programme.sessions[0].id);
    const first = await browser.post(`/api/programmes/${programme.id}/results`, result);
    expect(first.statusCode).toBe(201);
    const again = await browser.post(`/api/programmes/${programme.id}/results`, { ...result, effort: 9 });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    // Two retries racing each other (e.g. two tabs coming back online) still store one row.
    const raced = resultFor(programme.sessions[1].id);
    const [x, y] = await Promise.all([
      browser.post(`/api/programmes/${programme.id}/results`, raced),
      browser.post(`/api/programmes/${programme.id}/results`, raced),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 201]);
    const all = sessionResultListSchema.parse(
      (await browser.get(`/api/programmes/${programme.id}/results`)).json(),
    );
    expect(all).toHaveLength(2);
    expect(all[0]).toEqual(first.json());
    const unknown = await browser.post(`/api/programmes/${programme.id}/results`, resultFor('s-1999-01-01'));
    expect(unknown.statusCode).toBe(422);
  });

  it('eases the painful exercise in the sessions still to come', async () => {
    const { browser, assessmentId } = await personWithAssessment(t, 'sitter-weak-hip');
    const start = new Date().toISOString().slice(0, 10);
    const programme = storedProgrammeSchema.parse(
      (
        await browser.post('/api/programmes', {
          assessmentId,
          preferences: { ...prefs, startDate: start, timeZone: 'UTC', minutesPerSession: 40 },
        })
      ).json(),
    );
    const first = programme.sessions[0]!;
    const strength = first.blocks.find((b) => b.phase === 'strengthen')!;
    const pained = await browser.post(
      `/api/programmes/${programme.id}/results`,
      resultFor(first.id, {
        completedAt: new Date().toISOString(),
        blocks: [{ exerciseId: strength.exerciseId, completed: false, pain: { where: 'hip', level: 7 } }],
      }),
    );
    expect(pained.statusCode).toBe(201);
    const after = storedProgrammeSchema.parse((await browser.get(`/api/programmes/${programme.id}`)).json());
    expect(after.sessions[0]).toEqual(first);
    // Pain at the lightest dose retires the exercise (or swaps in its easier version).
    expect(
      after.sessions.slice(1).some((s) => s.blocks.some((b) => b.exerciseId === strength.exerciseId)),
    ).toBe(false);
    expect(after.excludedExercises).toContainEqual({
      exerciseId: strength.exerciseId,
      reason: 'pain-reported',
    });
  });

  it('regenerates future sessions on new preferences and keeps the past and its results', async () => {
    const { browser, assessmentId } = await personWithAssessment(t, 'plain-back-pain');
    const programme = storedProgrammeSchema.parse(
      (await browser.post('/api/programmes', { assessmentId, preferences: prefs })).json(),
    );
    const result = resultFor(programme.sessions[2]!.id);
    await browser.post(`/api/programmes/${programme.id}/results`, result);
    const start = new Date().toISOString().slice(0, 10);
    const changed = await browser.put(`/api/programmes/${programme.id}/preferences`, {
      ...prefs,
      startDate: start,
      timeZone: 'UTC',
      minutesPerSession: 30,
    });
    expect(changed.statusCode).toBe(200);
    const next = storedProgrammeSchema.parse(changed.json());
    expect(next.id).toBe(programme.id);
    const past = programme.sessions.filter((s) => s.date < start);
    expect(next.sessions.slice(0, past.length)).toEqual(past);
    expect(next.sessions.slice(past.length).every((s) => s.plannedMinutes === 30 && s.date >= start)).toBe(
      true,
    );
    expect(next.preferences.minutesPerSession).toBe(30);
    expect((await browser.get(`/api/programmes/${programme.id}/results`)).json()).toEqual([result]);
  });

  it('reads follow every change of the programme, the newest programme and its owner', async () => {
    const { browser, assessmentId } = await personWithAssessment(t, 'plain-back-pain');
    const first = storedProgrammeSchema.parse(
      (await browser.post('/api/programmes', { assessmentId, preferences: prefs })).json(),
    );
    const read = async (path: string) => {
      const res = await browser.get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      return storedProgrammeSchema.parse(res.json());
    };
    // Read twice: the second read is served from the version the app already holds.
    expect(await read(`/api/programmes/${first.id}`)).toEqual(first);
    expect(await read(`/api/programmes/${first.id}`)).toEqual(first);
    expect(await read('/api/programmes/current')).toEqual(first);

    const changed = storedProgrammeSchema.parse(
      (
        await browser.put(`/api/programmes/${first.id}/preferences`, { ...prefs, minutesPerSession: 30 })
      ).json(),
    );
    expect(changed.preferences.minutesPerSession).toBe(30);
    expect(await read(`/api/programmes/${first.id}`)).toEqual(changed);
    expect(await read('/api/programmes/current')).toEqual(changed);

    const second = storedProgrammeSchema.parse(
      (await browser.post('/api/programmes', { assessmentId, preferences: prefs })).json(),
    );
    expect(await read('/api/programmes/current')).toEqual(second);
    expect(await read(`/api/programmes/${first.id}`)).toEqual(changed);

    // A stranger gets nothing, even for a programme the app has just served.
    const stranger = new TestBrowser(t.app);
    await stranger.post('/api/me', {});
    expect((await stranger.get(`/api/programmes/${first.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/programmes/current')).statusCode).toBe(404);
  });
});
