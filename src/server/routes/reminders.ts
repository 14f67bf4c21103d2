import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemSchema } from '../../contract/common.js';
import {
  reminderSettingsAnswer,
  reminderSettingsBody,
  unsubscribeAnswer,
  unsubscribeParams,
} from '../../contract/reminders.js';
import { DEFAULT_REMINDER_TIME } from '../../domain/reminders/schedule.js';
import { todayIn } from '../../domain/time/index.js';
import { findReminderSettings, saveReminderSettings, switchRemindersOff } from '../db/repos/reminders.js';
import { notFound } from '../errors.js';
import { tokenMatches, tokenPerson } from '../notifications/reminder-token.js';

/**
 * Email reminders (docs/reminders.md): the signed-in patient reads and sets them; the link in
 * every reminder mail switches them off with one POST and no sign-in (RFC 8058).
 */
const reminders: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  // Mail providers send the one-click POST as a form; its content does not matter. Scoped to
  // this plugin: every other route still takes JSON only.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, _body, done) =>
    done(null, null),
  );

  app.get(
    '/api/me/reminders',
    {
      config: { signedIn: ['patient'], person: 'required' },
      schema: {
        tags: ['reminders'],
        summary: 'Your email reminders (off until you switch them on)',
        response: { 200: reminderSettingsAnswer, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      const row = await findReminderSettings(db(), request.personId);
      if (!row)
        return {
          enabled: false,
          timeZone: null,
          sessionDays: [],
          sessionTime: DEFAULT_REMINDER_TIME,
          checkinDays: [],
          checkinTime: DEFAULT_REMINDER_TIME,
        };
      return {
        enabled: row.enabled,
        timeZone: row.timeZone,
        sessionDays: row.sessionDays,
        sessionTime: row.sessionTime,
        checkinDays: row.checkinDays,
        checkinTime: row.checkinTime,
      };
    },
  );

  app.put(
    '/api/me/reminders',
    {
      config: { signedIn: ['patient'], person: 'required' },
      schema: {
        tags: ['reminders'],
        summary: 'Choose your email reminders: days and time for sessions and check-ins, in your zone',
        body: reminderSettingsBody,
        response: { 200: reminderSettingsAnswer, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      const body = request.body;
      const row = await saveReminderSettings(
        db(),
        request.personId,
        body,
        todayIn(body.timeZone, new Date()),
      );
      return {
        enabled: row.enabled,
        timeZone: row.timeZone,
        sessionDays: row.sessionDays,
        sessionTime: row.sessionTime,
        checkinDays: row.checkinDays,
        checkinTime: row.checkinTime,
      };
    },
  );

  app.post(
    '/api/reminders/unsubscribe/:token',
    {
      schema: {
        tags: ['reminders'],
        summary: 'One-click unsubscribe from reminder mails (the link in List-Unsubscribe)',
        params: unsubscribeParams,
        response: { 200: unsubscribeAnswer, 404: problemSchema },
      },
    },
    async (request) => {
      const { token } = request.params;
      const personId = tokenPerson(token);
      const row = personId ? await findReminderSettings(db(), personId) : undefined;
      if (!row || !tokenMatches(token, row.personId, row.unsubscribeSecret))
        throw notFound('reminder subscription');
      await switchRemindersOff(db(), row.personId);
      return { enabled: false as const };
    },
  );
};

export default reminders;
