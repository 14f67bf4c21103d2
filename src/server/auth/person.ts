import type { FastifyReply, FastifyRequest } from 'fastify';
import { createGuest } from '../db/repos/guests.js';
import { setUserPerson } from '../db/repos/users.js';
import { currentGuest, ensureGuest } from './guest.js';
import { currentUser, forgetResolvedSession } from './session.js';

/**
 * Every piece of a person's health data (assessments, programmes, check-ins, bookings) is keyed
 * by a person id, which is the id of a row in `guests`. A guest who creates an account keeps the
 * same person id (the account points at it), so nothing has to be copied on sign-up.
 *
 * Routes learn whose data a request is about only through the identity guard
 * (guards/identity.ts: `config.person` → request.personId), which uses these. A signed-in
 * session wins over the guest cookie; a guest cookie whose person has since been claimed by an
 * account grants nothing (see currentGuest), so signing out really locks the data away.
 */
export async function currentPersonId(request: FastifyRequest): Promise<string | undefined> {
  const user = await currentUser(request);
  if (user) return user.personId ?? undefined;
  return (await currentGuest(request))?.id;
}

/**
 * The person id, creating one when missing: a guest identity (cookie) for an anonymous browser,
 * or a person attached to the account for a signed-in user who has none yet (e.g. a practitioner
 * starting a self-assessment of their own).
 */
export async function ensurePersonId(
  request: FastifyRequest,
  reply: FastifyReply,
  language = 'en',
): Promise<string> {
  const user = await currentUser(request);
  if (user) {
    if (user.personId) return user.personId;
    const db = request.server.database.db;
    // The token is never handed out: this person is reachable only through the account.
    const person = await createGuest(db, `account:${crypto.randomUUID()}`, language);
    await setUserPerson(db, user.id, person.id);
    forgetResolvedSession(request);
    return person.id;
  }
  return (await ensureGuest(request, reply, language)).id;
}
