import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  availabilityQuery,
  availabilitySchema,
  clinicListSchema,
  clinicRefParams,
  clinicSchema,
} from '../../contract/clinics.js';
import { daysBetween } from '../../domain/time/index.js';
import { clinicContext } from '../clinics/access.js';
import { AnswerCache, clinicAvailability, SharedReads } from '../clinics/availability.js';
import { clinicView } from '../clinics/views.js';
import { listClinics } from '../db/repos/clinics.js';
import { badRequest } from '../errors.js';

const MAX_RANGE_DAYS = 31;

/** Clinics, their services and practitioners, and free slots (booking and staff routes have their own plugins). */
const clinics: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // This instance's computed answers (they check themselves against the database on every read).
  const answers = new AnswerCache();
  const reads = new SharedReads();

  app.get(
    '/api/clinics',
    {
      schema: {
        tags: ['clinics'],
        summary: 'Clinics taking bookings',
        response: { 200: clinicListSchema },
      },
    },
    async () =>
      (await listClinics(app.database.db)).map((c) => ({
        id: c.id,
        slug: c.slug,
        name: c.name,
        address: c.address,
        timeZone: c.timeZone,
      })),
  );

  app.get(
    '/api/clinics/:clinic',
    {
      schema: {
        tags: ['clinics'],
        summary: 'A clinic with hours, closures, services and practitioners',
        params: clinicRefParams,
        response: { 200: clinicSchema },
      },
    },
    async (request) => clinicView(await clinicContext(request, request.params.clinic)),
  );

  app.get(
    '/api/clinics/:clinic/availability',
    {
      schema: {
        tags: ['clinics'],
        summary: "Free slots of a service between two dates (inclusive, in the clinic's zone)",
        params: clinicRefParams,
        querystring: availabilityQuery,
        response: { 200: availabilitySchema },
      },
    },
    async (request, reply) => {
      const { serviceId, from, to, practitionerId } = request.query;
      const days = daysBetween(from, to);
      if (!(days >= 0 && days < MAX_RANGE_DAYS))
        throw badRequest(
          'invalid_range',
          `"to" must be on or after "from", at most ${MAX_RANGE_DAYS} days apart.`,
          'querystring.to',
        );
      const body = await clinicAvailability(
        app.database.pool,
        app.clinicContexts,
        answers,
        reads,
        request.params.clinic,
        {
          serviceId,
          from,
          to,
          now: new Date(),
          practitionerId,
        },
      );
      // Already checked against the contract and serialised (possibly for an earlier request):
      // a string with a JSON type goes out as it is. The schema above stays the documented answer.
      return reply
        .type('application/json; charset=utf-8')
        .send(body as unknown as z.infer<typeof availabilitySchema>);
    },
  );
};

export default clinics;
