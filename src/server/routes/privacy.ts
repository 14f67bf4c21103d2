import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../contract/common.js';
import { consentListSchema, consentSchema, grantConsentBody } from '../../contract/privacy.js';
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
import { personRoutes } from '../guards/identity.js';

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
  await fastify.register(personRoutes('required'));
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/consents',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Your sharing permissions, newest first',
        response: { 200: consentListSchema },
      },
    },
    async (request) => (await listConsents(db(), request.personId)).map(toView),
  );

  app.post(
    '/api/consents',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Let a clinic’s staff see parts of your record',
        body: grantConsentBody,
        response: { 201: consentSchema },
      },
    },
    async (request, reply) => {
      const { personId } = request;
      if (!(await clinicExists(db(), request.body.clinicId))) throw notFound('clinic');
      const scopes = [...new Set(request.body.scopes)];
      const consent = await grantConsent(db(), personId, request.body.clinicId, scopes);
      const { user } = request.identity;
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
        params: idParams,
        response: { 200: consentSchema },
      },
    },
    async (request) => {
      const { personId } = request;
      // Someone else's consent answers exactly like a missing one.
      const consent = await withdrawConsent(db(), personId, request.params.id);
      if (!consent) throw notFound('consent');
      // Assessments attached to bookings at that clinic are shared with it too: stop them as well.
      await unshareAssessmentsWithClinic(db(), personId, consent.clinicId);
      const { user } = request.identity;
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
