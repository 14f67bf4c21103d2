import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LEGAL_DOCUMENTS, legalQuery, legalTextSchema } from '../../contract/legal.js';
import { readLegalTexts } from '../legal/legal-texts.js';

/** Public: the operator's own privacy notice and terms, when configured (docs/deploy.md). */
const legal: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const texts = readLegalTexts(app.config.legalTexts);
  for (const document of LEGAL_DOCUMENTS) {
    app.get(
      `/api/legal/${document}`,
      {
        schema: {
          tags: ['content'],
          summary:
            document === 'privacy'
              ? "The operator's own privacy notice, or null for the built-in one"
              : "The operator's own terms of use, or null for the built-in ones",
          querystring: legalQuery,
          response: { 200: legalTextSchema },
        },
      },
      async (request, reply) => {
        const { lang } = request.query;
        reply.header('cache-control', 'no-cache');
        return { document, lang, text: texts[document][lang] ?? null };
      },
    );
  }
};

export default legal;
