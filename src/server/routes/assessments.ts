import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  assessmentListSchema,
  assessmentSchema,
  fhirBundleSchema,
  submitAssessmentBody,
} from '../../contract/assessments.js';
import { idParams, language } from '../../contract/common.js';
import { fhirBundleQuery } from '../../contract/fhir.js';
import {
  type Answers,
  QUESTIONNAIRE_VERSION,
  scoreAssessment,
  visibleAnswers,
} from '../../domain/assessment/index.js';
import { toFhirBundle } from '../../domain/fhir/assessment.js';
import { asBundleKind } from '../../domain/fhir/transaction.js';
import {
  type AssessmentRow,
  findAssessmentOfPerson,
  insertAssessment,
  listAssessmentsOfPerson,
} from '../db/repos/assessments.js';
import { notFound } from '../errors.js';
import { personRoutes } from '../guards/identity.js';

const toView = (row: AssessmentRow) => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  language: language.catch('en').parse(row.language),
  questionnaireVersion: row.questionnaireVersion,
  scoringVersion: row.scoringVersion,
  answers: row.answers,
  result: row.result,
});

/**
 * Self-assessments. The server re-scores every submission from the answers (a client's own
 * result is never trusted) and keeps answers, result and scoring version for the person.
 * Another person's assessment is answered with 404, exactly like a missing one.
 */
const assessments: FastifyPluginAsync = async (fastify) => {
  await fastify.register(personRoutes('required'));
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.post(
    '/api/assessments',
    {
      // Submitting starts a guest identity (in the answers' language) when there is none.
      config: { person: 'create' },
      schema: {
        tags: ['assessment'],
        summary: 'Submit a self-assessment; the server scores it and keeps it for you',
        body: submitAssessmentBody,
        response: { 201: assessmentSchema },
      },
    },
    async (request, reply) => {
      const { answers: given, language: lang } = request.body;
      const answers = visibleAnswers(given as Answers);
      const result = scoreAssessment(answers);
      const { personId } = request;
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
        response: { 200: assessmentListSchema },
      },
    },
    async (request) => {
      const rows = await listAssessmentsOfPerson(db(), request.personId);
      return rows.map((r) => {
        const result = r.result;
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
        response: { 200: assessmentSchema },
      },
    },
    async (request) => {
      const row = await findAssessmentOfPerson(db(), request.personId, request.params.id);
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
          'One of your assessments as FHIR R4: a Bundle with the Patient, a QuestionnaireResponse and a pain Observation (?type=transaction for a FHIR server)',
        params: idParams,
        querystring: fhirBundleQuery,
        response: { 200: fhirBundleSchema },
        produces: ['application/fhir+json'],
      },
    },
    async (request, reply) => {
      const { personId } = request;
      const row = await findAssessmentOfPerson(db(), personId, request.params.id);
      if (!row) throw notFound('assessment');
      const bundle = toFhirBundle({
        id: row.id,
        personId: row.personId,
        createdAt: row.createdAt.toISOString(),
        answers: row.answers,
        language: language.catch('en').parse(row.language),
      });
      reply.type('application/fhir+json');
      return asBundleKind(bundle, request.query.type) as unknown as {
        resourceType: 'Bundle';
        type: 'collection';
      };
    },
  );
};

export default assessments;
