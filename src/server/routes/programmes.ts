import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../contract/common.js';
import { patientReviewSchema } from '../../contract/programme-review.js';
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
import { assessmentResultSchema } from '../../domain/assessment/index.js';
import { progressFits } from '../../domain/player/index.js';
import { type SessionResult, sessionResultSchema } from '../../domain/programme/index.js';
import { findAssessmentOfPerson } from '../db/repos/assessments.js';
import {
  type ProgrammeText,
  readCurrentProgrammeOfPerson,
  readProgrammeOfPerson,
} from '../db/repos/programme-reads.js';
import { currentReviewWithClinic } from '../db/repos/programme-reviews.js';
import {
  clearSessionProgress,
  findProgrammeOfPerson,
  findSessionProgress,
  insertProgramme,
  listResults,
  type ProgrammeRow,
  painCheckinsOfPerson,
  recordResult,
  saveSessionProgress,
} from '../db/repos/programmes.js';
import { AppError, notFound } from '../errors.js';
import { personRoutes } from '../guards/identity.js';
import { sendJsonText, withFields } from '../http/json-text.js';
import { generate, regenerate } from '../programmes/generation.js';

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

  app.get(
    '/api/programmes/:id/review',
    {
      schema: {
        tags: ['programmes'],
        summary: 'The practitioner’s review in force for the programme, if any',
        description:
          'Who reviewed the programme and when, with their notes and next review date; `review` is null when no practitioner has reviewed it.',
        params: idParams,
        response: { 200: patientReviewSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await ownProgramme(request.personId, request.params.id);
      const found = await currentReviewWithClinic(db(), row.id);
      if (!found) return { review: null };
      const { review, clinicName } = found;
      const edits = review.edits;
      return {
        review: {
          reviewerName: review.reviewerName,
          clinicName,
          reviewedAt: review.createdAt.toISOString(),
          planNote: edits.planNote ?? null,
          nextReviewDate: edits.nextReviewDate ?? null,
          exerciseNotes: edits.exercises.flatMap((e) =>
            e.kind !== 'remove' && e.note
              ? [{ exerciseId: e.kind === 'replace' ? e.by : e.exerciseId, note: e.note }]
              : [],
          ),
        },
      };
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
