import type { LightMyRequestResponse } from 'fastify';
import type { Language } from '../../domain/i18n.js';
import type { App } from '../app.js';
import type { TestBrowser } from '../auth/test-browser.js';

/** The token of the newest verification link mailed to the address (read from the outbox). */
export async function verificationTokenFor(app: App, email: string): Promise<string | undefined> {
  const { rows } = await app.database.pool.query<{ text: string }>(
    `select payload->>'text' as text from outbox
      where kind = 'email_verification' and payload->>'to' = $1 order by id desc limit 1`,
    [email.trim().toLowerCase()],
  );
  return rows[0] ? /#token=([\w-]+)/.exec(rows[0].text)?.[1] : undefined;
}

/**
 * Signs up through the API as a person would: the form, then the mailed link, opened in the
 * same browser. Answers the verification response (201 with the account), or the sign-up's own
 * answer when no link was mailed (a registered address, a refused form, a throttle).
 */
export async function signUpVerified(
  browser: TestBrowser,
  input: { email: string; password?: string; displayName?: string; language?: Language },
): Promise<LightMyRequestResponse> {
  const before = await verificationTokenFor(browser.app, input.email);
  const res = await browser.post('/api/account/signup', {
    email: input.email,
    password: input.password ?? 'correct horse battery',
    displayName: input.displayName ?? 'Test Person',
    ...(input.language ? { language: input.language } : {}),
  });
  if (res.statusCode !== 202) return res;
  const token = await verificationTokenFor(browser.app, input.email);
  if (!token || token === before) return res;
  return browser.post('/api/account/verify', { token });
}
