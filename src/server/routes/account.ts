import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { eraseBody, exportSchema, fhirBundleSchema } from '../../contract/account.js';
import { noContent } from '../../contract/common.js';
import { fhirBundleQuery } from '../../contract/fhir.js';
import { assessmentEntries } from '../../domain/fhir/assessment.js';
import { asBundleKind } from '../../domain/fhir/transaction.js';
import { localizeOr, toLanguage } from '../../domain/i18n.js';
import { activityEntries } from '../../domain/privacy/fhir-activity.js';
import { toFhirBundle } from '../../domain/privacy/fhir-bundle.js';
import { isDeviceTrusted } from '../auth/device.js';
import { GUEST_COOKIE } from '../auth/guest.js';
import { endSession } from '../auth/session.js';
import { countFailure, refuseWhenLocked } from '../auth/throttle.js';
import { listAssessmentsOfPerson } from '../db/repos/assessments.js';
import { audit, auditEntriesAboutPerson } from '../db/repos/audit.js';
import { listCheckins } from '../db/repos/checkins.js';
import { listConsents } from '../db/repos/consent.js';
import { activityOf, erasePerson, personData } from '../db/repos/privacy.js';
import { findPerson, findUserById, verifyPassword } from '../db/repos/users.js';
import { AppError, unauthorized } from '../errors.js';
import { personRoutes } from '../guards/identity.js';

/** An account, a guest, or both (the identity guard resolved them); 401 for neither. */
function whoIsAsking(request: FastifyRequest) {
  const { user } = request.identity;
  const personId = request.identity.personId ?? null;
  if (!user && !personId) throw unauthorized();
  return { user, personId };
}

async function collect(request: FastifyRequest) {
  const db = request.server.database.db;
  const { user, personId } = whoIsAsking(request);
  const person = personId ? await findPerson(db, personId) : undefined;
  const account = user ? await findUserById(db, user.id) : undefined;
  const consents = personId ? await listConsents(db, personId) : [];
  const trail = personId ? await auditEntriesAboutPerson(db, personId) : [];
  return { user, personId, person, account, consents, trail };
}

