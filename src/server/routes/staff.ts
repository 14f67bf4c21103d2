import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bookingListSchema, bookingSchema, newBookingBody } from '../../contract/bookings.js';
import { clinicSchema } from '../../contract/clinics.js';
import {
  closureBody,
  closureParams,
  hoursBody,
  membershipListSchema,
  moveBody,
  outcomeBody,
  practitionerParams,
  serviceParams,
  servicePatchBody,
  sharedAssessmentSchema,
  staffBookingParams,
  staffBookingsQuery,
  staffClinicParams,
  timeOffBody,
  timeOffParams,
  workingHoursBody,
} from '../../contract/staff.js';
import {
  hoursIssuePath,
  validateClinicSchedule,
  weeklyHoursIssues,
  workingHoursIssues,
} from '../../domain/schedule/index.js';
import { addDays, daysBetween, startOfDay } from '../../domain/time/index.js';
import { clinicContext } from '../clinics/access.js';
import { cancelBooking, createBooking, markOutcome, rescheduleBooking } from '../clinics/booking-service.js';
import { bookingView, clinicView } from '../clinics/views.js';
import type { Db } from '../db/database.js';
import { findAssessmentOfPerson } from '../db/repos/assessments.js';
import { audit } from '../db/repos/audit.js';
import { type Booking, clinicBookings, findBooking } from '../db/repos/bookings.js';
import {
  addTimeOff,
  type ClinicContext,
  clinicSchedule,
  deleteDateOverride,
  deleteTimeOff,
  setBookingRules,
  setOpeningHours,
  setWorkingHours,
  staffClinicList,
  toWeeklyHours,
  updateService,
  upsertDateOverride,
} from '../db/repos/clinics.js';
import { canStaffSeePerson } from '../db/repos/consent.js';
import { consents } from '../db/schema.js';
import { AppError, badRequest, notFound } from '../errors.js';
import staffGuard, { mayReadClinical } from '../guards/staff.js';

/** Of the given people, those with an active consent letting this clinic see their progress. */
async function sharingProgress(db: Db, clinicId: string, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .select({ personId: consents.personId })
    .from(consents)
    .where(
      and(
        eq(consents.clinicId, clinicId),
        inArray(consents.personId, personIds),
        isNull(consents.withdrawnAt),
        sql`'progress' = any(${consents.scopes})`,
      ),
    );
  return new Set(rows.map((r) => r.personId));
}

