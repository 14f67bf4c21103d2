import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { hashToken } from '../auth/guest.js';
import { type Booking, findBooking } from '../db/repos/bookings.js';
import { type ClinicContext, loadClinicContext } from '../db/repos/clinics.js';
import { notFound } from '../errors.js';

export async function clinicContext(request: FastifyRequest, idOrSlug: string): Promise<ClinicContext> {
  const ctx = await loadClinicContext(request.server.database.db, idOrSlug);
  if (!ctx) throw notFound('clinic');
  return ctx;
}

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * A booking the request may manage as its patient: by the cancel token from the confirmation,
 * or as the person who booked it (the route declares `config.person: 'optional'`). Anything
 * else is "not found", so ids cannot be probed.
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
  const byOwner = !byToken && booking.personId !== null && booking.personId === request.identity.personId;
  if (!byToken && !byOwner) throw notFound('booking');
  const ctx = await clinicContext(request, booking.clinicId);
  return { booking, ctx };
}
