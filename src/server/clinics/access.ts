import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { hashToken } from '../auth/guest.js';
import { currentPersonId } from '../auth/person.js';
import { currentUser, requireUser } from '../auth/session.js';
import { type Booking, findBooking } from '../db/repos/bookings.js';
import {
  type ClinicContext,
  loadClinicContext,
  type StaffMembership,
  staffMemberships,
} from '../db/repos/clinics.js';
import { AppError, notFound } from '../errors.js';

export async function clinicContext(request: FastifyRequest, idOrSlug: string): Promise<ClinicContext> {
  const ctx = await loadClinicContext(request.server.database.db, idOrSlug);
  if (!ctx) throw notFound('clinic');
  return ctx;
}

/** The person a patient request speaks for: the account's person, else the guest cookie's. */
export async function requestPersonId(request: FastifyRequest): Promise<string | null> {
  const user = await currentUser(request);
  if (user?.personId) return user.personId;
  return (await currentPersonId(request)) ?? null;
}

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * A booking the request may manage as its patient: by the cancel token from the confirmation,
 * or as the person who booked it. Anything else is "not found", so ids cannot be probed.
 */
export async function patientBooking(
  request: FastifyRequest,
  id: string,
  token: string | undefined,
): Promise<{ booking: Booking; ctx: ClinicContext }> {
  const db = request.server.database.db;
  const booking = await findBooking(db, id);
  if (!booking) throw notFound('booking');
  const byToken =
    token !== undefined && token.length <= 200 && sameHash(hashToken(token), booking.cancelTokenHash);
  const byOwner =
    !byToken && booking.personId !== null && booking.personId === (await requestPersonId(request));
  if (!byToken && !byOwner) throw notFound('booking');
  const ctx = await clinicContext(request, booking.clinicId);
  return { booking, ctx };
}

/**
 * The signed-in staff member's membership of the clinic in the URL. Staff of another clinic
 * get 404: they learn nothing about clinics that are not theirs.
 */
export async function requireStaff(
  request: FastifyRequest,
  clinicId: string,
  options: { admin?: boolean } = {},
): Promise<StaffMembership & { userId: string }> {
  const user = await requireUser(request, ['practitioner', 'clinic_admin']);
  const memberships = await staffMemberships(request.server.database.db, user.id);
  const m = memberships.find((x) => x.clinicId === clinicId);
  if (!m) throw notFound('clinic');
  if (options.admin && m.role !== 'clinic_admin')
    throw new AppError(403, 'forbidden', 'Only a clinic administrator can change this.');
  return { ...m, userId: user.id };
}
