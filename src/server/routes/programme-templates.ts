import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { noContent } from '../../contract/common.js';
import {
  problemSchema,
  templateBody,
  templateListParams,
  templateListSchema,
  templateParams,
  templateSchema,
} from '../../contract/programme-templates.js';
import { audit } from '../db/repos/audit.js';
import {
  deleteTemplate,
  listTemplates,
  type ProgrammeTemplateRow,
  saveTemplate,
} from '../db/repos/programme-templates.js';
import { conflict, notFound } from '../errors.js';
import staffGuard from '../guards/staff.js';

const toView = (r: ProgrammeTemplateRow) => ({
  id: r.id,
  name: r.name,
  edits: r.edits,
  createdAt: r.createdAt.toISOString(),
});

/**
 * A clinic's programme templates (docs/clinician.md "Programme templates"): practitioners of the
 * clinic (clinical data, so not reception) save a reviewed plan's edits under a name, list and
 * delete them. Another clinic's template answers like a missing one.
 */
const programmeTemplates: FastifyPluginAsync = async (fastify) => {
  await fastify.register(staffGuard);
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/staff/clinics/:clinicId/programme-templates',
    {
      config: { staffRole: 'practitioner', clinicalData: true },
      schema: {
        tags: ['staff', 'programmes'],
        summary: "The clinic's saved programme templates, by name",
        params: templateListParams,
        response: { 200: templateListSchema, 404: problemSchema },
      },
    },
    async (request) => ({
      templates: (await listTemplates(db(), request.params.clinicId)).map(toView),
    }),
  );

  app.post(
    '/api/staff/clinics/:clinicId/programme-templates',
    {
      config: { staffRole: 'practitioner', clinicalData: true },
      schema: {
        tags: ['staff', 'programmes'],
        summary: 'Save a plan’s edits as a named template of the clinic',
        description:
          'The edits as the review page holds them (no next review date: it belongs to one patient). A name the clinic already uses is a 409 `template_name_taken`.',
        params: templateListParams,
        body: templateBody,
        response: { 201: templateSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await saveTemplate(db(), {
        clinicId: request.params.clinicId,
        name: request.body.name,
        edits: request.body.edits,
        createdByUserId: request.user.id,
      });
      if (!row) throw conflict('template_name_taken', 'The clinic already has a template of that name.');
      await audit(db(), {
        actorUserId: request.user.id,
        action: 'programme_template.saved',
        resourceType: 'programme_template',
        resourceId: row.id,
        personId: null,
        ip: request.ip,
      });
      return reply.code(201).send(toView(row));
    },
  );

  app.delete(
    '/api/staff/clinics/:clinicId/programme-templates/:templateId',
    {
      config: { staffRole: 'practitioner', clinicalData: true },
      schema: {
        tags: ['staff', 'programmes'],
        summary: 'Delete one of the clinic’s programme templates',
        params: templateParams,
        response: { 204: noContent, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const { clinicId, templateId } = request.params;
      if (!(await deleteTemplate(db(), clinicId, templateId))) throw notFound('template');
      await audit(db(), {
        actorUserId: request.user.id,
        action: 'programme_template.deleted',
        resourceType: 'programme_template',
        resourceId: templateId,
        personId: null,
        ip: request.ip,
      });
      return reply.code(204).send(null);
    },
  );
};

export default programmeTemplates;
