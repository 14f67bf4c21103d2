import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { requireUser } from '../auth/session.js';
import { type ClinicContext, findStaffClinic, type StaffMembership } from '../db/repos/clinics.js';
import { AppError, notFound } from '../errors.js';
import { rememberIdentity } from './identity.js';

export type StaffRole = StaffMembership['role'];

/** The signed-in staff member, as a member of the clinic in the URL. */
export interface StaffMember extends StaffMembership {
  userId: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Least role a staff route needs: 'practitioner' = any staff member (reception included),
     * or 'clinic_admin'. Routes that show clinical data also check `mayReadClinical`.
     */
    staffRole?: Exclude<StaffRole, 'reception'>;
    /**
     * The route shows or changes a patient's clinical data (progress, programme, flags):
     * reception gets the same 404 as for a missing record.
     */
    clinicalData?: boolean;
  }
  interface FastifyRequest {
    /** The caller's membership of the URL's clinic; on staff routes with a :clinicId. */
    readonly staff: StaffMember;
    /** The URL's clinic with its schedule data, loaded with the membership; same routes. */
    readonly clinic: ClinicContext;
  }
}

const STAFF_ROLES = ['practitioner', 'clinic_admin', 'reception'] as const;

/**
 * Reception books, moves and cancels for every calendar but never sees clinical data (shared
 * self-assessments, shared progress, programmes): those routes answer it as for a missing record.
 */
export const mayReadClinical = (role: StaffRole): boolean => role !== 'reception';
const resolved = new WeakMap<FastifyRequest, { staff: StaffMember; clinic: ClinicContext }>();

function membershipOf(request: FastifyRequest) {
  const found = resolved.get(request);
  if (!found) throw new Error(`${request.routeOptions.url} is not a staff route of one clinic`);
  return found;
}

/**
 * Staff of one clinic: a signed-in practitioner or admin (401 / 403), a member of exactly the
 * clinic in the URL (404 otherwise: staff learn nothing about other clinics), with the role the
 * route declares (403). Membership and clinic come from one query.
 */
async function staffGuard(request: FastifyRequest): Promise<void> {
  const user = await requireUser(request, [...STAFF_ROLES]);
  rememberIdentity(request, { user, personId: user.personId ?? undefined });
  const { clinicId } = request.params as { clinicId?: string };
  if (clinicId === undefined) return;
  const found = await findStaffClinic(request.server.database.db, user.id, clinicId);
  if (!found) throw notFound('clinic');
  if (request.routeOptions.config.staffRole === 'clinic_admin' && found.membership.role !== 'clinic_admin')
    throw new AppError(403, 'forbidden', 'Only a clinic administrator can change this.');
  if (request.routeOptions.config.clinicalData && !mayReadClinical(found.membership.role))
    throw notFound('patient');
  resolved.set(request, { staff: { ...found.membership, userId: user.id }, clinic: found.ctx });
}

/**
 * One guard for the staff area, registered at the top of the staff routes' plugin (it stays
 * inside that plugin). Every route there must declare `config.staffRole`: a route that forgets
 * fails at start-up instead of running unguarded.
 */
const staffArea: FastifyPluginAsync = async (app) => {
  app.decorateRequest('staff', {
    getter(this: FastifyRequest) {
      return membershipOf(this).staff;
    },
  });
  app.decorateRequest('clinic', {
    getter(this: FastifyRequest) {
      return membershipOf(this).clinic;
    },
  });
  app.addHook('onRoute', (route) => {
    if (!route.config?.staffRole)
      throw new Error(`${route.method} ${route.url}: a staff route must declare config.staffRole`);
  });
  app.addHook('preHandler', staffGuard);
};

export default fp(staffArea, { name: 'psoas-staff-guard', fastify: '5.x' });
