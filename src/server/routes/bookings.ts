import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  bookingCreatedSchema,
  bookingListSchema,
  bookingSchema,
  cancelBody,
  newBookingBody,
  rescheduleBody,
  tokenQuery,
} from '../../contract/bookings.js';
import { clinicRefParams } from '../../contract/clinics.js';
import { idParams } from '../../contract/common.js';
import { localizeOr, toLanguage } from '../../domain/i18n.js';
import { clinicContext, patientBooking } from '../clinics/access.js';
import {
  assertPatientMayChange,
  cancelBooking,
  createBooking,
  rescheduleBooking,
} from '../clinics/booking-service.js';
import { bookingView } from '../clinics/views.js';
import { bookingsOfPerson } from '../db/repos/bookings.js';
import type { ClinicContext } from '../db/repos/clinics.js';
import { notFound } from '../errors.js';
import { personRoutes } from '../guards/identity.js';
import { renderBookingEmail } from '../notifications/booking-emails.js';

/** Patients' bookings: create (guest or signed in), see, download the invite, cancel, move. */
const bookings: FastifyPluginAsync = async (fastify) => {
  // Guest or account: a booking belongs to the person, when the request has one.
  await fastify.register(personRoutes('optional'));
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const mail = () => app.config.mail;

  app.post(
    '/api/clinics/:clinic/bookings',
    {
      schema: {
        tags: ['bookings'],
        summary: 'Book a slot (idempotent per idempotencyKey; 409 slot_taken with fresh slots)',
        params: clinicRefParams,
        body: newBookingBody,
        response: { 200: bookingCreatedSchema, 201: bookingCreatedSchema },
        errors: [409],
      },
    },
    async (request, reply) => {
      const cached = await app.clinicContexts.get(request.params.clinic);
      if (!cached) throw notFound('clinic');
      const { ctx } = cached;
      const b = request.body;
      const result = await createBooking(
        app.database.db,
        ctx,
        {
          serviceId: b.serviceId,
          practitionerId: b.practitionerId ?? undefined,
          start: b.start,
          idempotencyKey: b.idempotencyKey,
          patient: b.patient,
          language: b.language,
          personId: request.identity.personId ?? null,
          assessmentId: b.assessmentId,
          shareAssessment: b.shareAssessment,
        },
        mail(),
        new Date(),
        { version: cached.version, refresh: () => app.clinicContexts.reload(ctx.clinic.id, ctx.clinic.id) },
      );
      reply.code(result.created ? 201 : 200);
      return { booking: bookingView(ctx, result.booking), cancelToken: result.cancelToken };
    },
  );

  app.get(
    '/api/bookings/:id',
    {
      schema: {
        tags: ['bookings'],
        summary: 'A booking, for its patient (cancel token or the person who booked)',
        params: idParams,
        querystring: tokenQuery,
        response: { 200: bookingSchema },
      },
    },
    async (request) => {
      const { booking, ctx } = await patientBooking(request, request.params.id, request.query.token);
      return bookingView(ctx, booking);
    },
  );

  app.get(
    '/api/bookings/:id/invite.ics',
    {
      schema: {
        tags: ['bookings'],
        summary: 'The booking as an iCalendar invite',
        params: idParams,
        querystring: tokenQuery,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const { booking, ctx } = await patientBooking(request, request.params.id, request.query.token);
      const language = toLanguage(booking.language);
      const email = renderBookingEmail(
        booking.status === 'cancelled' ? 'booking_cancellation' : 'booking_confirmation',
        {
          bookingId: booking.id,
          language,
          patientName: booking.patientName,
          patientEmail: booking.patientEmail,
          serviceName: localizeOr(ctx.services.find((s) => s.id === booking.serviceId)?.name, language, ''),
          practitionerName: ctx.practitioners.find((p) => p.id === booking.practitionerId)?.displayName ?? '',
          clinicName: ctx.clinic.name,
          clinicAddress: ctx.clinic.address,
          clinicPhone: ctx.clinic.phone,
          clinicEmail: ctx.clinic.email,
          timeZone: ctx.clinic.timeZone,
          start: booking.startAt,
          end: booking.endAt,
          manageUrl: '',
          sequence: booking.inviteSequence,
        },
      );
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="appointment.ics"')
        .header('cache-control', 'no-store');
      return email.ics!.content;
    },
  );

  app.post(
    '/api/bookings/:id/cancel',
    {
      schema: {
        tags: ['bookings'],
        summary:
          "Cancel a booking (up to the clinic's change cut-off; later 409 too_late with the clinic's phone)",
        params: idParams,
        body: cancelBody,
        response: { 200: bookingSchema },
        errors: [409],
      },
    },
    async (request) => {
      const { booking, ctx } = await patientBooking(request, request.params.id, request.body.token);
      assertPatientMayChange(ctx, booking, new Date());
      return bookingView(ctx, await cancelBooking(app.database.db, ctx, booking, mail()));
    },
  );

  app.post(
    '/api/bookings/:id/reschedule',
    {
      schema: {
        tags: ['bookings'],
        summary: 'Move a booking to another free slot (409 slot_taken with fresh slots)',
        params: idParams,
        body: rescheduleBody,
        response: { 200: bookingSchema },
        errors: [409],
      },
    },
    async (request) => {
      const { booking, ctx } = await patientBooking(request, request.params.id, request.body.token);
      assertPatientMayChange(ctx, booking, new Date());
      const moved = await rescheduleBooking(
        app.database.db,
        ctx,
        booking,
        { start: request.body.start, practitionerId: request.body.practitionerId },
        mail(),
        request.body.token,
      );
      return bookingView(ctx, moved);
    },
  );

  // Signed-in patients: their own bookings.
  app.get(
    '/api/bookings',
    {
      schema: {
        tags: ['bookings'],
        summary: "The signed-in person's bookings",
        response: { 200: bookingListSchema },
      },
    },
    async (request) => {
      const { personId } = request.identity;
      if (!personId) return [];
      const rows = await bookingsOfPerson(app.database.db, personId);
      // One context per clinic, however many bookings there are at it.
      const contexts = new Map<string, Promise<ClinicContext>>();
      const contextOf = (clinicId: string) => {
        const known = contexts.get(clinicId);
        if (known) return known;
        const ctx = clinicContext(request, clinicId);
        contexts.set(clinicId, ctx);
        return ctx;
      };
      const out = [];
      for (const b of rows) out.push(bookingView(await contextOf(b.clinicId), b));
      return out;
    },
  );
};

export default bookings;
