import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { bookingCreatedSchema } from '../../contract/bookings.js';
import { clinicRefParams } from '../../contract/clinics.js';
import { idParams } from '../../contract/common.js';
import {
  bookOfferBody,
  joinWaitlistBody,
  leaveWaitlistBody,
  waitlistEntrySchema,
  waitlistOfferSchema,
  waitlistTokenQuery,
} from '../../contract/waitlist.js';
import { toLanguage } from '../../domain/i18n.js';
import { type WaitlistRangeProblem, waitlistRangeProblem } from '../../domain/schedule/index.js';
import { todayIn } from '../../domain/time/index.js';
import { createBooking, findService } from '../clinics/booking-service.js';
import { bookingView } from '../clinics/views.js';
import { leaveUrl } from '../clinics/waitlist-offers.js';
import { type ClinicContext, practitionerSchedules } from '../db/repos/clinics.js';
import {
  enqueueWaitlistMails,
  findOfferWithEntry,
  findWaitlistEntry,
  insertWaitlistEntry,
  leaveWaitlist,
  markOfferBooked,
  markOfferTaken,
  type WaitlistEntry,
  type WaitlistOffer,
} from '../db/repos/waitlist.js';
import { AppError, badRequest, notFound } from '../errors.js';
import { personRoutes } from '../guards/identity.js';
import { mailDays, waitlistJoinedMail } from '../notifications/waitlist-emails.js';
import { newWaitlistSecret, waitlistToken, waitlistTokenMatches } from '../notifications/waitlist-token.js';

const RANGE_WORDS: Record<WaitlistRangeProblem, [string, string]> = {
  bad_date: ['body.from', 'Choose real dates.'],
  reversed: ['body.to', 'The last day must be on or after the first.'],
  in_past: ['body.from', 'The first day cannot be in the past.'],
  too_long: ['body.to', 'Choose at most 14 days.'],
  beyond_window: ['body.to', 'The clinic does not take bookings that far ahead.'],
};

/**
 * The waitlist: join for a service and days, see and leave an entry, see and book an offered time.
 * An entry or offer is reached by the signed token from its mail or by the person who joined;
 * anyone else gets the same 404 as for a missing one.
 */
