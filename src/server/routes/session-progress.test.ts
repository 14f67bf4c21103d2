import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedProgrammeSchema } from '../../contract/programmes.js';
import { QUESTIONNAIRE_VERSION, scoreAssessment } from '../../domain/assessment/index.js';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { insertAssessment } from '../db/repos/assessments.js';
import { createTestApp, testServers } from '../testing/test-db.js';

type T = Awaited<ReturnType<typeof createTestApp>>;

async function personWithProgramme(t: T) {
  const browser = new TestBrowser(t.app);
  const personId = (await browser.post('/api/me', { language: 'en' })).json().id as string;
  const answers = VIGNETTES.find((v) => v.id === 'sitter-weak-hip')!.answers;
  const row = await insertAssessment(t.database.db, {
    personId,
    language: 'en',
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    answers,
    result: scoreAssessment(answers),
  });
  const created = await browser.post('/api/programmes', {
    assessmentId: row.id,
    preferences: {
      minutesPerSession: 20,
      daysPerWeek: 3,
      equipment: ['mat', 'chair'],
      startDate: '2026-01-05',
      timeZone: 'Europe/Madrid',
      language: 'en',
    },
  });
  return { browser, programme: storedProgrammeSchema.parse(created.json()) };
}

describe.each(testServers())('session progress API on $name PostgreSQL', (server) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('keeps the latest progress of a session for its owner, and clears it once the result is recorded', async () => {
    const { browser, programme } = await personWithProgramme(t);
    const session = programme.sessions[0]!;
    const url = `/api/programmes/${programme.id}/sessions/${session.id}/progress`;
    const clientId = crypto.randomUUID();
    const blocks = session.blocks.map((b, i) => ({ exerciseId: b.exerciseId, completed: i < 3 }));
    expect((await browser.get(url)).statusCode).toBe(404);

    const first = await browser.put(url, { clientId, blocks, nextBlock: 3 });
    expect(first.statusCode).toBe(200);
    const second = await browser.put(url, { clientId, blocks, nextBlock: 4 });
    expect(second.statusCode).toBe(200);
    const kept = (await browser.get(url)).json();
    expect(kept).toMatchObject({ clientId, blocks, nextBlock: 4 });

    // Someone else's programme answers as if it did not exist.
    const stranger = await personWithProgramme(t);
    expect((await stranger.browser.get(url)).statusCode).toBe(404);
    expect((await stranger.browser.put(url, { clientId, blocks, nextBlock: 3 })).statusCode).toBe(404);

    // Progress that does not fit the session's exercises, or an unknown session, is refused.
    const wrong = await browser.put(url, { clientId, blocks: blocks.slice(1), nextBlock: 1 });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().field).toBe('blocks');
    const beyond = await browser.put(url, { clientId, blocks, nextBlock: blocks.length + 1 });
    expect(beyond.statusCode).toBe(422);
    const unknown = await browser.put(`/api/programmes/${programme.id}/sessions/s-1999-01-01/progress`, {
      clientId,
      blocks,
      nextBlock: 0,
    });
    expect(unknown.statusCode).toBe(422);
    const invalid = await browser.put(url, { clientId: 'not-a-uuid', blocks, nextBlock: -1 });
    expect(invalid.statusCode).toBe(400);

    const recorded = await browser.post(`/api/programmes/${programme.id}/results`, {
      clientId,
      sessionId: session.id,
      completedAt: `${session.date}T18:30:00Z`,
      blocks,
      effort: 3,
      painNow: 1,
    });
    expect(recorded.statusCode).toBe(201);
    expect((await browser.get(url)).statusCode).toBe(404);
  });
});
