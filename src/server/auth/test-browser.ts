import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { App } from '../app.js';
import { signUpVerified } from '../testing/accounts.js';

let next = 1;

/**
 * A cookie-keeping client over app.inject, behaving like our own page in a browser: it sends the
 * cookies it was given and echoes the readable CSRF cookie in x-csrf-token on writes (unless
 * told not to). For tests only.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  /** Each browser comes from its own address, as separate people do (per-IP limits apply). */
  readonly remoteAddress = `10.${(next >> 16) & 255}.${(next >> 8) & 255}.${next++ & 255}`;
  constructor(readonly app: App) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('psoas_csrf');
    if (options.csrf !== false && csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    const res = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.remoteAddress,
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const gone = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown, options?: { csrf?: boolean; headers?: Record<string, string> }) =>
    this.request('POST', url, body ?? {}, options);
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  delete = (url: string, body?: unknown) => this.request('DELETE', url, body);

  /** Signs up and opens the mailed verification link (201 with the account when it worked). */
  async signUp(email: string, password = 'correct horse battery', displayName = 'Test Person') {
    return signUpVerified(this, { email, password, displayName });
  }
  async signIn(email: string, password = 'correct horse battery') {
    return this.post('/api/account/signin', { email, password });
  }
}
