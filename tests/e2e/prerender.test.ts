import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { DESKTOP, newPage, PHONE, screenshotDir } from './support/browser.js';
import { it } from './support/fixtures.js';

// The public pages arrive drawn (scripts/prerender.mjs), so a phone paints them before any
// JavaScript has run; the app then takes them over (hydration) without redrawing.
describe('pre-rendered public pages', () => {
  it('show their content, styled, in the reader’s language with JavaScript off', async ({ app, browser }) => {
    const context = await browser.newContext({
      ...PHONE,
      baseURL: app.url,
      javaScriptEnabled: false,
      extraHTTPHeaders: { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' },
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/dolor lumbar/i);
    expect(await page.getAttribute('html', 'lang')).toBe('es');

    // The choice made in the app (cookie) wins over the browser's languages.
    await context.addCookies([{ name: 'psoas_lang', value: 'en', url: app.url }]);
    await page.goto('/exercises/bridge');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bridge');
    // The page's own stylesheet is linked in its head, not left for its JavaScript chunk to add.
    const sheets = await page.evaluate(() => document.styleSheets.length);
    expect(sheets).toBeGreaterThan(1);
    await context.close();
  });

  // Under heavy load React logged a recoverable text mismatch (#418) on this walk in 2 of 3 full
  // runs after the 2026-12-07 merges, never alone. The wait below was the likely gap (it trusted a
  // fiber-tagged heading); until full runs prove it, the test keeps its retries and each error
  // names the page it came from.
  it('are taken over by the app without a mismatch, and stay interactive', { retry: 2 }, async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${new URL(page.url()).pathname}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${new URL(page.url()).pathname}: ${e.message}`));
    const first = await page.goto('/psoas');
    expect(await first?.text()).toContain('data-path="/psoas"');
    // Wait until React has committed the page (App marks the root): a language switch pressed
    // before that makes React redraw the not-yet-hydrated part and log a recoverable mismatch.
    // A heading tagged with its fiber is not enough: React tags nodes during a render it may
    // still abandon (seen: a tagged heading while the pelvis demo's slider was not yet taken over).
    await page.waitForSelector('#root[data-live]', { state: 'attached' });
    // Hydrated: React's client takes events (the language switch re-renders the page).
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('es');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Your psoas');
    // The choice reaches the server: the next page arrives already in Spanish.
    const next = await page.goto('/exercises');
    expect(await next?.text()).toContain('data-lang="es"');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ejercicios');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('look the same before and after the JavaScript runs (home, phone and desktop, en and es)', async ({
    app,
    browser,
  }) => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    for (const [device, name] of [
      [PHONE, 'phone'],
      [DESKTOP, 'desktop'],
    ] as const) {
      for (const lang of ['en', 'es']) {
        const shots: Buffer[] = [];
        for (const javaScriptEnabled of [false, true]) {
          const context = await browser.newContext({ ...device, baseURL: app.url, javaScriptEnabled });
          await context.addCookies([{ name: 'psoas_lang', value: lang, url: app.url }]);
          const page = await context.newPage();
          await page.goto('/');
          await page.waitForLoadState('networkidle');
          const file = path.join(
            screenshotDir,
            `home-${javaScriptEnabled ? 'app' : 'prerendered'}-${name}-${lang}.png`,
          );
          shots.push(await page.screenshot({ path: file, fullPage: true }));
          await context.close();
        }
        expect(shots[0]!.equals(shots[1]!), `home ${name} ${lang}: pre-rendered and app differ`).toBe(true);
      }
    }
  });
});
