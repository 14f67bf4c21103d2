import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { flagParams, patientListSchema, type patientSummarySchema } from '../../contract/patients.js';
import { staffClinicParams } from '../../contract/staff.js';
import {
  comparePatients,
  computeFlags,
  openFlags,
  painNowVsBaseline,
  sessionsThisWeek,
} from '../../domain/clinician/flags.js';
import { outcomesBySession, sessionOutcome } from '../../domain/outcomes/index.js';
import { localDate, todayIn } from '../../domain/time/index.js';
import { unreadForClinic } from '../db/repos/messages.js';
import {
  auditPatientsListed,
  markFlagHandled,
  type SharedPatientData,
  sharedPatients,
} from '../db/repos/patients.js';
import { notFound } from '../errors.js';
import staffGuard from '../guards/staff.js';

type PatientSummary = z.infer<typeof patientSummarySchema>;

/**
 * One patient's line: local dates in the programme's zone (else the clinic's), today in the
 * clinic's zone, every rule in src/domain/clinician/flags.ts. `all` keeps handled flags.
 */
function summarise(p: SharedPatientData, clinicZone: string, now: Date, unread: number, all = false) {
  const zone = p.programme?.preferences.timeZone ?? clinicZone;
  const today = todayIn(clinicZone, now);
  const hurtReports = p.allResults.flatMap((r) =>
    r.blocks.flatMap((b) =>
      b.pain ? [{ date: localDate(r.completedAt, zone), at: r.completedAt, level: b.pain.level }] : [],
    ),
  );
  const input = {
    today,
    assessments: p.assessments.map((a) => ({
      id: a.id,
      date: localDate(a.createdAt, zone),
      painNow: a.painNow,
      highestUrgency: a.highestUrgency,
    })),
    checkins: p.checkins,
    hurtReports,
    // A session counts as activity once an exercise was done or stopped because it hurt.
    sessionDates: p.allResults
      .filter((r) => sessionOutcome(r) !== 'skipped')
      .map((r) => localDate(r.completedAt, zone)),
    sharingSince: localDate(p.sharingSince, clinicZone),
  };
  const raised = computeFlags(input);
  const pain = painNowVsBaseline(input);
  const outcomes = outcomesBySession(p.results);
  const done = new Set([...outcomes].filter(([, o]) => o === 'done').map(([id]) => id));
  const summary: PatientSummary = {
    personId: p.personId,
    name: p.name,
    lastCheckin: p.checkins.at(-1)?.date ?? null,
    pain: pain
      ? {
          baseline: pain.change.from,
          now: pain.change.to,
          delta: pain.change.delta,
          direction: pain.change.direction,
          matters: pain.change.matters,
        }
      : null,
    sessionsThisWeek: p.programme ? sessionsThisWeek(p.programme.sessions, done, todayIn(zone, now)) : null,
    flags: all ? raised : openFlags(raised, p.handled),
    unreadMessages: unread,
  };
  return summary;
}

/** "My patients": who shares progress with the clinic, and who needs the practitioner. */
const patients: FastifyPluginAsync = async (fastify) => {
  await fastify.register(staffGuard);
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/api/staff/clinics/:clinicId/patients',
    {
      config: { staffRole: 'practitioner', clinicalData: true },
      schema: {
        tags: ['staff'],
        summary:
          'The patients who share their progress with this clinic, flagged ones first, with their open flags; each listing is audited',
        params: staffClinicParams,
        response: { 200: patientListSchema },
      },
    },
    async (request) => {
      const clinic = request.clinic.clinic;
      const now = new Date();
      const [rows, unread] = await Promise.all([
        sharedPatients(db(), clinic.id),
        unreadForClinic(db(), clinic.id),
      ]);
      await auditPatientsListed(
        db(),
        request.staff.userId,
        rows.map((r) => r.personId),
        request.ip,
      );
      const list = rows.map((r) => summarise(r, clinic.timeZone, now, unread.get(r.personId) ?? 0));
      list.sort((a, b) => comparePatients({ ...a, name: a.name ?? '' }, { ...b, name: b.name ?? '' }));
      return { today: todayIn(clinic.timeZone, now), patients: list };
    },
  );

  app.post(
    '/api/staff/clinics/:clinicId/patients/:patientId/flags/:flagId/handled',
    {
      config: { staffRole: 'practitioner', clinicalData: true },
      schema: {
        tags: ['staff'],
        summary:
          'Mark a flag handled (audited): it stays hidden until the data raise a new one; 404 like a missing patient without consent',
        params: flagParams,
        response: { 200: patientListSchema },
      },
    },
    async (request) => {
      const clinic = request.clinic.clinic;
      const { patientId, flagId } = request.params;
      const now = new Date();
      const [row] = await sharedPatients(db(), clinic.id, patientId);
      if (!row) throw notFound('patient');
      // Only a flag the data raise today can be handled (handled already: nothing changes).
      if (!summarise(row, clinic.timeZone, now, 0, true).flags.some((f) => f.id === flagId))
        throw notFound('flag');
      await markFlagHandled(db(), {
        clinicId: clinic.id,
        personId: patientId,
        flagId,
        userId: request.staff.userId,
        ip: request.ip,
      });
      row.handled.add(flagId);
      const unread = (await unreadForClinic(db(), clinic.id)).get(patientId) ?? 0;
      return {
        today: todayIn(clinic.timeZone, now),
        patients: [summarise(row, clinic.timeZone, now, unread)],
      };
    },
  );
};

export default patients;
