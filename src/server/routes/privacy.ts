import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePersonId } from '../auth/person.js';
import { currentUser } from '../auth/session.js';
import { audit } from '../db/repos/audit.js';
import { unshareAssessmentsWithClinic } from '../db/repos/bookings.js';
import {
  type Consent,
  clinicExists,
  grantConsent,
  listConsents,
  withdrawConsent,
} from '../db/repos/consent.js';
import { consentScopes } from '../db/schema.js';
import { notFound } from '../errors.js';

const consentSchema = z.object({
  id: z.string().uuid(),
  clinicId: z.string().uuid(),
  scopes: z.array(z.enum(consentScopes)),
  grantedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  active: z.boolean(),
});

const toView = (c: Consent) => ({
  id: c.id,
  clinicId: c.clinicId,
  scopes: c.scopes.filter((s): s is (typeof consentScopes)[number] =>
    (consentScopes as readonly string[]).includes(s),
  ),
  grantedAt: c.grantedAt.toISOString(),
  withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  active: c.withdrawnAt === null,
});

/** A patient decides which clinic may see which parts of their record, and can take it back. */
const privacy: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/consents',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Your sharing permissions, newest first',
        response: { 200: z.array(consentSchema) },
      },
    },
    async (request) => (await listConsents(db(), await requirePersonId(request))).map(toView),
  );

  app.post(
    '/api/consents',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Let a clinic’s staff see parts of your record',
        body: z
          .object({ clinicId: z.string().uuid(), scopes: z.array(z.enum(consentScopes)).min(1).max(3) })
          .strict(),
        response: { 201: consentSchema },
      },
    },
    async (request, reply) => {
      const personId = await requirePersonId(request);
      if (!(await clinicExists(db(), request.body.clinicId))) throw notFound('clinic');
      const scopes = [...new Set(request.body.scopes)];
      const consent = await grantConsent(db(), personId, request.body.clinicId, scopes);
      const user = await currentUser(request);
      await audit(db(), {
        actorUserId: user?.id ?? null,
        action: 'consent.granted',
        resourceType: 'consent',
        resourceId: consent.id,
        personId,
        ip: request.ip,
      });
      return reply.code(201).send(toView(consent));
    },
  );

  app.delete(
    '/api/consents/:id',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Withdraw a sharing permission',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: consentSchema },
      },
    },
    async (request) => {
      const personId = await requirePersonId(request);
      // Someone else's consent answers exactly like a missing one.
      const consent = await withdrawConsent(db(), personId, request.params.id);
      if (!consent) throw notFound('consent');
      // Assessments attached to bookings at that clinic are shared with it too: stop them as well.
      await unshareAssessmentsWithClinic(db(), personId, consent.clinicId);
      const user = await currentUser(request);
      await audit(db(), {
        actorUserId: user?.id ?? null,
        action: 'consent.withdrawn',
        resourceType: 'consent',
        resourceId: consent.id,
        personId,
        ip: request.ip,
      });
      return toView(consent);
    },
  );
};

export default privacy;
