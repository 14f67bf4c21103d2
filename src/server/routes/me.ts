import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { language } from '../../contract/common.js';
import { languageBody, meSchema, startGuestBody } from '../../contract/me.js';
import { currentPersonId, ensurePersonId } from '../auth/person.js';
import { currentUser } from '../auth/session.js';
import { setGuestLanguage } from '../db/repos/guests.js';
import { findPerson } from '../db/repos/users.js';
import { unauthorized } from '../errors.js';

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
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/me',
    { schema: { tags: ['identity'], summary: 'Who this browser is', response: { 200: meSchema } } },
    async (request) => {
      const signedIn = await currentUser(request);
      const personId = await currentPersonId(request);
      const person = personId ? await findPerson(app.database.db, personId) : undefined;
      if (!person) throw unauthorized();
      return toMe(person, signedIn ? 'user' : 'guest');
    },
  );

  app.post(
    '/api/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'Start (or continue) as a guest',
        body: startGuestBody,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const personId = await ensurePersonId(request, reply, request.body.language);
      const person = await findPerson(app.database.db, personId);
      if (!person) throw unauthorized();
      return toMe(person, (await currentUser(request)) ? 'user' : 'guest');
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
      const personId = await currentPersonId(request);
      if (!personId) throw unauthorized();
      const updated = await setGuestLanguage(app.database.db, personId, request.body.language);
      if (!updated) throw unauthorized();
      return toMe(updated, (await currentUser(request)) ? 'user' : 'guest');
    },
  );
};

export default me;
