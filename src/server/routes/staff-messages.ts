import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  messageSchema,
  sendMessageBody,
  staffThreadParams,
  staffThreadSchema,
} from '../../contract/messages.js';
import { postMessage, readThreadAsStaff } from '../db/repos/messages.js';
import { notFound } from '../errors.js';
import staffGuard from '../guards/staff.js';
import { messageNotice } from '../notifications/message-emails.js';
import { messageView } from './message-views.js';

/**
 * The clinic's side of a patient's messages: practitioners and admins of the clinic in the URL
 * (reception: 404, guards/staff.ts), while the patient shares with the clinic. Anything else is
 * the same 404 as a patient who does not exist. Every read is audited.
 */
const staffMessages: FastifyPluginAsync = async (fastify) => {
  await fastify.register(staffGuard);
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/staff/clinics/:clinicId/patients/:patientId/messages',
    {
      config: { staffRole: 'practitioner', clinicalData: true },
      schema: {
        tags: ['staff'],
        summary:
          'The conversation with a patient who shares with this clinic, marked read for the clinic (audited); 404 like a missing patient without consent',
        params: staffThreadParams,
        response: { 200: staffThreadSchema },
      },
    },
    async (request) => {
      const list = await readThreadAsStaff(db(), {
        clinicId: request.clinic.clinic.id,
        personId: request.params.patientId,
        userId: request.staff.userId,
        ip: request.ip,
      });
      if (!list) throw notFound('patient');
      return { messages: list.map(messageView) };
    },
  );

  app.post(
    '/api/staff/clinics/:clinicId/patients/:patientId/messages',
    {
      config: { staffRole: 'practitioner', clinicalData: true },
      schema: {
        tags: ['staff'],
        summary:
          'Answer a patient who shares with this clinic (text only); they get a mail saying only that there is a message',
        params: staffThreadParams,
        body: sendMessageBody.omit({ hurt: true }),
        response: { 201: messageSchema },
      },
    },
    async (request, reply) => {
      const clinicId = request.clinic.clinic.id;
      const posted = await postMessage(
        db(),
        {
          personId: request.params.patientId,
          clinicId,
          sender: 'clinic',
          authorUserId: request.staff.userId,
          body: request.body.text,
          hurt: null,
        },
        (to, clinicName) =>
          messageNotice(to, {
            clinicName,
            toPatient: true,
            publicUrl: app.config.mail.publicUrl,
            path: `/messages/${clinicId}`,
          }),
      );
      if (posted === 'closed') throw notFound('patient');
      return reply.code(201).send(messageView(posted));
    },
  );
};

export default staffMessages;
