import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { toLanguage } from '../../domain/i18n.js';
import { currentPersonId, ensurePersonId } from '../auth/person.js';
import { currentUser, type Role, type SessionUser } from '../auth/session.js';
import { forbidden, unauthorized } from '../errors.js';

/**
 * How a route needs "the current person" (guest cookie or account) before its handler runs:
 * required = 401 without one; optional = whatever the request carries; create = a guest (or a
 * person for the signed-in account) is made when missing, in the language of the body.
 */
export type PersonNeed = 'required' | 'optional' | 'create';

/** Who is calling, as far as the request shows. */
export interface Identity {
  user: SessionUser | undefined;
  personId: string | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    person?: PersonNeed;
    /** The route needs a signed-in account, of one of these roles when given: 401 / 403 first. */
    signedIn?: true | readonly Role[];
  }
  interface FastifyRequest {
    /** The person the request acts for; on routes declaring `config.person` 'required' or 'create'. */
    readonly personId: string;
    /** The caller; on routes declaring `config.person` or `config.signedIn`. */
    readonly identity: Identity;
    /** The signed-in account; on routes declaring `config.signedIn`. */
    readonly user: SessionUser;
  }
}

const resolved = new WeakMap<FastifyRequest, Identity>();

/** The identity the guard resolved for this request; a route that declared nothing gets none. */
export function resolvedIdentity(request: FastifyRequest, what: string): Identity {
  const identity = resolved.get(request);
  // A programming error (the route reads what it never declared), not the caller's fault.
  if (!identity)
    throw new Error(`${request.routeOptions.url} reads request.${what} but declares no guard for it`);
  return identity;
}

export function rememberIdentity(request: FastifyRequest, identity: Identity): void {
  resolved.set(request, identity);
}

const bodyLanguage = (body: unknown) =>
  toLanguage((body as { language?: unknown } | null | undefined)?.language);

async function identityGuard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const { person, signedIn } = request.routeOptions.config;
  if (!person && !signedIn) return;
  const user = await currentUser(request);
  if (signedIn) {
    if (!user) throw unauthorized();
    if (signedIn !== true && !signedIn.includes(user.role)) throw forbidden();
  }
  let personId = person ? await currentPersonId(request) : undefined;
  if (person === 'create' && !personId)
    personId = await ensurePersonId(request, reply, bodyLanguage(request.body));
  if (person === 'required' && !personId) throw unauthorized();
  // ensurePersonId may have attached a person to the account: read the user afresh then.
  rememberIdentity(request, {
    user: personId && user && !user.personId ? await currentUser(request) : user,
    personId,
  });
}

/**
 * One guard for every route acting for "the current person" or a signed-in account, declared
 * per route in `config` ({ person: 'required' }, { signedIn: ['clinic_admin'] }) and resolved
 * once, before the handler, into request.personId / request.identity / request.user.
 * Registered on the root (fastify-plugin) so it sees every route.
 */
const identityPlugin: FastifyPluginAsync = async (app) => {
  app.decorateRequest('identity', {
    getter(this: FastifyRequest) {
      return resolvedIdentity(this, 'identity');
    },
  });
  app.decorateRequest('personId', {
    getter(this: FastifyRequest) {
      const id = resolvedIdentity(this, 'personId').personId;
      if (!id) throw new Error(`${this.routeOptions.url} reads request.personId but its person is optional`);
      return id;
    },
  });
  app.decorateRequest('user', {
    getter(this: FastifyRequest) {
      const user = resolvedIdentity(this, 'user').user;
      if (!user) throw new Error(`${this.routeOptions.url} reads request.user but needs no sign-in`);
      return user;
    },
  });
  app.addHook('preHandler', identityGuard);
};

export default fp(identityPlugin, { name: 'psoas-identity-guard', fastify: '5.x' });

/**
 * Declares `config.person` for every route of the plugin that registers it (a route's own
 * declaration wins): `await fastify.register(personRoutes('required'))` at the plugin's top.
 */
export const personRoutes = (need: PersonNeed) =>
  fp(
    async (app) => {
      app.addHook('onRoute', (route) => {
        route.config = { ...route.config, person: route.config?.person ?? need };
      });
    },
    { fastify: '5.x' },
  );
