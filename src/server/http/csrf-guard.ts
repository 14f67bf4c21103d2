import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { csrfGuard } from '../auth/csrf.js';

/**
 * The CSRF check as an app-wide onRequest hook. Wrapped in fastify-plugin so the hook lands on
 * the root instance and guards every route, whichever plugin declares it.
 */
const csrfGuardPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', csrfGuard);
};

export default fp(csrfGuardPlugin, { name: 'psoas-csrf-guard', fastify: '5.x' });
