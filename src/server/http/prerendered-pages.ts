import fs from 'node:fs';
import path from 'node:path';
import { isLanguage, LANGUAGE_COOKIE, type Language, toLanguage } from '../../domain/i18n.js';

/**
 * The public pages the build drew to HTML (scripts/prerender.mjs), under
 * <webDir>/prerendered/<lang>/<page>.html: '/' is index.html, '/exercises/bridge' is
 * exercises/bridge.html. Listed once at start, so a request can only ever name a file the build
 * wrote (no path from the address reaches the file system).
 */
export function prerenderedPages(webDir: string): (request: PageRequest) => string | undefined {
  const base = path.join(webDir, 'prerendered');
  const files = new Set<string>();
  if (fs.existsSync(base)) {
    for (const entry of fs.readdirSync(base, { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('.html')) files.add(entry.split(path.sep).join('/'));
    }
  }
  return (request) => {
    // An address with a query may show something else (filters): the app draws it itself.
    if (files.size === 0 || request.url.includes('?')) return undefined;
    const page = request.url === '/' ? 'index' : request.url.replace(/^\/+|\/+$/g, '');
    const file = `${pageLanguage(request)}/${page}.html`;
    return files.has(file) ? `prerendered/${file}` : undefined;
  };
}

export interface PageRequest {
  url: string;
  cookies: Record<string, string | undefined>;
  headers: { 'accept-language'?: string | undefined };
}

/** The reader's own choice when they made one, else what their browser asks for. */
export function pageLanguage(request: PageRequest): Language {
  const chosen = request.cookies[LANGUAGE_COOKIE];
  return isLanguage(chosen) ? chosen : toLanguage(request.headers['accept-language']);
}
