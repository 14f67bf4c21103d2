import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one-click unsubscribe token in reminder mails: the person's id and an HMAC of it under the
 * person's own unsubscribe secret (reminder_settings.unsubscribe_secret). It only switches
 * reminders off; it grants nothing else and is never logged (log-serializers hides the segment).
 */
const mac = (personId: string, secret: string) =>
  createHmac('sha256', secret).update(`psoas-reminders-unsubscribe:${personId}`).digest('base64url');

export const unsubscribeToken = (personId: string, secret: string) => `${personId}.${mac(personId, secret)}`;

const TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** The person id a token names (not yet checked), or undefined for a malformed token. */
export const tokenPerson = (token: string): string | undefined => TOKEN.exec(token)?.[1];

export function tokenMatches(token: string, personId: string, secret: string): boolean {
  const expected = Buffer.from(unsubscribeToken(personId, secret));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