/** The staff dashboard's API: the clinic's calendar, phone bookings, moves, cancellations, settings. */
const staff: FastifyPluginAsync = async (fastify) => {
  await fastify.register(staffGuard);
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const mail = () => app.config.mail;

  async function clinicBooking(ctx: ClinicContext, bookingId: string): Promise<Booking> {
    const b = await findBooking(app.database.db, bookingId);
    if (!b || b.clinicId !== ctx.clinic.id) throw notFound('booking');
    return b;
  }

  // Admin edits must leave a schedule the engine accepts.
  function assertValid(ctx: ClinicContext) {
    const problems = validateClinicSchedule(clinicSchedule(ctx));
    if (problems.length) throw badRequest('invalid_schedule', problems.join('; '));
  }

  app.get(
    '/api/staff/clinics',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: 'The clinics the signed-in staff member works at',
        response: { 200: membershipListSchema },
      },
    },
    async (request) => staffClinicList(app.database.db, request.user.id),
  );

  app.get(
    '/api/staff/clinics/:clinicId',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: 'Clinic settings (inactive services included)',
        params: staffClinicParams,
        response: { 200: clinicSchema },
      },
    },
    async (request) => clinicView(request.clinic, { includeInactive: true }),
  );

  app.get(
    '/api/staff/clinics/:clinicId/bookings',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: 'Bookings starting on the given local dates (inclusive), every status',
        params: staffClinicParams,
        querystring: staffBookingsQuery,
        response: { 200: bookingListSchema },
      },
    },
    async (request) => {
      const { from, to, practitionerId } = request.query;
      const days = daysBetween(from, to);
      if (!(days >= 0 && days <= 42))
        throw badRequest(
          'invalid_range',
          '"to" must be on or after "from", at most 6 weeks apart.',
          'querystring.to',
        );
      const ctx = request.clinic;
      // Bookings starting from the first instant of `from` to the first of the day after `to`,
      // both in the clinic's zone: exactly those on the asked local dates.
      const inRange = await clinicBookings(
        app.database.db,
        ctx.clinic.id,
        startOfDay(from, ctx.clinic.timeZone),
        startOfDay(addDays(to, 1), ctx.clinic.timeZone),
        practitionerId,
      );
      // Reception sees the calendar without any sign of what a patient shared.
      if (!mayReadClinical(request.staff.role))
        return inRange.map((b) => ({
          ...bookingView(ctx, b),
          assessmentId: null,
          shareAssessment: false,
          personId: null,
          noShows: b.noShows,
        }));
      const people = [...new Set(inRange.flatMap((b) => (b.personId ? [b.personId] : [])))];
      const sharing = await sharingProgress(app.database.db, ctx.clinic.id, people);
      return inRange.map((b) => ({
        ...bookingView(ctx, b, { sharesProgress: !!b.personId && sharing.has(b.personId) }),
        noShows: b.noShows,
      }));
    },
  );

  app.post(
    '/api/staff/clinics/:clinicId/bookings',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: 'Book for a patient who calls the clinic',
        params: staffClinicParams,
        body: newBookingBody,
        response: { 200: bookingSchema, 201: bookingSchema },
        errors: [409],
      },
    },
    async (request, reply) => {
      const ctx = request.clinic;
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
          personId: null,
          shareAssessment: false,
        },
        mail(),
      );
      reply.code(result.created ? 201 : 200);
      return bookingView(ctx, result.booking);
    },
  );

  app.get(
    '/api/staff/clinics/:clinicId/bookings/:bookingId/assessment',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: 'The self-assessment summary a patient shared with this booking (their consent)',
        params: staffBookingParams,
        response: { 200: sharedAssessmentSchema },
      },
    },
    async (request) => {
      const staffer = request.staff;
      const ctx = request.clinic;
      // One answer for a missing booking and one without a shared assessment.
      if (!mayReadClinical(staffer.role)) throw notFound('shared assessment');
      const b = await findBooking(app.database.db, request.params.bookingId);
      if (!b || b.clinicId !== ctx.clinic.id || !b.shareAssessment || !b.assessmentId || !b.personId)
        throw notFound('shared assessment');
      // The booking's share counts only while the patient's consent for the assessment stands.
      if (!(await canStaffSeePerson(app.database.db, staffer.userId, b.personId, 'assessment')))
        throw notFound('shared assessment');
      const row = await findAssessmentOfPerson(app.database.db, b.personId, b.assessmentId);
      if (!row) throw notFound('shared assessment');
      await audit(app.database.db, {
        actorUserId: staffer.userId,
        action: 'assessment.viewed_by_staff',
        resourceType: 'assessment',
        resourceId: row.id,
        personId: b.personId,
        ip: request.ip,
      });
      const result = row.result;
      return {
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        highestUrgency: row.highestUrgency,
        selfCareAllowed: row.selfCareAllowed,
        psoasLikelihood: result.psoasLikelihood.level,
        pattern: result.pattern.kind,
      };
    },
  );

  app.post(
    '/api/staff/clinics/:clinicId/bookings/:bookingId/move',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: 'Move a booking (409 slot_taken with fresh slots)',
        params: staffBookingParams,
        body: moveBody,
        response: { 200: bookingSchema },
        errors: [409],
      },
    },
    async (request) => {
      const ctx = request.clinic;
      const b = await clinicBooking(ctx, request.params.bookingId);
      const moved = await rescheduleBooking(app.database.db, ctx, b, request.body, mail(), undefined);
      return bookingView(ctx, moved);
    },
  );

  app.post(
    '/api/staff/clinics/:clinicId/bookings/:bookingId/cancel',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: 'Cancel a booking',
        params: staffBookingParams,
        response: { 200: bookingSchema },
        errors: [409],
      },
    },
    async (request) => {
      const ctx = request.clinic;
      const b = await clinicBooking(ctx, request.params.bookingId);
      return bookingView(ctx, await cancelBooking(app.database.db, ctx, b, mail()));
    },
  );

  app.post(
    '/api/staff/clinics/:clinicId/bookings/:bookingId/status',
    {
      config: { staffRole: 'practitioner' },
      schema: {
        tags: ['staff'],
        summary: 'Mark a booking as attended or as a no-show',
        params: staffBookingParams,
        body: outcomeBody,
        response: { 200: bookingSchema },
        errors: [409],
      },
    },
    async (request) => {
      const ctx = request.clinic;
      const b = await clinicBooking(ctx, request.params.bookingId);
      return bookingView(ctx, await markOutcome(app.database.db, b, request.body.status));
    },
  );

  app.put(
    '/api/staff/clinics/:clinicId/hours',
    {
      config: { staffRole: 'clinic_admin' },
      schema: {
        tags: ['staff'],
        summary: 'Weekly opening hours and booking rules (clinic admin)',
        params: staffClinicParams,
        body: hoursBody,
        response: { 200: clinicSchema },
      },
    },
    async (request) => {
      const ctx = request.clinic;
      // Each wrong time is named by its field, so the form can say what is wrong next to it.
      const issues = weeklyHoursIssues(toWeeklyHours(request.body.openingHours));
      if (issues.length > 0) {
        throw new AppError(
          400,
          'invalid_hours',
          'Some opening hours are not usable: a range ends before it starts or overlaps another.',
          hoursIssuePath(issues[0]!),
          { issues: issues.map((i) => ({ field: hoursIssuePath(i), kind: i.kind })) },
        );
      }
      const candidate = {
        ...ctx,
        clinic: { ...ctx.clinic, openingHours: request.body.openingHours, ...(request.body.rules ?? {}) },
      };
      assertValid(candidate);
      await setOpeningHours(app.database.db, ctx.clinic.id, toWeeklyHours(request.body.openingHours));
      if (request.body.rules) await setBookingRules(app.database.db, ctx.clinic.id, request.body.rules);
      return clinicView(await clinicContext(request, ctx.clinic.id), { includeInactive: true });
    },
  );

  app.put(
    '/api/staff/clinics/:clinicId/closures/:date',
    {
      config: { staffRole: 'clinic_admin' },
      schema: {
        tags: ['staff'],
        summary: 'Close the clinic on a date (no ranges) or set other hours that day (clinic admin)',
        params: closureParams,
        body: closureBody,
        response: { 200: clinicSchema },
      },
    },
    async (request) => {
      const ctx = request.clinic;
      const { date } = request.params;
      const override = {
        id: '',
        clinicId: ctx.clinic.id,
        date,
        ranges: request.body.ranges,
        reason: request.body.reason ?? null,
      };
      assertValid({ ...ctx, overrides: [...ctx.overrides.filter((o) => o.date !== date), override] });
      await upsertDateOverride(app.database.db, ctx.clinic.id, override);
      return clinicView(await clinicContext(request, ctx.clinic.id), { includeInactive: true });
    },
  );

  app.delete(
    '/api/staff/clinics/:clinicId/closures/:date',
    {
      config: { staffRole: 'clinic_admin' },
      schema: {
        tags: ['staff'],
        summary: 'Remove a closure or changed day (clinic admin)',
        params: closureParams,
        response: { 200: clinicSchema },
      },
    },
    async (request) => {
      if (!(await deleteDateOverride(app.database.db, request.params.clinicId, request.params.date)))
        throw notFound('closure');
      return clinicView(await clinicContext(request, request.params.clinicId), { includeInactive: true });
    },
  );

  app.patch(
    '/api/staff/clinics/:clinicId/services/:serviceId',
    {
      config: { staffRole: 'clinic_admin' },
      schema: {
        tags: ['staff'],
        summary: 'Change a service: duration, buffers, price, who gives it, on/off (clinic admin)',
        params: serviceParams,
        body: servicePatchBody,
        response: { 200: clinicSchema },
      },
    },
    async (request) => {
      const ok = await updateService(
        app.database.db,
        request.params.clinicId,
        request.params.serviceId,
        request.body,
      );
      if (!ok) throw notFound('service');
      return clinicView(await clinicContext(request, request.params.clinicId), { includeInactive: true });
    },
  );

  app.put(
    '/api/staff/clinics/:clinicId/practitioners/:practitionerId/hours',
    {
      config: { staffRole: 'clinic_admin' },
      schema: {
        tags: ['staff'],
        summary: "A practitioner's weekly working hours, inside the clinic's opening hours (clinic admin)",
        params: practitionerParams,
        body: workingHoursBody,
        response: { 200: clinicSchema },
      },
    },
    async (request) => {
      const ctx = request.clinic;
      const { practitionerId } = request.params;
      // The practitioner is looked up before the hours are judged: a wrong id is a 404 whatever the body.
      if (!ctx.practitioners.some((p) => p.id === practitionerId)) throw notFound('practitioner');
      // Refused, not warned: hours outside the clinic's could never be booked, and a saved
      // schedule that says otherwise would mislead whoever reads it.
      const issues = workingHoursIssues(
        toWeeklyHours(request.body.workingHours),
        toWeeklyHours(ctx.clinic.openingHours),
      );
      if (issues.length > 0) {
        throw new AppError(
          400,
          'invalid_hours',
          'Some working hours are not usable: a range ends before it starts, overlaps another, or falls outside the clinic’s opening hours.',
          hoursIssuePath(issues[0]!, 'body.workingHours'),
          { issues: issues.map((i) => ({ field: hoursIssuePath(i, 'body.workingHours'), kind: i.kind })) },
        );
      }
      const saved = await setWorkingHours(
        app.database.db,
        ctx.clinic.id,
        practitionerId,
        toWeeklyHours(request.body.workingHours),
        request.staff.userId,
      );
      if (!saved) throw notFound('practitioner');
      return clinicView(await clinicContext(request, ctx.clinic.id), { includeInactive: true });
    },
  );

  app.post(
    '/api/staff/clinics/:clinicId/practitioners/:practitionerId/time-off',
    {
      config: { staffRole: 'clinic_admin' },
      schema: {
        tags: ['staff'],
        summary: 'Days off for a practitioner, whole local days of the clinic (clinic admin)',
        params: practitionerParams,
        body: timeOffBody,
        response: { 201: clinicSchema },
      },
    },
    async (request, reply) => {
      const ctx = request.clinic;
      const { from, to, reason } = request.body;
      const days = daysBetween(from, to);
      if (!(days >= 0 && days <= 366))
        throw badRequest(
          'invalid_range',
          'The last day off must be on or after the first, within a year.',
          'body.to',
        );
      const added = await addTimeOff(app.database.db, ctx.clinic.id, {
        practitionerId: request.params.practitionerId,
        startAt: startOfDay(from, ctx.clinic.timeZone),
        endAt: startOfDay(addDays(to, 1), ctx.clinic.timeZone),
        reason: reason ?? null,
      });
      if (!added) throw notFound('practitioner');
      reply.code(201);
      return clinicView(await clinicContext(request, ctx.clinic.id), { includeInactive: true });
    },
  );

  app.delete(
    '/api/staff/clinics/:clinicId/time-off/:timeOffId',
    {
      config: { staffRole: 'clinic_admin' },
      schema: {
        tags: ['staff'],
        summary: "Remove a practitioner's time off (clinic admin)",
        params: timeOffParams,
        response: { 200: clinicSchema },
      },
    },
    async (request) => {
      if (!(await deleteTimeOff(app.database.db, request.params.clinicId, request.params.timeOffId)))
        throw notFound('time off');
      return clinicView(await clinicContext(request, request.params.clinicId), { includeInactive: true });
    },
  );
};

export default staff;
