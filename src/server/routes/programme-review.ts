import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  practitionerEditsSchema,
  problemSchema,
  programmeReviewParams,
  programmeReviewSchema,
} from '../../contract/programme-review.js';
import { EXERCISE_IDS } from '../../domain/content/exercise-ids.js';
import { exerciseById } from '../../domain/content/index.js';
import {
  applyPractitionerEdits,
  isEditableExercise,
  type PatientContext,
  type Programme,
  phaseOfExercise,
} from '../../domain/programme/index.js';
import { todayIn } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { audit } from '../db/repos/audit.js';
import { clinicMaySee, currentReview, saveReview } from '../db/repos/programme-reviews.js';
import { currentProgrammeOfPerson, listResults, type ProgrammeRow } from '../db/repos/programmes.js';
import { AppError, notFound } from '../errors.js';
import staffGuard from '../guards/staff.js';
import { assessmentResultOf, regenerated } from '../programmes/generation.js';

const EDITABLE = EXERCISE_IDS.filter((id) => isEditableExercise(exerciseById(id)));

/** Every exercise a practitioner could add, with the generator's reason when it may not be. */
function libraryFor(programme: Programme, ctx: PatientContext) {
  return EDITABLE.map((exerciseId) => {
    const out = applyPractitionerEdits(programme, { exercises: [{ kind: 'add', exerciseId }] }, ctx);
    const reason = out.ok ? null : (out.refusals[0]?.reason ?? null);
    return {
      exerciseId,
      phase: phaseOfExercise(exerciseById(exerciseId)) as 'release' | 'stretch' | 'strengthen',
      excludedBecause: reason === 'already-in-programme' ? null : reason,
    };
  });
}

async function contextOf(db: Db, personId: string, row: ProgrammeRow): Promise<PatientContext> {
  const { result, assessedAt } = await assessmentResultOf(db, personId, row.assessmentId);
  const zone = row.programme.preferences.timeZone;
  return {
    result,
    assessedOn: todayIn(zone, assessedAt),
    fromDate: todayIn(zone, new Date()),
    doneSessionIds: (await listResults(db, row.id)).map((r) => r.result.sessionId),
  };
}

/**
 * A practitioner reviews a patient's programme (docs/programme.md "Practitioner review"): staff of
 * the clinic in the URL, while the patient shares their programme with that clinic. A patient who
 * does not (or never did, or has no programme) gets the same 404 as one who does not exist.
 */
const programmeReview: FastifyPluginAsync = async (fastify) => {
  await fastify.register(staffGuard);
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  async function sharedProgramme(clinicId: string, patientId: string): Promise<ProgrammeRow> {
    if (!(await clinicMaySee(db(), clinicId, patientId, 'programme'))) throw notFound('programme');
    const row = await currentProgrammeOfPerson(db(), patientId);
    if (!row) throw notFound('programme');
    return row;
  }

  async function view(row: ProgrammeRow, patientId: string, clinicName: string) {
    const ctx = await contextOf(db(), patientId, row);
    const review = await currentReview(db(), row.id);
    return {
      patientId,
      clinicName,
      fromDate: ctx.fromDate,
      programme: {
        ...row.programme,
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      },
      review: review
        ? {
            id: review.id,
            reviewerName: review.reviewerName,
            reviewedAt: review.createdAt.toISOString(),
            edits: review.edits,
          }
        : null,
      library: libraryFor(row.programme, ctx),
    };
  }

  app.get(
    '/api/staff/clinics/:clinicId/patients/:patientId/programme',
    {
      config: { staffRole: 'practitioner', clinicalData: true },
      schema: {
        tags: ['staff', 'programmes'],
        summary: "A patient's programme with the review in force, for the practitioner to review",
        description:
          'For staff of the clinic while the patient shares their programme with it (404 otherwise, like a missing patient); every read is audited. `library` lists each exercise that could be added, with the reason when the patient’s assessment rules it out.',
        params: programmeReviewParams,
        response: { 200: programmeReviewSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request) => {
      const { clinicId, patientId } = request.params;
      const row = await sharedProgramme(clinicId, patientId);
      await audit(db(), {
        actorUserId: request.user.id,
        action: 'programme.viewed_by_staff',
        resourceType: 'programme',
        resourceId: row.id,
        personId: patientId,
        ip: request.ip,
      });
      return view(row, patientId, request.clinic.clinic.name);
    },
  );

  app.put(
    '/api/staff/clinics/:clinicId/patients/:patientId/programme',
    {
      config: { staffRole: 'practitioner', clinicalData: true },
      schema: {
        tags: ['staff', 'programmes'],
        summary: "Save a review of a patient's programme (the whole set of edits)",
        description:
          'Replaces the review in force. The programme is generated again and the edits applied to the sessions from today on; played and past sessions stay. Any edit that does not fit (a contraindicated exercise, one the programme lacks or already has, a dose out of bounds) refuses the whole save with 422 `edit_refused` and a `refusals` list giving each reason.',
        params: programmeReviewParams,
        body: practitionerEditsSchema,
        response: { 200: programmeReviewSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const { clinicId, patientId } = request.params;
      const row = await sharedProgramme(clinicId, patientId);
      const edits = request.body;
      const out = await regenerated(db(), patientId, row, row.programme.preferences, edits);
      if (!out.ok)
        throw new AppError(
          422,
          'edit_refused',
          'Some edits cannot be made for this patient; see refusals.',
          undefined,
          { refusals: out.refusals },
        );
      await saveReview(
        db(),
        {
          programmeId: row.id,
          personId: patientId,
          clinicId,
          reviewerUserId: request.user.id,
          reviewerName: request.user.displayName,
          edits,
        },
        out.programme,
      );
      await audit(db(), {
        actorUserId: request.user.id,
        action: 'programme.reviewed_by_staff',
        resourceType: 'programme',
        resourceId: row.id,
        personId: patientId,
        ip: request.ip,
      });
      const fresh = await currentProgrammeOfPerson(db(), patientId);
      return view(fresh ?? row, patientId, request.clinic.clinic.name);
    },
  );
};

export default programmeReview;