const waitlist: FastifyPluginAsync = async (fastify) => {
  await fastify.register(personRoutes('optional'));
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  const contextOf = async (clinicId: string): Promise<ClinicContext> => {
    const cached = await app.clinicContexts.get(clinicId);
    if (!cached) throw notFound('clinic');
    return cached.ctx;
  };
  const isOwner = (request: FastifyRequest, entry: WaitlistEntry) =>
    entry.personId !== null && entry.personId === request.identity.personId;

  const entryView = (ctx: ClinicContext, e: WaitlistEntry): z.infer<typeof waitlistEntrySchema> => ({
    id: e.id,
    clinicId: ctx.clinic.id,
    clinicName: ctx.clinic.name,
    serviceId: e.serviceId,
    serviceName: ctx.services.find((s) => s.id === e.serviceId)?.name ?? { en: '', es: '' },
    practitionerId: e.practitionerId,
    practitionerName: e.practitionerId
      ? (ctx.practitioners.find((p) => p.id === e.practitionerId)?.displayName ?? '')
      : null,
    from: e.fromDate,
    to: e.toDate,
    status: e.status,
    email: e.patientEmail,
  });
  const offerView = (
    ctx: ClinicContext,
    o: WaitlistOffer,
    e: WaitlistEntry,
    now: Date,
  ): z.infer<typeof waitlistOfferSchema> => ({
    id: o.id,
    entryId: e.id,
    clinicId: ctx.clinic.id,
    clinicName: ctx.clinic.name,
    clinicPhone: ctx.clinic.phone,
    timeZone: ctx.clinic.timeZone,
    serviceName: ctx.services.find((s) => s.id === o.serviceId)?.name ?? { en: '', es: '' },
    practitionerName: ctx.practitioners.find((p) => p.id === o.practitionerId)?.displayName ?? '',
    start: o.startAt.toISOString(),
    end: o.endAt.toISOString(),
    status:
      o.status === 'open' && o.startAt.getTime() < now.getTime() + ctx.clinic.minNoticeMinutes * 60_000
        ? 'past'
        : o.status,
    entryStatus: e.status,
  });

  async function reachableEntry(request: FastifyRequest, id: string, token: string | undefined) {
    const entry = await findWaitlistEntry(app.database.db, id);
    if (!entry) throw notFound('waitlist entry');
    if (!waitlistTokenMatches(token, 'leave', entry.id, entry.secret) && !isOwner(request, entry))
      throw notFound('waitlist entry');
    return entry;
  }
  async function reachableOffer(request: FastifyRequest, id: string, token: string | undefined) {
    const found = await findOfferWithEntry(app.database.db, id);
    if (!found) throw notFound('waitlist offer');
    const { offer, entry } = found;
    if (!waitlistTokenMatches(token, 'offer', offer.id, entry.secret) && !isOwner(request, entry))
      throw notFound('waitlist offer');
    return found;
  }

  app.post(
    '/api/clinics/:clinic/waitlist',
    {
      schema: {
        tags: ['waitlist'],
        summary: 'Join the waitlist for a service (a practitioner or anyone) on 1–14 days',
        params: clinicRefParams,
        body: joinWaitlistBody,
        response: { 201: waitlistEntrySchema },
      },
    },
    async (request, reply) => {
      const cached = await app.clinicContexts.get(request.params.clinic);
      if (!cached) throw notFound('clinic');
      const { ctx } = cached;
      const b = request.body;
      const service = findService(ctx, b.serviceId);
      const practitioner = b.practitionerId
        ? practitionerSchedules(ctx).find(
            (p) => p.id === b.practitionerId && p.serviceIds.includes(service.id),
          )
        : undefined;
      if (b.practitionerId && !practitioner) throw notFound('practitioner at this clinic');
      const problem = waitlistRangeProblem(
        b.from,
        b.to,
        todayIn(ctx.clinic.timeZone, new Date()),
        ctx.clinic.maxDaysAhead,
      );
      if (problem) {
        const [field, words] = RANGE_WORDS[problem];
        throw badRequest(`waitlist_${problem}`, words, field);
      }
      const language = toLanguage(b.language);
      const publicUrl = app.config.mail.publicUrl;
      const entry = await app.database.db.transaction(async (tx) => {
        const row = await insertWaitlistEntry(tx, {
          clinicId: ctx.clinic.id,
          serviceId: service.id,
          practitionerId: b.practitionerId ?? null,
          personId: request.identity.personId ?? null,
          patientName: b.patient.name,
          patientEmail: b.patient.email,
          patientPhone: b.patient.phone,
          language,
          fromDate: b.from,
          toDate: b.to,
          secret: newWaitlistSecret(),
        });
        await enqueueWaitlistMails(tx, 'waitlist_joined', [
          waitlistJoinedMail(row.patientEmail, language, {
            name: row.patientName,
            clinicName: ctx.clinic.name,
            serviceName: service.name[language],
            practitionerName: ctx.practitioners.find((p) => p.id === row.practitionerId)?.displayName ?? '',
            days: mailDays(row.fromDate, row.toDate, language),
            leaveUrl: leaveUrl(publicUrl, row.id, waitlistToken('leave', row.id, row.secret)),
          }),
        ]);
        return row;
      });
      reply.code(201);
      return entryView(ctx, entry);
    },
  );

  app.get(
    '/api/waitlist/:id',
    {
      schema: {
        tags: ['waitlist'],
        summary: 'A waitlist entry (token from its mail, or the person who joined)',
        params: idParams,
        querystring: waitlistTokenQuery,
        response: { 200: waitlistEntrySchema },
      },
    },
    async (request) => {
      const entry = await reachableEntry(request, request.params.id, request.query.token);
      return entryView(await contextOf(entry.clinicId), entry);
    },
  );

  app.post(
    '/api/waitlist/:id/leave',
    {
      schema: {
        tags: ['waitlist'],
        summary: 'Leave the waitlist (no more offers; a booked entry stays booked)',
        params: idParams,
        body: leaveWaitlistBody,
        response: { 200: waitlistEntrySchema },
      },
    },
    async (request) => {
      const entry = await reachableEntry(request, request.params.id, request.body.token);
      const left = await leaveWaitlist(app.database.db, entry.id);
      return entryView(await contextOf(entry.clinicId), left);
    },
  );

  app.get(
    '/api/waitlist-offers/:id',
    {
      schema: {
        tags: ['waitlist'],
        summary: 'A freed time offered from the waitlist (token from its mail, or the person who joined)',
        params: idParams,
        querystring: waitlistTokenQuery,
        response: { 200: waitlistOfferSchema },
      },
    },
    async (request) => {
      const { offer, entry } = await reachableOffer(request, request.params.id, request.query.token);
      return offerView(await contextOf(entry.clinicId), offer, entry, new Date());
    },
  );

  app.post(
    '/api/waitlist-offers/:id/book',
    {
      schema: {
        tags: ['waitlist'],
        summary:
          'Book the offered time through the booking statement: the first to confirm gets it (409 slot_taken with the next free times)',
        params: idParams,
        body: bookOfferBody,
        response: { 200: bookingCreatedSchema, 201: bookingCreatedSchema },
        errors: [409],
      },
    },
    async (request, reply) => {
      const { offer, entry } = await reachableOffer(request, request.params.id, request.body.token);
      const cached = await app.clinicContexts.get(entry.clinicId);
      if (!cached) throw notFound('clinic');
      const { ctx } = cached;
      const now = new Date();
      if (entry.status === 'left')
        throw new AppError(409, 'not_waiting', 'You left this waitlist, so its offers are closed.');
      const view = offerView(ctx, offer, entry, now);
      if (view.status === 'past')
        throw new AppError(
          409,
          'offer_past',
          `This time is too close now to book online. Please call the clinic at ${ctx.clinic.phone}.`,
          undefined,
          { phone: ctx.clinic.phone },
        );
      try {
        const result = await createBooking(
          app.database.db,
          ctx,
          {
            serviceId: offer.serviceId,
            practitionerId: offer.practitionerId,
            start: offer.startAt.toISOString(),
            idempotencyKey: request.body.idempotencyKey,
            patient: { name: entry.patientName, email: entry.patientEmail, phone: entry.patientPhone },
            language: toLanguage(entry.language),
            personId: entry.personId,
            shareAssessment: false,
          },
          app.config.mail,
          now,
          { version: cached.version, refresh: () => app.clinicContexts.reload(ctx.clinic.id, ctx.clinic.id) },
        );
        await markOfferBooked(app.database.db, offer, result.booking.id);
        reply.code(result.created ? 201 : 200);
        return { booking: bookingView(ctx, result.booking), cancelToken: result.cancelToken };
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'slot_taken') throw e;
        await markOfferTaken(app.database.db, offer.id);
        throw new AppError(
          409,
          'slot_taken',
          'Someone else took this time. You stay on the waitlist; here are the next free times.',
          undefined,
          e.extra,
        );
      }
    },
  );
};

export default waitlist;
