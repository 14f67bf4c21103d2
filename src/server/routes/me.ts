import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentGuest, ensureGuest } from '../auth/guest.js';
import { setGuestLanguage } from '../db/repos/guests.js';
import { unauthorized } from '../errors.js';

const language = z.enum(['en', 'es']);
const meSchema = z.object({
  id: z.string().uuid(),
  kind: z.literal('guest'),
  language,
  createdAt: z.string(),
});

const toMe = (g: { id: string; language: string; createdAt: Date }) => ({
  id: g.id,
  kind: 'guest' as const,
  language: language.catch('en').parse(g.language),
  createdAt: g.createdAt.toISOString(),
});

/** The person behind this browser: a guest identity kept in an HttpOnly cookie. */
const me: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/me',
    { schema: { tags: ['identity'], summary: 'Who this browser is', response: { 200: meSchema } } },
    async (request) => {
      const guest = await currentGuest(request);
      if (!guest) throw unauthorized();
      return toMe(guest);
    },
  );

  app.post(
    '/api/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'Start (or continue) as a guest',
        body: z
          .object({ language: language.default('en') })
          .strict()
          .default({ language: 'en' }),
        response: { 200: meSchema },
      },
    },
    async (request, reply) => toMe(await ensureGuest(request, reply, request.body.language)),
  );

  app.put(
    '/api/me/language',
    {
      schema: {
        tags: ['identity'],
        summary: 'Remember the preferred language',
        body: z.object({ language }).strict(),
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const guest = await currentGuest(request);
      if (!guest) throw unauthorized();
      const updated = await setGuestLanguage(app.database.db, guest.id, request.body.language);
      if (!updated) throw unauthorized();
      return toMe(updated);
    },
  );
};

export default me;
