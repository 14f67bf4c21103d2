import path from 'node:path';
import { describe, expect } from 'vitest';
import { exercises } from '../../src/domain/content/exercises/index.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const DEVICES = [
  [PHONE, 'phone'],
  [DESKTOP, 'desktop'],
] as const;

describe('/psoas: short, with pictures doing the work', () => {
  for (const [device, deviceName] of DEVICES) {
    for (const lang of ['en', 'es'] as const) {
      it(`three pictures with their sentences, the rest folded, sources last (${deviceName}, ${lang})`, async ({
        app,
        browser,
      }) => {
        const { context, page } = await newPage(browser, app.url, device);
        await context.addCookies([{ name: 'psoas_lang', value: lang, url: app.url }]);
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto('/psoas');
        await page.waitForFunction(() => {
          const heading = document.querySelector('main h1');
          return heading !== null && Object.keys(heading).some((k) => k.startsWith('__reactFiber'));
        });

        // The pictures: the psoas on a body, the pelvic tilt, sitting against standing; each named.
        for (const id of ['psoas-body-figure', 'pelvis-tilt-figure', 'sitting-figure', 'standing-figure']) {
          const figure = page.getByTestId(id);
          await expect(figure.isVisible(), id).resolves.toBe(true);
          await expect(figure.getAttribute('role')).resolves.toBe('img');
          const name = await figure.evaluate((el) => el.querySelector('title')?.textContent ?? '');
          expect(name.length, id).toBeGreaterThan(20);
        }
        // The psoas is drawn on the body picture.
        expect(await page.getByTestId('psoas-body-figure').locator('.psoas').count()).toBeGreaterThan(0);

        // Deeper text is folded; the sources close the page.
        const folded = page.locator('details.more');
        expect(await folded.count()).toBeGreaterThanOrEqual(5);
        for (const open of await folded.evaluateAll((els) => els.map((e) => (e as HTMLDetailsElement).open)))
          expect(open).toBe(false);
        const lastBlock = await page.locator('main .page > *').last().getAttribute('class');
        expect(lastBlock).toBe('page-sources');

        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (deviceName === 'phone') {
          // Was 16,500 px; aim well under 5,000 at 360 wide.
          expect(height).toBeLessThan(4000);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
          ).toBeLessThanOrEqual(0);
        }
        // A folded topic opens with a tap.
        await folded.first().locator('summary').click();
        await expect(folded.first().evaluate((e) => (e as HTMLDetailsElement).open)).resolves.toBe(true);
        await folded.first().locator('summary').click();

        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({
          path: path.join(screenshotDir, `psoas-${deviceName}-${lang}.png`),
          fullPage: true,
        });
        expect(errors).toEqual([]);
        await context.close();
      }, 120_000);
    }
  }
});

describe('exercise library thumbnails', () => {
  for (const [device, deviceName] of DEVICES) {
    for (const lang of ['en', 'es'] as const) {
      it(`every exercise has a still picture of its position, named for it (${deviceName}, ${lang})`, async ({
        app,
        browser,
      }) => {
        const { context, page } = await newPage(browser, app.url, device);
        await context.addCookies([{ name: 'psoas_lang', value: lang, url: app.url }]);
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        const response = await page.goto('/exercises');
        // Drawn at build time: the pictures are in the HTML before any script runs.
        const html = (await response?.text()) ?? '';
        expect(html.match(/data-testid="exercise-thumb"/g)?.length).toBe(exercises.length);

        const cards = page.getByTestId('exercise-list').locator('> li');
        await expect(cards.count()).resolves.toBe(exercises.length);
        for (const e of exercises) {
          const thumb = page.locator(`li[data-exercise-id="${e.id}"] [data-testid="exercise-thumb"]`);
          await expect(thumb.getAttribute('role')).resolves.toBe('img');
          const name = await thumb.evaluate((el) => el.querySelector('title')?.textContent ?? '');
          expect(name).toContain(e.name[lang]);
        }
        // Still pictures, not animations: no canvas and nothing redrawn over time.
        expect(await page.locator('canvas').count()).toBe(0);
        const first = page.getByTestId('exercise-thumb').first();
        await expect(first.isVisible()).resolves.toBe(true);
        // Small: about 7 rem tall (once the page's style sheet has applied).
        await expect.poll(async () => (await first.boundingBox())!.height).toBeLessThanOrEqual(130);

        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({
          path: path.join(screenshotDir, `exercise-library-${deviceName}-${lang}.png`),
        });
        expect(errors).toEqual([]);
        await context.close();
      }, 120_000);
    }
  }
});
