import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  bookingSeriesSchema,
  newSeriesBody,
  seriesCancelBody,
  seriesCancelledSchema,
  seriesCreatedSchema,
  seriesPreviewQuery,
  seriesPreviewSchema,
} from '../../contract/booking-series.js';
import { tokenQuery } from '../../contract/bookings.js';
import { clinicRefParams } from '../../contract/clinics.js';
import { idParams } from '../../contract/common.js';
import { staffBookingParams } from '../../contract/staff.js';
import { clinicContext, patientBooking } from '../clinics/access.js';
import {
  cancelRemaining,
  checkSeriesRequest,
  createSeries,
  seriesView,
} from '../clinics/booking-series-service.js';
import { seriesOfBooking, seriesWithMembers } from '../db/repos/booking-series.js';
import { findBooking } from '../db/repos/bookings.js';
import { notFound } from '../errors.js';
import { personRoutes } from '../guards/identity.js';
import staffGuard from '../guards/staff.js';

/** Patients: see what a series would be, book it in one go, see it, cancel the remaining ones. */
const bookingSeries: FastifyPluginAsync = async (fastify) => {
  await fastify.register(personRoutes('optional'));
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/clinics/:clinic/series-preview',
    {
      schema: {
        tags: ['bookings'],
        summary: 'Each date of a series (weekly or every 2 weeks) from a first slot: free, or why not',
        params: clinicRefParams,
        querystring: seriesPreviewQuery,
        response: { 200: seriesPreviewSchema },
      },
    },
    async (request) => {
      const ctx = await clinicContext(request, request.params.clinic);
      const checked = await checkSeriesRequest(app.database.db, ctx, request.query, new Date());
      return {
        timeZone: ctx.clinic.timeZone,
        practitionerId: checked.practitionerId,
        practitionerName: ctx.practitioners.find((p) => p.id === checked.practitionerId)?.displayName ?? '',
        occurrences: checked.occurrences,
      };
    },
  );

  app.post(
    '/api/clinics/:clinic/series',
    {
      schema: {
        tags: ['bookings'],
        summary:
          'Book a series: every date or none (409 series_clash naming each date and why; idempotent per key)',
        params: clinicRefParams,
        body: newSeriesBody,
        response: { 200: seriesCreatedSchema, 201: seriesCreatedSchema },
        errors: [409],
      },
    },
    async (request, reply) => {
      const ctx = await clinicContext(request, request.params.clinic);
      const b = request.body;
      const result = await createSeries(
        app.database.db,
        ctx,
        {
          serviceId: b.serviceId,
          practitionerId: b.practitionerId ?? undefined,
          start: b.start,
          repeat: b.repeat,
          count: b.count,
          idempotencyKey: b.idempotencyKey,
          patient: b.patient,
          language: b.language,
          personId: request.identity.personId ?? null,
        },
        app.config.mail,
      );
      reply.code(result.created ? 201 : 200);
      return { series: seriesView(ctx, result.series, new Date()), cancelToken: result.cancelToken };
    },
  );

  app.get(
    '/api/bookings/:id/series',
    {
      schema: {
        tags: ['bookings'],
        summary: "The series a booking belongs to (null when booked on its own), for the booking's patient",
        params: idParams,
        querystring: tokenQuery,
        response: { 200: bookingSeriesSchema },
      },
    },
    async (request) => {
      const { booking, ctx } = await patientBooking(request, request.params.id, request.query.token);
      const s = await seriesOfBooking(app.database.db, booking.id);
      return { series: s ? seriesView(ctx, s, new Date()) : null };
    },
  );

  app.post(
    '/api/bookings/:id/series/cancel',
    {
      schema: {
        tags: ['bookings'],
        summary:
          "Cancel every remaining appointment of the booking's series that is before the clinic's change cut-off",
        params: idParams,
        body: seriesCancelBody,
        response: { 200: seriesCancelledSchema },
      },
    },
    async (request) => {
      const { booking, ctx } = await patientBooking(request, request.params.id, request.body.token);
      const s = await seriesOfBooking(app.database.db, booking.id);
      if (!s) throw notFound('series');
      const result = await cancelRemaining(app.database.db, ctx, s, 'patient');
      const after = await seriesWithMembers(app.database.db, s.series.id);
      return {
        series: seriesView(ctx, after!, new Date()),
        cancelled: result.cancelled.map((m) => m.id),
        tooLate: result.tooLate.map((m) => m.id),
        clinicPhone: ctx.clinic.phone,
      };
    },
  );
};

/** Staff: a booking's series ("3 of 6") and cancelling the rest of it. */
export const bookingSeriesStaff: FastifyPluginAsync = async (fastify) => {
  await fastify.register(staffGuard);
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  async function seriesAtClinic(clinicId: string, bookingId: string) {
    const b = await findBooking(app.database.db, bookingId);
    if (!b || b.clinicId !== clinicId) throw notFound('booking');
    return seriesOfBooking(app.database.db, b.id);
  }

  app.get(
    '/api/staff/clinics/:clinicId/bookings/:bookingId/series',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: 'The series a booking belongs to (null when booked on its own)',
        params: staffBookingParams,
        response: { 200: bookingSeriesSchema },
      },
    },
    async (request) => {
      const ctx = request.clinic;
      const s = await seriesAtClinic(ctx.clinic.id, request.params.bookingId);
      return { series: s ? seriesView(ctx, s, new Date()) : null };
    },
  );

  app.post(
    '/api/staff/clinics/:clinicId/bookings/:bookingId/series/cancel',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: "Cancel every appointment of the booking's series that has not started yet",
        params: staffBookingParams,
        response: { 200: seriesCancelledSchema },
      },
    },
    async (request) => {
      const ctx = request.clinic;
      const s = await seriesAtClinic(ctx.clinic.id, request.params.bookingId);
      if (!s) throw notFound('series');
      const result = await cancelRemaining(app.database.db, ctx, s, 'staff');
      const after = await seriesWithMembers(app.database.db, s.series.id);
      return {
        series: seriesView(ctx, after!, new Date()),
        cancelled: result.cancelled.map((m) => m.id),
        tooLate: result.tooLate.map((m) => m.id),
        clinicPhone: ctx.clinic.phone,
      };
    },
  );
};

export default bookingSeries;
