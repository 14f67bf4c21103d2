import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { language } from '../../contract/common.js';
import { languageBody, meSchema, startGuestBody } from '../../contract/me.js';
import { setGuestLanguage } from '../db/repos/guests.js';
import { findPerson } from '../db/repos/users.js';
import { unauthorized } from '../errors.js';
import { personRoutes } from '../guards/identity.js';

const toMe = (g: { id: string; language: string; createdAt: Date }, kind: 'guest' | 'user' = 'guest') => ({
  id: g.id,
  kind,
  language: language.catch('en').parse(g.language),
  createdAt: g.createdAt.toISOString(),
});

/**
 * The person behind this browser: the signed-in account's person, or else a guest identity kept
 * in an HttpOnly cookie.
 */
const me: FastifyPluginAsync = async (fastify) => {
  await fastify.register(personRoutes('required'));
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/me',
    { schema: { tags: ['identity'], summary: 'Who this browser is', response: { 200: meSchema } } },
    async (request) => {
      const person = await findPerson(app.database.db, request.personId);
      if (!person) throw unauthorized();
      return toMe(person, request.identity.user ? 'user' : 'guest');
    },
  );

  app.post(
    '/api/me',
    {
      config: { person: 'create' },
      schema: {
        tags: ['identity'],
        summary: 'Start (or continue) as a guest',
        body: startGuestBody,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const person = await findPerson(app.database.db, request.personId);
      if (!person) throw unauthorized();
      return toMe(person, request.identity.user ? 'user' : 'guest');
    },
  );

  app.put(
    '/api/me/language',
    {
      schema: {
        tags: ['identity'],
        summary: 'Remember the preferred language',
        body: languageBody,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const updated = await setGuestLanguage(app.database.db, request.personId, request.body.language);
      if (!updated) throw unauthorized();
      return toMe(updated, request.identity.user ? 'user' : 'guest');
    },
  );
};

export default me;
