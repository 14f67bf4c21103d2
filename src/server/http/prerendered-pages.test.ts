import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageLanguage, prerenderedPages } from './prerendered-pages.js';

let webDir: string;
beforeAll(async () => {
  webDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-prerendered-'));
  for (const file of ['en/index.html', 'es/index.html', 'en/exercises/bridge.html', 'es/psoas.html']) {
    await fs.mkdir(path.dirname(path.join(webDir, 'prerendered', file)), { recursive: true });
    await fs.writeFile(path.join(webDir, 'prerendered', file), '<!doctype html>');
  }
  await fs.writeFile(path.join(webDir, 'secret.html'), 'not a page');
});
afterAll(() => fs.rm(webDir, { recursive: true, force: true }));

const request = (url: string, cookie?: string, acceptLanguage?: string) => ({
  url,
  cookies: { psoas_lang: cookie },
  headers: { 'accept-language': acceptLanguage },
});

describe('prerenderedPages', () => {
  it('finds the page the build wrote for the address, in the reader’s language', () => {
    const find = prerenderedPages(webDir);
    expect(find(request('/'))).toBe('prerendered/en/index.html');
    expect(find(request('/', undefined, 'es-MX,es;q=0.9'))).toBe('prerendered/es/index.html');
    expect(find(request('/exercises/bridge'))).toBe('prerendered/en/exercises/bridge.html');
    expect(find(request('/exercises/bridge/'))).toBe('prerendered/en/exercises/bridge.html');
  });

  it('lets the chosen language (cookie) win over the browser’s', () => {
    const find = prerenderedPages(webDir);
    expect(find(request('/', 'en', 'es'))).toBe('prerendered/en/index.html');
    expect(find(request('/psoas', 'es', 'en'))).toBe('prerendered/es/psoas.html');
  });

  it('answers nothing for pages not drawn, in that language, or with a query', () => {
    const find = prerenderedPages(webDir);
    expect(find(request('/psoas', 'en'))).toBeUndefined();
    expect(find(request('/assessment'))).toBeUndefined();
    expect(find(request('/?utm=x'))).toBeUndefined();
    expect(find(request('/exercises?purpose=stretch'))).toBeUndefined();
  });

  it('never reaches a file outside the pre-rendered pages', () => {
    const find = prerenderedPages(webDir);
    for (const url of ['/../secret', '/../../secret', '/%2e%2e/secret', '/en/../../secret', '//secret']) {
      expect(find(request(url))).toBeUndefined();
    }
  });

  it('answers nothing when the build drew no pages (e.g. the server alone in development)', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-no-prerender-'));
    try {
      expect(prerenderedPages(empty)(request('/'))).toBeUndefined();
    } finally {
      await fs.rm(empty, { recursive: true, force: true });
    }
  });
});

describe('pageLanguage', () => {
  it('falls back to English for a language we do not speak or a cookie we did not set', () => {
    expect(pageLanguage(request('/', 'fr', 'de-DE'))).toBe('en');
    expect(pageLanguage(request('/', '<script>', undefined))).toBe('en');
  });
});
