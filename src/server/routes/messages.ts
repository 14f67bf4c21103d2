import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  messageSchema,
  patientThreadParams,
  sendMessageBody,
  threadListSchema,
  threadSchema,
} from '../../contract/messages.js';
import { hasMessages, postMessage, readThreadAsPatient, threadsOfPatient } from '../db/repos/messages.js';
import { conflict, notFound } from '../errors.js';
import { messageNotice } from '../notifications/message-emails.js';
import { messageView } from './message-views.js';

/**
 * The patient's side of messages with their clinics (docs/http.md "Messages"): a signed-in
 * account, one thread per clinic they share with. Another clinic's thread, or one with a clinic
 * they never shared with, answers as missing.
 */
const messages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/messages',
    {
      config: { signedIn: true },
      schema: {
        tags: ['messages'],
        summary: 'Your conversations: one per clinic you share with, plus closed ones that hold messages',
        response: { 200: threadListSchema },
      },
    },
    async (request) => {
      const personId = request.user.personId;
      if (!personId) return [];
      return (await threadsOfPatient(db(), personId)).map((t) => ({
        ...t,
        lastAt: t.lastAt?.toISOString() ?? null,
      }));
    },
  );

  app.get(
    '/api/messages/:clinicId',
    {
      config: { signedIn: true },
      schema: {
        tags: ['messages'],
        summary:
          'Your conversation with a clinic, marked read; after you stop sharing it stays readable to you but closed',
        params: patientThreadParams,
        response: { 200: threadSchema },
      },
    },
    async (request) => {
      const personId = request.user.personId;
      const { clinicId } = request.params;
      const thread = personId ? await readThreadAsPatient(db(), personId, clinicId) : undefined;
      if (!thread) throw notFound('conversation');
      return {
        clinicId,
        clinicName: thread.clinicName,
        open: thread.open,
        messages: thread.messages.map(messageView),
      };
    },
  );

  app.post(
    '/api/messages/:clinicId',
    {
      config: { signedIn: true },
      schema: {
        tags: ['messages'],
        summary:
          'Write to a clinic you share with (text only; a "this hurts" report may ride along); its practitioners get a mail saying only that there is a message',
        params: patientThreadParams,
        body: sendMessageBody,
        response: { 201: messageSchema },
      },
    },
    async (request, reply) => {
      const personId = request.user.personId;
      const { clinicId } = request.params;
      if (!personId) throw notFound('conversation');
      const posted = await postMessage(
        db(),
        {
          personId,
          clinicId,
          sender: 'patient',
          authorUserId: null,
          body: request.body.text,
          hurt: request.body.hurt ?? null,
        },
        (to, clinicName) =>
          messageNotice(to, {
            clinicName,
            toPatient: false,
            publicUrl: app.config.mail.publicUrl,
            path: '/clinic/patients',
          }),
      );
      // Closed: say so to whoever wrote here before; to anyone else it does not exist.
      if (posted === 'closed' && !(await hasMessages(db(), personId, clinicId)))
        throw notFound('conversation');
      if (posted === 'closed')
        throw conflict(
          'conversation_closed',
          'You no longer share your record with this clinic, so this conversation is closed.',
        );
      return reply.code(201).send(messageView(posted));
    },
  );
};

export default messages;
