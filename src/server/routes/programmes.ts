import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../contract/common.js';
import {
  createProgrammeBody,
  preferencesBody,
  sessionProgressBody,
  sessionProgressParams,
  sessionProgressSchema,
  sessionResultBody,
  sessionResultListSchema,
  storedProgrammeSchema,
} from '../../contract/programmes.js';
import { type AssessmentResult, assessmentResultSchema } from '../../domain/assessment/index.js';
import { progressFits } from '../../domain/player/index.js';
import {
  generateProgramme,
  mergeRegenerated,
  type Preferences,
  ProgrammeInputError,
  ProgrammeNotAllowedError,
  type SessionResult,
  sessionResultSchema,
} from '../../domain/programme/index.js';
import { todayIn } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { findAssessmentOfPerson } from '../db/repos/assessments.js';
import {
  type ProgrammeText,
  readCurrentProgrammeOfPerson,
  readProgrammeOfPerson,
} from '../db/repos/programme-reads.js';
import {
  clearSessionProgress,
  findProgrammeOfPerson,
  findSessionProgress,
  insertProgramme,
  listResults,
  type ProgrammeRow,
  painCheckinsOfPerson,
  recordResult,
  replaceProgramme,
  saveSessionProgress,
} from '../db/repos/programmes.js';
import { AppError, badRequest, conflict, notFound } from '../errors.js';
import { personRoutes } from '../guards/identity.js';
import { sendJsonText, withFields } from '../http/json-text.js';

