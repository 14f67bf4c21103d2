import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptedSchema,
  accountSchema,
  passwordChangeBody,
  passwordResetBody,
  passwordResetConfirmBody,
  signinBody,
  signupBody,
  verifySignupBody,
} from '../../contract/auth.js';
import { accountView } from '../auth/account-view.js';
import { deviceTokenHash, isDeviceTrusted, trustDevice } from '../auth/device.js';
import { currentGuest, GUEST_COOKIE, hashToken } from '../auth/guest.js';
import { currentSessionId, endSession, startSession } from '../auth/session.js';
import {
  countFailure,
  forgetFailures,
  mayMailReset,
  mayMailSignUp,
  refuseSignUpFlood,
  refuseWhenLocked,
} from '../auth/throttle.js';
import { audit } from '../db/repos/audit.js';
import {
  createPendingSignUp,
  queueAccountMail,
  verifyPendingSignUp,
} from '../db/repos/email-verifications.js';
import { deleteUserSessions } from '../db/repos/sessions.js';
import { forgetTrustedDevices } from '../db/repos/trusted-devices.js';
import {
  consumePasswordReset,
  createPasswordReset,
  findUserByEmail,
  findUserById,
  hashPassword,
  setPassword,
  verifyAgainstDummy,
  verifyPassword,
} from '../db/repos/users.js';
import { AppError, badRequest } from '../errors.js';
import { alreadyRegisteredMail, resetMail, verificationMail } from './auth-mail.js';

const RESET_SECONDS = 3600;
const VERIFY_SECONDS = 24 * 3600;

const wrongCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The email or password is not right.');

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
        summary:
          'Mail a link that creates a patient account, keeping this browser’s guest data (same answer for registered addresses)',
        body: signupBody,
        response: { 202: acceptedSchema },
        errors: [429],
      },
    },
    async (request, reply) => {
      const { email: address, password, displayName, language: lang } = request.body;
      await refuseSignUpFlood(request, reply);
      const language = lang ?? 'en';
      const existing = await findUserByEmail(db(), address);
      // Both branches hash a password and write one mail, so neither answer nor time tells them apart.
      const passwordHash = await hashPassword(password);
      if (await mayMailSignUp(request, address)) {
        const base = app.config.mail.publicUrl;
        if (existing) {
          await queueAccountMail(
            db(),
            'account_exists',
            alreadyRegisteredMail(existing.email, existing.displayName, base, language),
          );
        } else {
          const token = randomBytes(32).toString('base64url');
          const guest = await currentGuest(request);
          await createPendingSignUp(
            db(),
            {
              tokenHash: hashToken(token),
              email: address,
              passwordHash,
              displayName,
              language,
              personId: guest?.id ?? null,
              expiresAt: new Date(Date.now() + VERIFY_SECONDS * 1000),
            },
            verificationMail(address, displayName, `${base}/account/verify#token=${token}`, language),
          );
        }
      }
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/api/account/verify',
    {
      schema: {
        tags: ['account'],
        summary: 'Open the mailed sign-up link: creates the account and signs in (single use, 24 h)',
        body: verifySignupBody,
        response: { 201: accountSchema },
      },
    },
    async (request, reply) => {
      const result = await verifyPendingSignUp(
        db(),
        hashToken(request.body.token),
        () => `account:${crypto.randomUUID()}`,
      );
      if (!result.ok)
        throw badRequest(
          'verification_link_invalid',
          'This link is not valid any more. Sign up again, or sign in.',
          'body.token',
        );
      const hadGuestCookie = !!request.cookies[GUEST_COOKIE];
      await startSession(request, reply, result.userId);
      await trustDevice(request, reply, result.userId);
      // A claimed guest cookie is inert from now on; drop it.
      if (hadGuestCookie && !(await currentGuest(request))) reply.clearCookie(GUEST_COOKIE, { path: '/' });
      await audit(db(), {
        actorUserId: result.userId,
        action: 'account.created',
        resourceType: 'user',
        resourceId: result.userId,
        personId: result.personId,
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
        body: signinBody,
        response: { 200: accountSchema },
        errors: [401, 429],
      },
    },
    async (request, reply) => {
      const { email: address, password } = request.body;
      const user = await findUserByEmail(db(), address);
      const attempt = { email: address, trustedDevice: !!user && (await isDeviceTrusted(request, user.id)) };
      await refuseWhenLocked(request, reply, attempt);
      // Unknown emails still pay for one argon2 verification: same answer, similar time.
      const ok = user
        ? await verifyPassword(user.passwordHash, password)
        : await verifyAgainstDummy(password);
      if (!user || !ok) {
        await countFailure(request, attempt);
        await audit(db(), {
          actorUserId: null,
          action: 'account.signin_failed',
          resourceType: 'user',
          resourceId: user?.id ?? null,
          ip: request.ip,
        });
        throw wrongCredentials();
      }
      await forgetFailures(request, attempt);
      await startSession(request, reply, user.id);
      await trustDevice(request, reply, user.id);
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
      config: { signedIn: true },
      schema: {
        tags: ['account'],
        summary: 'Change the password (signs out every other browser)',
        body: passwordChangeBody,
        response: { 204: z.null() },
        errors: [429],
      },
    },
    async (request, reply) => {
      const { user } = request;
      const attempt = { email: user.email, trustedDevice: await isDeviceTrusted(request, user.id) };
      await refuseWhenLocked(request, reply, attempt);
      const stored = await findUserById(db(), user.id);
      if (!stored || !(await verifyPassword(stored.passwordHash, request.body.currentPassword))) {
        await countFailure(request, attempt);
        throw new AppError(
          403,
          'wrong_password',
          'The current password is not right.',
          'body.currentPassword',
        );
      }
      await setPassword(db(), user.id, request.body.newPassword);
      await deleteUserSessions(db(), user.id, await currentSessionId(request));
      await forgetTrustedDevices(db(), user.id, deviceTokenHash(request));
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
        body: passwordResetBody,
        response: { 202: acceptedSchema },
      },
    },
    async (request, reply) => {
      const { email: address, language: lang } = request.body;
      const token = randomBytes(32).toString('base64url');
      const user = await findUserByEmail(db(), address);
      const trustedDevice = !!user && (await isDeviceTrusted(request, user.id));
      // Counted for unknown addresses too: same work, same answer.
      const allowed = await mayMailReset(request, { email: address, trustedDevice });
      if (user && allowed) {
        const link = `${app.config.mail.publicUrl}/account/reset#token=${token}`;
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
        body: passwordResetConfirmBody,
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
      // setPassword voids every other pending link; a reset may follow a theft, so every
      // session and trusted browser of the account ends too.
      await setPassword(db(), userId, request.body.newPassword);
      await deleteUserSessions(db(), userId);
      await forgetTrustedDevices(db(), userId);
      const user = await findUserById(db(), userId);
      if (user) await forgetFailures(request, { email: user.email, trustedDevice: false });
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

export default auth;
