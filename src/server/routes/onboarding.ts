import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountSchema } from '../../contract/auth.js';
import {
  inviteAcceptBody,
  inviteBody,
  invitePreviewSchema,
  inviteSchema,
  inviteTokenBody,
  setupBody,
  setupResultSchema,
  setupStatusSchema,
} from '../../contract/onboarding.js';
import { staffClinicParams } from '../../contract/staff.js';
import { planSetup } from '../../domain/onboarding/setup.js';
import { accountView } from '../auth/account-view.js';
import { hashToken } from '../auth/guest.js';
import { startSession } from '../auth/session.js';
import { audit } from '../db/repos/audit.js';
import {
  acceptInvite,
  createClinicWithAdmin,
  findUsableInvite,
  SetupRefused,
  setupNeeded,
} from '../db/repos/onboarding.js';
import { hashPassword } from '../db/repos/users.js';
import { AppError, badRequest, conflict } from '../errors.js';
import staffGuard from '../guards/staff.js';
import { inviteStaff } from '../onboarding/invites.js';

const inviteInvalid = () =>
  badRequest(
    'invite_link_invalid',
    'This invitation is not valid any more. Ask the clinic for a new one.',
    'body.token',
  );

/**
 * Onboarding without SQL: the first run (a clinic, its first admin, services, practitioners),
 * and staff invites (a one-time link through the outbox; the invitee chooses a password).
 */
const onboarding: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/setup',
    {
      schema: {
        tags: ['onboarding'],
        summary: 'Whether this installation still needs its first run (no clinic, no clinic admin)',
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({ needed: await setupNeeded(db()) }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        tags: ['onboarding'],
        summary:
          'First run: create the clinic, its first admin (signed in), services and practitioners; 409 already_set_up once a clinic or admin exists',
        body: setupBody,
        response: { 201: setupResultSchema },
        errors: [409],
      },
    },
    async (request, reply) => {
      const body = request.body;
      // Cheap refusal first: a finished installation never pays for hashing.
      if (!(await setupNeeded(db())))
        throw conflict('already_set_up', 'This installation has a clinic already.');
      const { plan, problems } = planSetup({
        clinic: { ...body.clinic, openingHours: body.clinic.openingHours },
        services: body.services,
        practitioners: body.practitioners,
      });
      if (problems.length)
        throw new AppError(
          400,
          'invalid_setup',
          problems.map((p) => p.message).join('; '),
          `body.${problems[0]!.field}`,
          { problems },
        );
      const passwordHash = await hashPassword(body.admin.password);
      let created: Awaited<ReturnType<typeof createClinicWithAdmin>>;
      try {
        created = await createClinicWithAdmin(db(), body, plan, passwordHash, { firstRunOnly: true });
      } catch (e) {
        if (e instanceof SetupRefused && e.reason === 'already_set_up')
          throw conflict('already_set_up', 'This installation has a clinic already.');
        throw e;
      }
      await startSession(request, reply, created.adminUserId);
      await audit(db(), {
        actorUserId: created.adminUserId,
        action: 'clinic.created_first_run',
        resourceType: 'clinic',
        resourceId: created.clinicId,
        ip: request.ip,
      });
      reply.code(201);
      return { clinicId: created.clinicId, slug: created.slug };
    },
  );

  app.post(
    '/api/staff-invites/preview',
    {
      schema: {
        tags: ['onboarding'],
        summary:
          'What an invite link is for (clinic, address, role); 400 invite_link_invalid when used or expired',
        body: inviteTokenBody,
        response: { 200: invitePreviewSchema },
      },
    },
    async (request) => {
      const invite = await findUsableInvite(db(), hashToken(request.body.token));
      if (!invite) throw inviteInvalid();
      return { clinicName: invite.clinicName, email: invite.email, role: invite.role };
    },
  );

  app.post(
    '/api/staff-invites/accept',
    {
      schema: {
        tags: ['onboarding'],
        summary: 'Accept an invite: create the staff account with a password and sign in (single use)',
        body: inviteAcceptBody,
        response: { 201: accountSchema },
        errors: [409],
      },
    },
    async (request, reply) => {
      const tokenHash = hashToken(request.body.token);
      // Hash only for a link that may work: a stranger's guesses cost no argon2 run.
      if (!(await findUsableInvite(db(), tokenHash))) throw inviteInvalid();
      const passwordHash = await hashPassword(request.body.password);
      const result = await acceptInvite(db(), {
        tokenHash,
        displayName: request.body.displayName,
        passwordHash,
      });
      if (result === 'invalid') throw inviteInvalid();
      if (result === 'email_taken')
        throw conflict(
          'account_exists',
          'This address already has a Psoas account; sign in with it instead.',
        );
      await startSession(request, reply, result.userId);
      await audit(db(), {
        actorUserId: result.userId,
        action: 'staff.invite_accepted',
        resourceType: 'user',
        resourceId: result.userId,
        ip: request.ip,
      });
      reply.code(201);
      return accountView(request);
    },
  );

  // The admin's side sits behind the staff guard, in a scope of its own.
  await fastify.register(async (scope) => {
    await scope.register(staffGuard);
    const staffApp = scope.withTypeProvider<ZodTypeProvider>();
    staffApp.post(
      '/api/staff/clinics/:clinicId/invites',
      {
        config: { staffRole: 'clinic_admin' },
        schema: {
          tags: ['staff', 'onboarding'],
          summary: 'Invite someone to the staff by email (clinic admin): a one-time link, valid 7 days',
          params: staffClinicParams,
          body: inviteBody,
          response: { 201: inviteSchema },
          errors: [409],
        },
      },
      async (request, reply) => {
        const ctx = request.clinic;
        const b = request.body;
        const invite = await inviteStaff(db(), {
          clinic: { id: ctx.clinic.id, name: ctx.clinic.name },
          email: b.email,
          role: b.role,
          practitioner: b.practitionerId,
          invitedBy: request.staff.userId,
          language: b.language ?? 'en',
          publicUrl: app.config.mail.publicUrl,
        });
        await audit(db(), {
          actorUserId: request.staff.userId,
          action: 'staff.invited',
          resourceType: 'staff_invite',
          resourceId: invite.id,
          ip: request.ip,
        });
        reply.code(201);
        return {
          id: invite.id,
          email: invite.email,
          role: invite.role,
          expiresAt: invite.expiresAt.toISOString(),
        };
      },
    );
  });
};

export default onboarding;
