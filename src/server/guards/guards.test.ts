import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../http/error-handler.js';
import identityGuard from './identity.js';
import staffGuard from './staff.js';

// Without cookies the guards never reach the database, so a bare Fastify app is enough here;
// the authorisation matrix (routes/authorization-matrix.test.ts) covers them with real accounts.
async function appWith(routes: (scope: FastifyInstance) => void | Promise<void>) {
  const app = Fastify();
  registerErrorHandling(app);
  await app.register(cookie);
  await app.register(identityGuard);
  await app.register(async (scope) => routes(scope));
  return app;
}

describe('route guards', () => {
  it('answers 401 before the handler runs when a route needs a person or a signed-in account', async () => {
    let ran = false;
    const app = await appWith((scope) => {
      scope.get('/person', { config: { person: 'required' } }, async () => {
        ran = true;
        return {};
      });
      scope.get('/account', { config: { signedIn: ['clinic_admin'] } }, async () => {
        ran = true;
        return {};
      });
    });
    expect((await app.inject('/person')).statusCode).toBe(401);
    expect((await app.inject('/account')).statusCode).toBe(401);
    expect(ran).toBe(false);
  });

  it('lets an optional person through, and refuses to hand out what a route did not declare', async () => {
    const app = await appWith((scope) => {
      scope.get('/optional', { config: { person: 'optional' } }, async (request) => ({
        personId: request.identity.personId ?? null,
        signedIn: request.identity.user !== undefined,
      }));
      scope.get('/undeclared', async (request) => ({ personId: request.personId }));
    });
    expect((await app.inject('/optional')).json()).toEqual({ personId: null, signedIn: false });
    expect((await app.inject('/undeclared')).statusCode).toBe(500);
  });

  it('refuses to start with a staff route that declares no role', async () => {
    const starting = appWith(async (scope) => {
      await scope.register(staffGuard);
      scope.get('/api/staff/clinics/:clinicId/anything', async () => ({}));
    }).then((app) => app.ready());
    await expect(starting).rejects.toThrow(/must declare config.staffRole/);
  });

  it('keeps staff routes closed to anonymous callers, whatever the role they declare', async () => {
    const app = await appWith(async (scope) => {
      await scope.register(staffGuard);
      scope.get('/api/staff/clinics', { config: { staffRole: 'practitioner' } }, async () => []);
    });
    expect((await app.inject('/api/staff/clinics')).statusCode).toBe(401);
  });
});