const toStored = (row: ProgrammeRow) => ({
  ...row.programme,
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * toStored without parsing the stored JSON: PostgreSQL's text with the row's fields appended,
 * encoded once per programme version (the repository hands back the same object while the row
 * is unchanged).
 */
const storedBodies = new WeakMap<ProgrammeText, Buffer>();
function storedBody(row: ProgrammeText): Buffer {
  let body = storedBodies.get(row);
  if (!body) {
    const text = withFields(row.programme, {
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    });
    body = Buffer.from(text);
    storedBodies.set(row, body);
  }
  return body;
}

function generate(
  result: AssessmentResult,
  prefs: Preferences,
  history: { results: SessionResult[]; checkins: { date: string; painNow: number }[] },
  assessmentId: string | null,
  assessedAt: Date,
) {
  try {
    // A pregnancy's weeks are counted from the day of the assessment, where the person lives.
    return generateProgramme(result, prefs, history, assessmentId, todayIn(prefs.timeZone, assessedAt));
  } catch (e) {
    if (e instanceof ProgrammeNotAllowedError)
      throw conflict('self_care_not_allowed', e.message, { reasons: e.reasons });
    if (e instanceof ProgrammeInputError) throw badRequest(e.code, e.message, e.field);
    throw e;
  }
}

async function assessmentResultOf(
  db: Db,
  personId: string,
  assessmentId: string | null,
): Promise<{ result: AssessmentResult; assessedAt: Date }> {
  const row = assessmentId ? await findAssessmentOfPerson(db, personId, assessmentId) : undefined;
  if (!row)
    throw conflict(
      'assessment_missing',
      'The assessment this programme came from is gone; start from a new one.',
    );
  return { result: assessmentResultSchema.parse(row.result), assessedAt: row.createdAt };
}

/**
 * Regenerates the programme's future from the stored assessment, new preferences and everything
 * recorded so far; past sessions and sessions with a result stay as they were.
 */
async function regenerate(
  db: Db,
  personId: string,
  row: ProgrammeRow,
  prefs: Preferences,
): Promise<ProgrammeRow> {
  const previous = row.programme;
  const { result, assessedAt } = await assessmentResultOf(db, personId, row.assessmentId);
  const results = (await listResults(db, row.id)).map((r) => r.result);
  const checkins = await painCheckinsOfPerson(db, personId);
  const next = generate(result, prefs, { results, checkins }, row.assessmentId, assessedAt);
  const merged = mergeRegenerated(
    previous,
    next,
    // Today where the person lives: sessions before it are history and never rewritten.
    todayIn(prefs.timeZone, new Date()),
    new Set(results.map((r) => r.sessionId)),
  );
  return replaceProgramme(db, row.id, merged);
}

/**
 * Home programmes: create one from an assessment, read it, change preferences, record played
 * sessions. Only the owner sees a programme; anyone else gets 404.
 */
const programmes: FastifyPluginAsync = async (fastify) => {
  await fastify.register(personRoutes('required'));
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  async function ownProgramme(personId: string, id: string): Promise<ProgrammeRow> {
    const row = await findProgrammeOfPerson(db(), personId, id);
    if (!row) throw notFound('programme');
    return row;
  }

  app.post(
    '/api/programmes',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Create a six-week home programme from an assessment',
        body: createProgrammeBody,
        response: { 201: storedProgrammeSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const { personId } = request;
      const { assessmentId, preferences } = request.body;
      const assessment = await findAssessmentOfPerson(db(), personId, assessmentId);
      if (!assessment) throw notFound('assessment');
      const result = assessmentResultSchema.parse(assessment.result);
      const checkins = await painCheckinsOfPerson(db(), personId);
      const programme = generate(
        result,
        preferences,
        { results: [], checkins },
        assessmentId,
        assessment.createdAt,
      );
      const row = await insertProgramme(db(), personId, assessmentId, programme);
      return reply.code(201).send(toStored(row));
    },
  );

  app.get(
    '/api/programmes/current',
    {
      schema: {
        tags: ['programmes'],
        summary: 'The person’s newest programme',
        response: { 200: storedProgrammeSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await readCurrentProgrammeOfPerson(app.database.pool, request.personId);
      if (!row) throw notFound('programme');
      return sendJsonText(reply, storedBody(row), storedProgrammeSchema, app.config.validateResponses);
    },
  );

  app.get(
    '/api/programmes/:id',
    {
      schema: {
        tags: ['programmes'],
        summary: 'One programme of the person',
        params: idParams,
        response: { 200: storedProgrammeSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await readProgrammeOfPerson(app.database.pool, request.personId, request.params.id);
      if (!row) throw notFound('programme');
      return sendJsonText(reply, storedBody(row), storedProgrammeSchema, app.config.validateResponses);
    },
  );

  app.put(
    '/api/programmes/:id/preferences',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Change preferences and regenerate the sessions still to come',
        params: idParams,
        body: preferencesBody,
        response: { 200: storedProgrammeSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request) => {
      const { personId } = request;
      const row = await ownProgramme(personId, request.params.id);
      return toStored(await regenerate(db(), personId, row, request.body));
    },
  );

  app.post(
    '/api/programmes/:id/results',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Record a played session (idempotent by clientId)',
        description:
          'The first call stores the result (201) and eases the sessions still to come when it reports pain or a worse day. Sending the same clientId again returns the stored result (200) and changes nothing.',
        params: idParams,
        body: sessionResultBody,
        response: {
          200: sessionResultSchema,
          201: sessionResultSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { personId } = request;
      const row = await ownProgramme(personId, request.params.id);
      const body = request.body;
      if (!row.programme.sessions.some((s) => s.id === body.sessionId))
        throw new AppError(
          422,
          'unknown_session',
          'This programme has no session with that id.',
          'sessionId',
        );
      const { row: stored, created } = await recordResult(db(), row.id, body);
      await clearSessionProgress(db(), row.id, body.sessionId);
      if (created) {
        const painful = body.blocks.some((b) => b.pain) || body.painNow > 0;
        // Regeneration needs the assessment; a programme whose assessment is gone keeps its plan.
        if (painful && row.assessmentId) await regenerate(db(), personId, row, row.programme.preferences);
      }
      return reply.code(created ? 201 : 200).send(stored.result);
    },
  );

  app.get(
    '/api/programmes/:id/results',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Every session result recorded for the programme, oldest first',
        params: idParams,
        response: { 200: sessionResultListSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await ownProgramme(request.personId, request.params.id);
      return (await listResults(db(), row.id)).map((r) => r.result);
    },
  );

  const toProgress = (r: {
    clientId: string;
    progress: { blocks: SessionResult['blocks']; nextBlock: number };
    updatedAt: Date;
  }) => ({
    clientId: r.clientId,
    blocks: r.progress.blocks,
    nextBlock: r.progress.nextBlock,
    savedAt: r.updatedAt.toISOString(),
  });

  app.put(
    '/api/programmes/:id/sessions/:sessionId/progress',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Keep the progress of a session under way (after every exercise)',
        description:
          'What happened to each exercise so far and which comes next, so the session can be carried on after a reload or from another device. Replaced on every call; cleared when the session result is recorded.',
        params: sessionProgressParams,
        body: sessionProgressBody,
        response: { 200: sessionProgressSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const row = await ownProgramme(request.personId, request.params.id);
      const session = row.programme.sessions.find((s) => s.id === request.params.sessionId);
      if (!session)
        throw new AppError(
          422,
          'unknown_session',
          'This programme has no session with that id.',
          'sessionId',
        );
      const { clientId, blocks, nextBlock } = request.body;
      if (
        !progressFits(
          { blocks, nextBlock },
          session.blocks.map((b) => b.exerciseId),
        )
      )
        throw new AppError(
          422,
          'progress_mismatch',
          'This progress does not match the exercises of the session.',
          'blocks',
        );
      return toProgress(await saveSessionProgress(db(), row.id, session.id, clientId, { blocks, nextBlock }));
    },
  );

  app.get(
    '/api/programmes/:id/sessions/:sessionId/progress',
    {
      schema: {
        tags: ['programmes'],
        summary: 'The kept progress of a session under way, if any',
        params: sessionProgressParams,
        response: { 200: sessionProgressSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await ownProgramme(request.personId, request.params.id);
      const kept = await findSessionProgress(db(), row.id, request.params.sessionId);
      if (!kept) throw notFound('session under way');
      return toProgress(kept);
    },
  );
};

export default programmes;
