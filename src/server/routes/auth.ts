import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountSchema, accountView } from '../auth/account-view.js';
import { currentGuest, GUEST_COOKIE, hashToken } from '../auth/guest.js';
import { currentSessionId, endSession, requireUser, startSession } from '../auth/session.js';
import { countFailure, forgetFailures, mayMailReset, refuseWhenLocked } from '../auth/throttle.js';
import { audit } from '../db/repos/audit.js';
import { createGuest } from '../db/repos/guests.js';
import { deleteUserSessions } from '../db/repos/sessions.js';
import {
  consumePasswordReset,
  createPasswordReset,
  createUser,
  findUserByEmail,
  findUserById,
  setPassword,
  verifyAgainstDummy,
  verifyPassword,
} from '../db/repos/users.js';
import { AppError, badRequest, conflict } from '../errors.js';
import { resetMail } from './auth-mail.js';

const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
// Length is what makes a password strong; 128 keeps hashing cost bounded.
const newPassword = z.string().min(10, 'Use at least 10 characters.').max(128);
const language = z.enum(['en', 'es']);
const RESET_SECONDS = 3600;

const wrongCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The email or password is not right.');
const isUniqueViolation = (e: unknown) =>
  (e as { code?: string; cause?: { code?: string } })?.code === '23505' ||
  (e as { cause?: { code?: string } })?.cause?.code === '23505';

/**
 * Accounts: sign up (keeping the guest's data), sign in and out, password change and reset.
 */
const auth: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/account',
    {
      schema: {
        tags: ['account'],
        summary: 'Who is signed in (or which guest)',
        response: { 200: accountSchema },
      },
    },
    async (request) => accountView(request),
  );

  app.post(
    '/api/account/signup',
    {
      schema: {
        tags: ['account'],
        summary: 'Create a patient account, keeping this browser’s guest data',
        body: z
          .object({
            email,
            password: newPassword,
            displayName: z.string().trim().min(1).max(80),
            language: language.optional(),
          })
          .strict(),
        response: { 201: accountSchema },
      },
    },
    async (request, reply) => {
      const { email: address, password, displayName, language: lang } = request.body;
      const guest = await currentGuest(request);
      const personId =
        guest?.id ?? (await createGuest(db(), `account:${crypto.randomUUID()}`, lang ?? 'en')).id;
      let userId: string;
      try {
        userId = (
          await createUser(db(), { email: address, password, role: 'patient', displayName, personId })
        ).id;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        await countFailure(request, address);
        throw conflict('email_taken', 'An account with this email exists already. Sign in instead.');
      }
      await startSession(request, reply, userId);
      // The guest cookie is inert from now on (its person is claimed); drop it.
      if (guest) reply.clearCookie(GUEST_COOKIE, { path: '/' });
      await audit(db(), {
        actorUserId: userId,
        action: 'account.created',
        resourceType: 'user',
        resourceId: userId,
        personId,
        ip: request.ip,
      });
      return reply.code(201).send(await accountView(request));
    },
  );

  app.post(
    '/api/account/signin',
    {
      schema: {
        tags: ['account'],
        summary: 'Sign in (rate limited per account and per address)',
        body: z.object({ email, password: z.string().min(1).max(128) }).strict(),
        response: { 200: accountSchema },
      },
    },
    async (request, reply) => {
      const { email: address, password } = request.body;
      await refuseWhenLocked(request, reply, address);
      const user = await findUserByEmail(db(), address);
      // Unknown emails still pay for one argon2 verification: same answer, similar time.
      const ok = user
        ? await verifyPassword(user.passwordHash, password)
        : await verifyAgainstDummy(password);
      if (!user || !ok) {
        await countFailure(request, address);
        await audit(db(), {
          actorUserId: null,
          action: 'account.signin_failed',
          resourceType: 'user',
          resourceId: user?.id ?? null,
          ip: request.ip,
        });
        throw wrongCredentials();
      }
      await forgetFailures(request, address);
      await startSession(request, reply, user.id);
      await audit(db(), {
        actorUserId: user.id,
        action: 'account.signin',
        resourceType: 'user',
        resourceId: user.id,
        personId: user.personId,
        ip: request.ip,
      });
      return accountView(request);
    },
  );

  app.post(
    '/api/account/signout',
    { schema: { tags: ['account'], summary: 'Sign out this browser', response: { 204: z.null() } } },
    async (request, reply) => {
      await endSession(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/account/password',
    {
      schema: {
        tags: ['account'],
        summary: 'Change the password (signs out every other browser)',
        body: z.object({ currentPassword: z.string().min(1).max(128), newPassword }).strict(),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = await requireUser(request);
      await refuseWhenLocked(request, reply, user.email);
      const stored = await findUserById(db(), user.id);
      if (!stored || !(await verifyPassword(stored.passwordHash, request.body.currentPassword))) {
        await countFailure(request, user.email);
        throw new AppError(
          403,
          'wrong_password',
          'The current password is not right.',
          'body.currentPassword',
        );
      }
      await setPassword(db(), user.id, request.body.newPassword);
      await deleteUserSessions(db(), user.id, await currentSessionId(request));
      await audit(db(), {
        actorUserId: user.id,
        action: 'account.password_changed',
        resourceType: 'user',
        resourceId: user.id,
        personId: user.personId,
        ip: request.ip,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/account/password-reset',
    {
      schema: {
        tags: ['account'],
        summary: 'Mail a one-time reset link (same answer whether or not the email has an account)',
        body: z.object({ email, language: language.optional() }).strict(),
        response: { 202: z.object({ accepted: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const { email: address, language: lang } = request.body;
      const token = randomBytes(32).toString('base64url');
      const user = await findUserByEmail(db(), address);
      // Counted for unknown addresses too: same work, same answer.
      const allowed = await mayMailReset(request, address);
      if (user && allowed) {
        const link = `${publicBaseUrl(request)}/account/reset#token=${token}`;
        await createPasswordReset(db(), {
          userId: user.id,
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + RESET_SECONDS * 1000),
          email: resetMail(user.email, user.displayName, link, lang ?? 'en'),
        });
        await audit(db(), {
          actorUserId: null,
          action: 'account.password_reset_requested',
          resourceType: 'user',
          resourceId: user.id,
          personId: user.personId,
          ip: request.ip,
        });
      }
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/api/account/password-reset/confirm',
    {
      schema: {
        tags: ['account'],
        summary: 'Set a new password with a reset link (single use, 1 h)',
        body: z.object({ token: z.string().min(20).max(200), newPassword }).strict(),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const userId = await consumePasswordReset(db(), hashToken(request.body.token));
      if (!userId)
        throw badRequest(
          'reset_link_invalid',
          'This link is not valid any more. Ask for a new one.',
          'body.token',
        );
      await setPassword(db(), userId, request.body.newPassword);
      await deleteUserSessions(db(), userId);
      const user = await findUserById(db(), userId);
      if (user) await forgetFailures(request, user.email);
      await audit(db(), {
        actorUserId: userId,
        action: 'account.password_reset',
        resourceType: 'user',
        resourceId: userId,
        personId: user?.personId ?? null,
        ip: request.ip,
      });
      return reply.code(204).send(null);
    },
  );
};

/**
 * Where links in mail point. PSOAS_PUBLIC_URL wins; otherwise the request's own host, which an
 * attacker could spoof, so production must set the variable (docs/security.md).
 */
function publicBaseUrl(request: FastifyRequest): string {
  return request.server.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

export default auth;
