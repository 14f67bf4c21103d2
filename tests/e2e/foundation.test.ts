import { describe, expect } from 'vitest';
import { cleanDataDir, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

describe('the running app', () => {
  it('renders the home page in English and switches to Spanish, remembering the choice', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/low back pain/i);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/dolor lumbar/i);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/dolor lumbar/i);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('works on a 360 px phone: no horizontal scrolling, menu opens from the keyboard', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, PHONE);
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Home' }).isVisible()).resolves.toBe(
      true,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a keyboard user skip to the content', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/');
    // React renders after the load event: a person cannot press Tab before the page is there.
    await page.getByRole('link', { name: 'Skip to main content' }).waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to main content');
    await context.close();
  });

  it('serves client routes and a not-found page', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    const res = await page.goto('/no/such/page');
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await context.close();
  });
});

describe('crash safety', () => {
  it('comes back with its data after kill -9, reusing the database left running', async () => {
    const first = await startApp();
    const dataDir = first.dataDir;
    try {
      const created = await fetch(`${first.url}/api/me`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ language: 'es' }),
      });
      expect(created.status).toBe(200);
      const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
      const { id } = (await created.json()) as { id: string };

      await first.kill();
      const second = await startApp({ dataDir });
      try {
        const me = await fetch(`${second.url}/api/me`, { headers: { cookie } });
        expect(me.status).toBe(200);
        expect(await me.json()).toMatchObject({ id, language: 'es' });
      } finally {
        await second.stop();
      }
      // A clean stop also stops the database: a third start must start (not adopt) one.
      const third = await startApp({ dataDir, env: { LOG_LEVEL: 'info' } });
      try {
        expect(third.output()).toContain('embedded PostgreSQL started');
        const me = await fetch(`${third.url}/api/me`, { headers: { cookie } });
        expect(me.status).toBe(200);
      } finally {
        await third.stop();
      }
    } finally {
      await cleanDataDir(dataDir);
    }
    // Three cold starts of the app and its database, beside the other browser tests.
  }, 180_000);
});