/** Privacy rights: a copy of everything held (JSON and FHIR R4), and erasure. */
const account: FastifyPluginAsync = async (fastify) => {
  await fastify.register(personRoutes('optional'));
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/account/export',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Everything Psoas holds about you, as JSON',
        response: { 200: exportSchema },
        errors: [401],
      },
    },
    async (request, reply) => {
      const { user, personId, person, account: acc, consents, trail } = await collect(request);
      const data = await personData(db(), personId, user?.id ?? null);
      await audit(db(), {
        actorUserId: user?.id ?? null,
        action: 'privacy.exported',
        resourceType: 'person',
        resourceId: personId,
        personId,
        ip: request.ip,
      });
      reply.header('content-disposition', 'attachment; filename="psoas-export.json"');
      reply.header('cache-control', 'no-store');
      return {
        exportedAt: new Date().toISOString(),
        person: person
          ? { id: person.id, language: person.language, createdAt: person.createdAt.toISOString() }
          : null,
        account: acc
          ? {
              id: acc.id,
              email: acc.email,
              role: acc.role,
              displayName: acc.displayName,
              createdAt: acc.createdAt.toISOString(),
            }
          : null,
        consents: consents.map((c) => ({
          id: c.id,
          clinicId: c.clinicId,
          scopes: c.scopes,
          grantedAt: c.grantedAt.toISOString(),
          withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
        })),
        auditTrail: trail.map((e) => ({
          at: e.at.toISOString(),
          action: e.action,
          resourceType: e.resourceType,
          resourceId: e.resourceId,
          byYou: !!user && e.actorUserId === user.id,
        })),
        data: JSON.parse(JSON.stringify(data)) as Record<string, Record<string, unknown>[]>,
      };
    },
  );

  app.get(
    '/api/account/export/fhir',
    {
      schema: {
        tags: ['privacy'],
        summary:
          'Your record as a FHIR R4 Bundle: Patient, Consents, assessments, check-ins, appointments, programmes and played sessions (?type=transaction for a FHIR server)',
        querystring: fhirBundleQuery,
        response: { 200: fhirBundleSchema },
        produces: ['application/fhir+json'],
        errors: [401],
      },
    },
    async (request, reply) => {
      const { user, personId, person, account: acc, consents } = await collect(request);
      if (!personId || !person)
        throw new AppError(404, 'not_found', 'There is no health record to export yet.');
      await audit(db(), {
        actorUserId: user?.id ?? null,
        action: 'privacy.exported_fhir',
        resourceType: 'person',
        resourceId: personId,
        personId,
        ip: request.ip,
      });
      reply.header('content-disposition', 'attachment; filename="psoas-export.fhir.json"');
      reply.header('cache-control', 'no-store');
      reply.type('application/fhir+json');
      // Each assessment as the assessment area maps it: QuestionnaireResponse + pain Observation.
      const assessments = await listAssessmentsOfPerson(db(), personId, 1000);
      const extra = assessments.flatMap((a) =>
        assessmentEntries({
          id: a.id,
          personId,
          createdAt: a.createdAt.toISOString(),
          answers: a.answers,
          language: toLanguage(a.language),
        }),
      );
      const [checkins, activity] = await Promise.all([
        listCheckins(db(), personId),
        activityOf(db(), personId),
      ]);
      const lang = toLanguage(person.language);
      extra.push(
        ...activityEntries(personId, {
          checkins: checkins.map((c) => ({ ...c, id: activity.checkinIds.get(c.date)! })),
          bookings: activity.bookings.map((b) => ({
            ...b,
            serviceName: localizeOr(b.serviceName, lang, null),
          })),
          programmes: activity.programmes.map((p) => ({
            id: p.id,
            createdAt: p.createdAt,
            pattern: p.programme.pattern,
            sessionDates: p.programme.sessions.map((s) => s.date),
            results: p.results,
            reviews: p.reviews,
          })),
        }),
      );
      const collection = toFhirBundle(
        {
          personId,
          language: person.language,
          createdAt: person.createdAt.toISOString(),
          account: acc ? { email: acc.email, displayName: acc.displayName } : null,
          consents: consents.map((c) => ({
            id: c.id,
            clinicId: c.clinicId,
            scopes: c.scopes,
            grantedAt: c.grantedAt.toISOString(),
            withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
          })),
        },
        new Date().toISOString(),
        extra,
      );
      return asBundleKind(collection, request.query.type) as z.infer<typeof fhirBundleSchema>;
    },
  );

  app.delete(
    '/api/account',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Erase your account and all your data (the password is asked again)',
        body: eraseBody,
        response: { 204: noContent },
        errors: [401, 429],
      },
    },
    async (request, reply) => {
      const { user, personId } = whoIsAsking(request);
      if (user) {
        // The same lock as sign-in: a stolen session must not become a password oracle.
        const attempt = { email: user.email, trustedDevice: await isDeviceTrusted(request, user.id) };
        await refuseWhenLocked(request, reply, attempt);
        const stored = await findUserById(db(), user.id);
        const password = request.body.password;
        if (!stored || !password || !(await verifyPassword(stored.passwordHash, password))) {
          await countFailure(request, attempt);
          throw new AppError(403, 'wrong_password', 'Enter your password to confirm.', 'body.password');
        }
      }
      const pseudonym = await erasePerson(db(), {
        personId,
        userId: user?.id ?? null,
        email: user?.email ?? null,
      });
      await audit(db(), {
        actorUserId: null,
        action: 'privacy.erased',
        resourceType: 'person',
        resourceId: pseudonym,
        personId: pseudonym,
      });
      await endSession(request, reply);
      reply.clearCookie(GUEST_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};

export default account;
