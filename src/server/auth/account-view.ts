import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { accountSchema } from '../../contract/auth.js';
import { currentGuest } from './guest.js';
import { currentUser } from './session.js';

export type AccountView = z.infer<typeof accountSchema>;

export async function accountView(request: FastifyRequest): Promise<AccountView> {
  const user = await currentUser(request);
  if (user) {
    const { id, email, role, displayName } = user;
    return { kind: 'user', personId: user.personId, user: { id, email, role, displayName } };
  }
  const guest = await currentGuest(request);
  return guest
    ? { kind: 'guest', personId: guest.id, user: null }
    : { kind: 'anonymous', personId: null, user: null };
}
