import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The links in waitlist mails (offer, leave) carry an HMAC of their purpose and id under the
 * entry's own secret: they grant only that one act, are never stored or logged (log-serializers
 * drops query strings; the book and leave calls carry the token in the body), and leaving the
 * list or the entry being deleted voids them.
 */
export const newWaitlistSecret = () => randomBytes(32).toString('base64url');

export type WaitlistLink = 'offer' | 'leave';

export const waitlistToken = (purpose: WaitlistLink, id: string, secret: string) =>
  createHmac('sha256', secret).update(`psoas-waitlist-${purpose}:${id}`).digest('base64url');

export function waitlistTokenMatches(
  token: string | undefined,
  purpose: WaitlistLink,
  id: string,
  secret: string,
): boolean {
  if (token === undefined || token.length > 200) return false;
  const expected = Buffer.from(waitlistToken(purpose, id, secret));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
