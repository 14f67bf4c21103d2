import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarDocument,
  calendarFeedBody,
  calendarFeedSchema,
  calendarFileParams,
  calendarSettingsBody,
  calendarSettingsSchema,
} from '../../contract/calendar.js';
import { idParams, problemSchema } from '../../contract/common.js';
import { programmeCalendar, type ReminderMinutes } from '../../domain/programme/calendar.js';
import { hashToken } from '../auth/guest.js';
import {
  findProgrammeOfPerson,
  type ProgrammeRow,
  programmeByFeedHash,
  replaceCalendarFeed,
  revokeCalendarFeeds,
  updateCalendarSettings,
} from '../db/repos/programmes.js';
import { notFound } from '../errors.js';

// Links come from the configured public address, never from the request's Host header, which
// a client chooses (a feed link pointing at another host would leak the feed secret there).
const origin = (request: FastifyRequest) => request.server.config.mail.publicUrl;

// ical-generator folds lines one character at a time (tens of ms for six weeks of sessions), and
// calendar apps poll feeds: a programme renders once per calendar state (its sequence moves on
// every change of the plan, time or reminder).
const rendered = new Map<string, string>();
const RENDER_CACHE_SIZE = 200;

const settingsOf = (row: ProgrammeRow) => ({
  time: row.calendarTime,
  reminderMinutes: row.calendarReminderMinutes as ReminderMinutes | null,
});

/**
 * The one rendering of a stored calendar state: the download and the feed are the same file
 * for the same state, and its SEQUENCE and DTSTAMP come from the row, not from the request.
 */
function render(request: FastifyRequest, row: ProgrammeRow): string {
  const url = `${origin(request)}/programme`;
  const key = `${row.id}|${row.calendarSequence}|${row.calendarChangedAt.getTime()}|${url}`;
  const hit = rendered.get(key);
  if (hit !== undefined) return hit;
  const ics = programmeCalendar(row.programme, {
    programmeId: row.id,
    sessionTime: row.calendarTime,
    reminderMinutes: settingsOf(row).reminderMinutes,
    stamp: row.calendarChangedAt,
    sequence: row.calendarSequence,
    url,
  });
  if (rendered.size >= RENDER_CACHE_SIZE) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, ics);
  return ics;
}

/**
 * The programme in the person's own calendar: a one-off .ics download for the owner, and a
 * private subscription URL whose secret token can be replaced or revoked. Sessions are timed
 * events at the chosen local time (default 18:00) in the programme's zone, with the chosen
 * reminder (default none); reassessments are all-day events. Time and reminder are stored with
 * the programme, so the download and the feed show the same thing.
 */
const calendar: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  async function own(request: FastifyRequest, id: string): Promise<ProgrammeRow> {
    const row = await findProgrammeOfPerson(db(), request.personId, id);
    if (!row) throw notFound('programme');
    return row;
  }

  app.get(
    '/api/programmes/:id/calendar.ics',
    {
      config: { person: 'required' },
      schema: {
        tags: ['programmes'],
        summary: 'Download the programme as an iCalendar file',
        params: idParams,
        response: { 200: calendarDocument, 404: problemSchema },
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const row = await own(request, request.params.id);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="psoas-programme.ics"')
        .header('cache-control', 'private, no-store')
        .send(render(request, row));
    },
  );

  app.get(
    '/api/programmes/:id/calendar-settings',
    {
      config: { person: 'required' },
      schema: {
        tags: ['programmes'],
        summary: 'The time and reminder your calendar shows the sessions with',
        params: idParams,
        response: { 200: calendarSettingsSchema, 404: problemSchema },
      },
    },
    async (request) => settingsOf(await own(request, request.params.id)),
  );

  app.put(
    '/api/programmes/:id/calendar-settings',
    {
      config: { person: 'required' },
      schema: {
        tags: ['programmes'],
        summary: 'Change the session time or reminder (the download and the feed follow)',
        params: idParams,
        body: calendarSettingsBody,
        response: { 200: calendarSettingsSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await own(request, request.params.id);
      const updated = await updateCalendarSettings(db(), row.id, request.body);
      if (!updated) throw notFound('programme');
      return settingsOf(updated);
    },
  );

  app.post(
    '/api/programmes/:id/calendar-feed',
    {
      config: { person: 'required' },
      schema: {
        tags: ['programmes'],
        summary:
          'Create a private calendar subscription URL (replaces any earlier one); may set the time and reminder',
        params: idParams,
        body: calendarFeedBody,
        response: { 201: calendarFeedSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await own(request, request.params.id);
      const current = (await updateCalendarSettings(db(), row.id, request.body)) ?? row;
      const token = randomBytes(32).toString('base64url');
      await replaceCalendarFeed(db(), row.id, hashToken(token), current.calendarTime);
      const url = `${origin(request)}/api/calendar/${token}.ics`;
      return reply.code(201).send({ url, webcalUrl: url.replace(/^https?:/, 'webcal:') });
    },
  );

  app.delete(
    '/api/programmes/:id/calendar-feed',
    {
      config: { person: 'required' },
      schema: {
        tags: ['programmes'],
        summary: 'Revoke the calendar subscription URL',
        params: idParams,
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await own(request, request.params.id);
      await revokeCalendarFeeds(db(), row.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/calendar/:file',
    {
      schema: {
        tags: ['programmes'],
        summary: 'The private calendar feed (the secret token is the only credential)',
        params: calendarFileParams,
        response: { 200: calendarDocument, 404: problemSchema },
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const token = request.params.file.slice(0, -'.ics'.length);
      const feed = await programmeByFeedHash(db(), hashToken(token));
      if (!feed) throw notFound('calendar feed');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('referrer-policy', 'no-referrer')
        .send(render(request, feed.programme));
    },
  );
};

export default calendar;
