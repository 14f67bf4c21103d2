import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { patientParams, progressSchema } from '../../contract/progress.js';
import { adherence, doneSessions, functionChange, painChange, toCsv } from '../../domain/outcomes/index.js';
import type { Programme, SessionResult } from '../../domain/programme/types.js';
import { datePartOf, todayIn } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { listAssessmentsOfPerson } from '../db/repos/assessments.js';
import { audit } from '../db/repos/audit.js';
import { listCheckins } from '../db/repos/checkins.js';
import { canStaffSeePerson } from '../db/repos/consent.js';
import { currentProgrammeOfPerson, listResults } from '../db/repos/programmes.js';
import { notFound } from '../errors.js';

export const SESSION_CSV_HEADER = [
  'session_date',
  'week',
  'completed_at',
  'exercise_id',
  'completed',
  'skipped',
  'pain_where',
  'pain_level',
  'effort_0_10',
  'pain_now_0_10',
] as const;

/** The person's current programme (the programme area's repository) and its recorded results. */
async function programmeOfPerson(
  db: Db,
  personId: string,
): Promise<{ programme: Programme; results: SessionResult[] } | null> {
  const row = await currentProgrammeOfPerson(db, personId);
  if (!row) return null;
  const results = await listResults(db, row.id);
  return { programme: row.programme, results: results.map((r) => r.result) };
}

/** Check-ins, assessment outcomes oldest first, the change from the first to the latest, adherence. */
async function progressOf(db: Db, personId: string) {
  const [checkins, rows, current] = await Promise.all([
    listCheckins(db, personId),
    listAssessmentsOfPerson(db, personId, 100),
    programmeOfPerson(db, personId),
  ]);
  const assessments = rows.reverse().map((r) => {
    const result = r.result;
    return {
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      painNow: result.painNow ?? null,
      functionScore: result.functionScore ?? null,
      pattern: result.pattern.kind,
      psoasLikelihood: result.psoasLikelihood.level,
      selfCareAllowed: r.selfCareAllowed,
    };
  });
  const withPain = assessments.filter((a) => a.painNow !== null);
  const withFunction = assessments.filter((a) => a.functionScore !== null);
  const pain =
    withPain.length >= 2 ? painChange(withPain[0]!.painNow!, withPain[withPain.length - 1]!.painNow!) : null;
  const fn =
    withFunction.length >= 2
      ? functionChange(withFunction[0]!.functionScore!, withFunction[withFunction.length - 1]!.functionScore!)
      : null;
  const done = current
    ? adherence(
        current.programme.sessions,
        // A session skipped from start to end is recorded but not done.
        doneSessions(current.results, (r) => datePartOf(r.completedAt)),
        // The person's zone was checked when the programme was saved; the server's clock is the only clock.
        todayIn(current.programme.preferences.timeZone, new Date()),
      )
    : null;
  return { checkins, assessments, changes: { pain, function: fn }, adherence: done };
}

/** Progress: check-ins and assessment outcomes side by side, and the change since the baseline. */
const progress: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/progress',
    {
      config: { person: 'required' },
      schema: {
        tags: ['progress'],
        summary:
          'Your check-ins, your assessments oldest first, and the change from the first to the latest against the smallest change that matters',
        response: { 200: progressSchema },
      },
    },
    async (request) => progressOf(db(), request.personId),
  );

  app.get(
    '/api/sessions.csv',
    {
      config: { person: 'required' },
      schema: {
        tags: ['progress'],
        summary:
          'The exercise sessions you recorded in your current programme as CSV, one row per exercise (RFC 4180, formula-safe)',
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const found = await programmeOfPerson(db(), request.personId);
      const sessions = new Map((found?.programme.sessions ?? []).map((s) => [s.id, s]));
      const results = [...(found?.results ?? [])].sort((a, b) => (a.completedAt < b.completedAt ? -1 : 1));
      const rows = results.flatMap((r) => {
        const s = sessions.get(r.sessionId);
        return r.blocks.map((b) => [
          s?.date ?? datePartOf(r.completedAt),
          s?.week ?? null,
          r.completedAt,
          b.exerciseId,
          b.completed,
          b.skipped ?? false,
          b.pain?.where ?? null,
          b.pain?.level ?? null,
          r.effort,
          r.painNow,
        ]);
      });
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="psoas-sessions.csv"')
        .header('cache-control', 'no-store');
      return toCsv(SESSION_CSV_HEADER, rows);
    },
  );

  app.get(
    '/api/staff/patients/:personId/progress',
    {
      config: { signedIn: ['practitioner', 'clinic_admin'] },
      schema: {
        tags: ['progress', 'staff'],
        summary:
          "A patient's progress, for staff of a clinic the patient shares progress with (404 otherwise, like a missing patient); every read is audited",
        params: patientParams,
        response: { 200: progressSchema },
      },
    },
    async (request) => {
      const staff = request.user;
      const { personId } = request.params;
      if (!(await canStaffSeePerson(db(), staff.id, personId, 'progress'))) throw notFound('patient');
      await audit(db(), {
        actorUserId: staff.id,
        action: 'progress.viewed_by_staff',
        resourceType: 'progress',
        resourceId: personId,
        personId,
        ip: request.ip,
      });
      return progressOf(db(), personId);
    },
  );
};

export default progress;
