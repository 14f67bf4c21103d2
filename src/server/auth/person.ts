import type { FastifyReply, FastifyRequest } from 'fastify';
import { unauthorized } from '../errors.js';
import { currentGuest, ensureGuest } from './guest.js';

/**
 * Every piece of a person's health data (assessments, programmes, check-ins, bookings) is keyed
 * by a person id, which is the id of a row in `guests`. A guest who creates an account keeps the
 * same person id (the account points at it), so nothing has to be copied on sign-up.
 *
 * These two functions are the only way routes learn whose data a request is about; the accounts
 * layer extends them to signed-in sessions.
 */
export async function currentPersonId(request: FastifyRequest): Promise<string | undefined> {
  return (await currentGuest(request))?.id;
}

/** The person id, or 401 when the request has no identity. */
export async function requirePersonId(request: FastifyRequest): Promise<string> {
  const id = await currentPersonId(request);
  if (!id) throw unauthorized();
  return id;
}

/** The person id, creating a guest identity (cookie) when the browser has none yet. */
export async function ensurePersonId(
  request: FastifyRequest,
  reply: FastifyReply,
  language = 'en',
): Promise<string> {
  return (await ensureGuest(request, reply, language)).id;
}
