import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type Answers,
  answersSchema,
  assessmentResultSchema,
  QUESTIONNAIRE_VERSION,
  scoreAssessment,
  visibleAnswers,
} from '../../domain/assessment/index.js';
import { toFhirBundle } from '../../domain/fhir/assessment.js';
import { ensurePersonId, requirePersonId } from '../auth/person.js';
import {
  type AssessmentRow,
  findAssessmentOfPerson,
  insertAssessment,
  listAssessmentsOfPerson,
} from '../db/repos/assessments.js';
import { notFound } from '../errors.js';

const language = z.enum(['en', 'es']);
// Stored results keep the scoring version they were made with.
const storedResult = assessmentResultSchema.extend({ scoringVersion: z.string() });

const assessmentView = z.object({
  id: z.string().uuid(),
  createdAt: z.string(),
  language,
  questionnaireVersion: z.string(),
  scoringVersion: z.string(),
  answers: z.record(z.string(), z.unknown()),
  result: storedResult,
});

const summaryView = z.object({
  id: z.string().uuid(),
  createdAt: z.string(),
  highestUrgency: z.string(),
  selfCareAllowed: z.boolean(),
  psoasLikelihood: z.string(),
  pattern: z.string(),
});

const toView = (row: AssessmentRow) => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  language: language.catch('en').parse(row.language),
  questionnaireVersion: row.questionnaireVersion,
  scoringVersion: row.scoringVersion,
  answers: row.answers as Record<string, unknown>,
  result: row.result as z.infer<typeof storedResult>,
});

const idParams = z.object({ id: z.string().uuid() });

/**
 * Self-assessments. The server re-scores every submission from the answers (a client's own
 * result is never trusted) and keeps answers, result and scoring version for the person.
 * Another person's assessment is answered with 404, exactly like a missing one.
 */
const assessments: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.post(
    '/api/assessments',
    {
      schema: {
        tags: ['assessment'],
        summary: 'Submit a self-assessment; the server scores it and keeps it for you',
        body: z.object({ language: language.default('en'), answers: answersSchema }).strict(),
        response: { 201: assessmentView },
      },
    },
    async (request, reply) => {
      const { answers: given, language: lang } = request.body;
      const answers = visibleAnswers(given as Answers);
      const result = scoreAssessment(answers);
      const personId = await ensurePersonId(request, reply, lang);
      const row = await insertAssessment(db(), {
        personId,
        language: lang,
        questionnaireVersion: QUESTIONNAIRE_VERSION,
        answers,
        result,
      });
      return reply.code(201).send(toView(row));
    },
  );

  app.get(
    '/api/assessments',
    {
      schema: {
        tags: ['assessment'],
        summary: 'Your assessments, newest first',
        response: { 200: z.array(summaryView) },
      },
    },
    async (request) => {
      const rows = await listAssessmentsOfPerson(db(), await requirePersonId(request));
      return rows.map((r) => {
        const result = r.result as z.infer<typeof storedResult>;
        return {
          id: r.id,
          createdAt: r.createdAt.toISOString(),
          highestUrgency: r.highestUrgency,
          selfCareAllowed: r.selfCareAllowed,
          psoasLikelihood: result.psoasLikelihood.level,
          pattern: result.pattern.kind,
        };
      });
    },
  );

  app.get(
    '/api/assessments/:id',
    {
      schema: {
        tags: ['assessment'],
        summary: 'One of your assessments with its answers and result',
        params: idParams,
        response: { 200: assessmentView },
      },
    },
    async (request) => {
      const row = await findAssessmentOfPerson(db(), await requirePersonId(request), request.params.id);
      if (!row) throw notFound('assessment');
      return toView(row);
    },
  );

  app.get(
    '/api/assessments/:id/fhir',
    {
      schema: {
        tags: ['assessment'],
        summary:
          'One of your assessments as FHIR R4: a Bundle with a QuestionnaireResponse and a pain Observation',
        params: idParams,
        response: {
          200: z.looseObject({ resourceType: z.literal('Bundle'), type: z.literal('collection') }),
        },
      },
    },
    async (request, reply) => {
      const personId = await requirePersonId(request);
      const row = await findAssessmentOfPerson(db(), personId, request.params.id);
      if (!row) throw notFound('assessment');
      const bundle = toFhirBundle({
        id: row.id,
        personId: row.personId,
        createdAt: row.createdAt.toISOString(),
        answers: row.answers as Answers,
        language: language.catch('en').parse(row.language),
      });
      reply.type('application/fhir+json');
      return bundle as unknown as { resourceType: 'Bundle'; type: 'collection' };
    },
  );
};

export default assessments;
