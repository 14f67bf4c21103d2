import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { bareClinic, sharingPatient, signedInPractitioner } from '../testing/sharing.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const desk = VIGNETTES.find((v) => v.id === 'desk-worker-supine')!;
const answersWith = (painNow: number, scores: number[]) => ({
  ...desk.answers,
  'pain-now': painNow,
  activities: scores.map((score, i) => ({ activity: `Activity ${i + 1}`, score })),
});
const day = {
  painNow: 5,
  minutesWalked: 20,
  sittingHours: 7,
  sittingBreaks: 3,
  waterGlasses: 6,
  stress: 4,
  classAttended: false,
  note: '',
};

describe.each(testServers())('progress API on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('compares the first and the latest assessment against the smallest change that matters', async () => {
    const me = new TestBrowser(t.app);
    expect((await me.post('/api/assessments', { answers: answersWith(6, [2, 4]) })).statusCode).toBe(201);
    let res = await me.get('/api/progress');
    expect(res.json().changes).toEqual({ pain: null, function: null });

    await me.post('/api/assessments', { answers: answersWith(5, [3, 4]) });
    await me.post('/api/assessments', { answers: answersWith(3, [6, 5]) });
    await me.put('/api/checkins/2026-11-02', day);
    res = await me.get('/api/progress');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.assessments.map((a: { painNow: number }) => a.painNow)).toEqual([6, 5, 3]);
    expect(body.changes.pain).toMatchObject({
      from: 6,
      to: 3,
      delta: -3,
      direction: 'better',
      matters: true,
    });
    expect(body.changes.function).toMatchObject({ from: 3, to: 5.5, direction: 'better', matters: true });
    expect(body.checkins).toEqual([{ date: '2026-11-02', ...day }]);

    const other = new TestBrowser(t.app);
    await other.post('/api/me', { language: 'en' });
    expect((await other.get('/api/progress')).json()).toEqual({
      checkins: [],
      assessments: [],
      changes: { pain: null, function: null },
      adherence: null,
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/progress' })).statusCode).toBe(401);
  });

  it('exports recorded sessions as CSV, one row per exercise, for the owner only', async () => {
    const me = new TestBrowser(t.app);
    const assessment = (await me.post('/api/assessments', { answers: answersWith(5, [4]) })).json();
    const programme = (
      await me.post('/api/programmes', {
        assessmentId: assessment.id,
        preferences: {
          minutesPerSession: 20,
          daysPerWeek: 3,
          equipment: ['mat', 'chair'],
          startDate: '2026-01-05',
          timeZone: 'Europe/Madrid',
          language: 'en',
        },
      })
    ).json();
    const session = programme.sessions[0];
    const recorded = await me.post(`/api/programmes/${programme.id}/results`, {
      clientId: crypto.randomUUID(),
      sessionId: session.id,
      completedAt: `${session.date}T18:30:00Z`,
      blocks: [
        { exerciseId: session.blocks[0].exerciseId, completed: true },
        {
          exerciseId: session.blocks[1].exerciseId,
          completed: false,
          skipped: true,
          pain: { where: '=cmd|x', level: 3 },
        },
      ],
      effort: 4,
      painNow: 2,
    });
    expect(recorded.statusCode).toBeLessThan(300);
    // A second session skipped from start to end is recorded but is not a session done.
    const skippedSession = programme.sessions[1];
    const skipped = await me.post(`/api/programmes/${programme.id}/results`, {
      clientId: crypto.randomUUID(),
      sessionId: skippedSession.id,
      completedAt: `${skippedSession.date}T18:30:00Z`,
      blocks: skippedSession.blocks.map((b: { exerciseId: string }) => ({
        exerciseId: b.exerciseId,
        completed: false,
        skipped: true,
      })),
      effort: 0,
      painNow: 2,
    });
    expect(skipped.statusCode).toBe(201);

    // The whole six weeks lie in the past: every session is due, one was done.
    const { adherence } = (await me.get('/api/progress')).json();
    expect(adherence).toEqual({
      planned: programme.sessions.length,
      done: 1,
      rate: 1 / programme.sessions.length,
    });

    const res = await me.get('/api/sessions.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe(
      'session_date,week,completed_at,exercise_id,completed,skipped,pain_where,pain_level,effort_0_10,pain_now_0_10',
    );
    expect(lines[1]).toBe(
      `${session.date},1,${session.date}T18:30:00Z,${session.blocks[0].exerciseId},true,false,,,4,2`,
    );
    expect(lines[2]).toBe(
      `${session.date},1,${session.date}T18:30:00Z,${session.blocks[1].exerciseId},false,true,'=cmd|x,3,4,2`,
    );
    // Header, the two rows above, one row per exercise of the skipped session, the final CRLF.
    expect(lines).toHaveLength(4 + skippedSession.blocks.length);

    const other = new TestBrowser(t.app);
    await other.post('/api/me', { language: 'en' });
    expect((await other.get('/api/sessions.csv')).body.split('\r\n')).toEqual([lines[0], '']);
    expect((await t.app.inject({ method: 'GET', url: '/api/sessions.csv' })).statusCode).toBe(401);
  });

  it('shows progress to staff only while the patient shares progress with their clinic, and audits each read', async () => {
    const north = await bareClinic(t.app, 'progress-north');
    const south = await bareClinic(t.app, 'progress-south');
    const staffNorth = await signedInPractitioner(t.app, 'progress-north@example.org', north);
    const staffSouth = await signedInPractitioner(t.app, 'progress-south@example.org', south);

    // Sharing only the assessment does not open progress.
    const {
      patient,
      personId,
      consentId: narrow,
    } = await sharingPatient(t.app, {
      email: 'progress-patient@example.org',
      clinicId: north,
      scopes: ['assessment'],
      beforeSharing: async (p) => {
        await p.put('/api/checkins/2026-11-02', day);
      },
    });
    const otherPatient = new TestBrowser(t.app);
    await otherPatient.signUp('progress-other@example.org');
    const url = `/api/staff/patients/${personId}/progress`;
    const missing = `/api/staff/patients/00000000-0000-4000-8000-000000000000/progress`;

    expect((await staffNorth.get(url)).statusCode).toBe(404);
    await patient.delete(`/api/consents/${narrow}`);

    const consent = (await patient.post('/api/consents', { clinicId: north, scopes: ['progress'] })).json()
      .id;
    const seen = await staffNorth.get(url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().checkins).toEqual([{ date: '2026-11-02', ...day }]);
    const refused = await staffSouth.get(url);
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toEqual((await staffSouth.get(missing)).json());
    expect((await otherPatient.get(url)).statusCode).toBe(403);
    expect((await new TestBrowser(t.app).get(url)).statusCode).toBe(401);
    const audited = await t.database.pool.query(
      `select count(*)::int as n from audit_log where action = 'progress.viewed_by_staff' and person_id = $1`,
      [personId],
    );
    expect(audited.rows[0].n).toBe(1);

    await patient.delete(`/api/consents/${consent}`);
    expect((await staffNorth.get(url)).statusCode).toBe(404);
  });
});
