import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { currentGuest } from './guest.js';
import { currentUser } from './session.js';

export const roleSchema = z.enum(['patient', 'practitioner', 'clinic_admin']);

export const accountSchema = z.object({
  /** anonymous: no identity yet; guest: data kept by this browser only; user: signed in. */
  kind: z.enum(['anonymous', 'guest', 'user']),
  personId: z.string().uuid().nullable(),
  user: z
    .object({
      id: z.string().uuid(),
      email: z.string(),
      role: roleSchema,
      displayName: z.string(),
    })
    .nullable(),
});
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
