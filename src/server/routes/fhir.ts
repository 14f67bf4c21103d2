import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { questionnaireSchema } from '../../contract/fhir.js';
import { QUESTIONNAIRE_ID, toQuestionnaire } from '../../domain/fhir/questionnaire.js';

/**
 * Public FHIR definitions our exports point at. The QuestionnaireResponse's `questionnaire` is the
 * canonical `https://psoas.app/fhir/Questionnaire/psoas-self-assessment|<version>`; this serves
 * that Questionnaire at the same path on any host (`/fhir/…`), plus under `/api/fhir/…`.
 * No personal data, so no identity.
 */
const fhir: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // Built once: the questionnaire data only changes with a deploy.
  const questionnaire: z.infer<typeof questionnaireSchema> = { ...toQuestionnaire() };

  const path = `/fhir/Questionnaire/${QUESTIONNAIRE_ID}`;
  for (const url of [path, `/api${path}`]) {
    app.get(
      url,
      {
        schema: {
          // One operation in the API description: the canonical /fhir/… path is the same answer.
          hide: url === path,
          tags: ['fhir'],
          summary: 'The self-assessment as a FHIR R4 Questionnaire (the one the exported answers name)',
          produces: ['application/fhir+json'],
          response: { 200: questionnaireSchema },
        },
      },
      async (_request, reply) =>
        reply
          .type('application/fhir+json; charset=utf-8')
          .header('cache-control', 'public, max-age=3600')
          .send(questionnaire),
    );
  }
};

export default fhir;
