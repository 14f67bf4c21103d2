import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  checkinBody,
  checkinDateParams,
  checkinFormSchema,
  checkinListQuery,
  checkinListSchema,
  checkinSchema,
} from '../../contract/checkins.js';
import { checkinDefaults, toCsv } from '../../domain/outcomes/index.js';
import { addDays, LATEST_ZONE, todayIn } from '../../domain/time/index.js';
import { findCheckin, latestCheckinBefore, listCheckins, upsertCheckin } from '../db/repos/checkins.js';
import { badRequest, notFound } from '../errors.js';
import { personRoutes } from '../guards/identity.js';

/** The latest date any time zone has reached: a check-in cannot be for a later day. */
const latestLocalDate = () => todayIn(LATEST_ZONE, Date.now());

export const CHECKIN_CSV_HEADER = [
  'date',
  'pain_now_0_10',
  'minutes_walked',
  'sitting_hours',
  'sitting_breaks',
  'water_glasses_250ml',
  'stress_0_10',
  'class_attended',
  'note',
] as const;

/**
 * Daily check-ins: one per person per local date (the browser names the date), replaced by PUT.
 * Only the person's own check-ins are ever read; another person's date simply has none (404).
 */
const checkins: FastifyPluginAsync = async (fastify) => {
  // Reading needs an identity; saving a check-in starts a guest identity when there is none.
  await fastify.register(personRoutes('required'));
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.put(
    '/api/checkins/:date',
    {
      config: { person: 'create' },
      // Refused before the identity guard runs, so a check-in for tomorrow starts no guest: a
      // refused request leaves nothing behind.
      preValidation: async (request) => {
        const { date } = request.params as { date?: unknown };
        if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > latestLocalDate())
          throw badRequest('future_date', 'A check-in cannot be for a day still to come.', 'date');
      },
      schema: {
        tags: ['progress'],
        summary:
          'Record or replace your check-in of a day (your local date); 201 when new, 200 when replaced',
        params: checkinDateParams,
        body: checkinBody,
        response: { 200: checkinSchema, 201: checkinSchema },
      },
    },
    async (request, reply) => {
      const { date } = request.params;
      const { personId } = request;
      const { checkin, created } = await upsertCheckin(db(), personId, date, request.body);
      return reply.code(created ? 201 : 200).send(checkin);
    },
  );

  app.get(
    '/api/checkins/:date',
    {
      schema: {
        tags: ['progress'],
        summary: 'Your check-in of a day',
        params: checkinDateParams,
        response: { 200: checkinSchema },
      },
    },
    async (request) => {
      const found = await findCheckin(db(), request.personId, request.params.date);
      if (!found) throw notFound('check-in');
      return found;
    },
  );

  app.get(
    '/api/checkins/:date/form',
    {
      config: { person: 'create' },
      schema: {
        tags: ['progress'],
        summary:
          "What the check-in form of a day starts from: that day's check-in, else the latest one before it",
        params: checkinDateParams,
        response: { 200: checkinFormSchema },
      },
    },
    async (request) => {
      const { personId } = request;
      const { date } = request.params;
      const found = await findCheckin(db(), personId, date);
      if (found) {
        const { date: _, ...values } = found;
        return { existing: true, previousDate: null, values };
      }
      const before = await latestCheckinBefore(db(), personId, date);
      return { existing: false, previousDate: before?.date ?? null, values: checkinDefaults(before) };
    },
  );

  app.get(
    '/api/checkins',
    {
      schema: {
        tags: ['progress'],
        summary: 'Your check-ins in date order (by default the last 90 days up to today)',
        querystring: checkinListQuery,
        response: { 200: checkinListSchema },
      },
    },
    async (request) => {
      const { personId } = request;
      const to = request.query.to ?? latestLocalDate();
      const from = request.query.from ?? addDays(to, -90);
      return listCheckins(db(), personId, { from, to });
    },
  );

  app.get(
    '/api/checkins.csv',
    {
      schema: {
        tags: ['progress'],
        summary:
          'All your check-ins as CSV (RFC 4180; text that looks like a formula is prefixed with an apostrophe)',
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const rows = await listCheckins(db(), request.personId);
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="psoas-checkins.csv"')
        .header('cache-control', 'no-store');
      return toCsv(
        CHECKIN_CSV_HEADER,
        rows.map((c) => [
          c.date,
          c.painNow,
          c.minutesWalked,
          c.sittingHours,
          c.sittingBreaks,
          c.waterGlasses,
          c.stress,
          c.classAttended,
          c.note,
        ]),
      );
    },
  );
};

export default checkins;
