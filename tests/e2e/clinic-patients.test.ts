import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const shot = (name: string) => path.join(screenshotDir, `${name}.png`);
const STAFF = { email: 'sofia.herrera@falsecreek.example', password: 'psoas-demo-staff' };

async function inViewport(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const vp = page.viewportSize();
  return (
    !!box &&
    !!vp &&
    box.y >= 0 &&
    box.y + box.height <= vp.height &&
    box.x >= 0 &&
    box.x + box.width <= vp.width
  );
}

describe('"My patients" for practitioners', () => {
  it('lists the flagged demo patient first on a phone and desktop, in English and Spanish', async ({
    app,
    browser,
  }) => {
    for (const [device, deviceName] of [
      [PHONE, 'phone'],
      [DESKTOP, 'desktop'],
    ] as const) {
      for (const lang of ['en', 'es'] as const) {
        const { context, page } = await newPage(browser, app.url, device);
        await context.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
        await page.goto('/');
        expect((await page.request.post('/api/account/signin', { data: STAFF })).status()).toBe(200);
        await page.goto('/clinic/patients');
        const cards = page.locator('.patient-card');
        await cards.first().waitFor();
        const first = cards.first();
        await expect(first.locator('h2').textContent()).resolves.toBe('Marco Flores');
        // Flag in words with its severity word, not colour alone.
        const flag = first.locator('.patient-flag').first();
        await expect(flag.textContent()).resolves.toContain(
          lang === 'en' ? 'Pain up 3 points since the start' : 'Dolor 3 puntos más alto que al inicio',
        );
        await expect(flag.textContent()).resolves.toContain(lang === 'en' ? 'Needs you' : 'Te necesita');
        await expect(first.textContent()).resolves.toContain(lang === 'en' ? '4 → 7, worse' : '4 → 7, peor');
        await expect(cards.nth(1).locator('h2').textContent()).resolves.toBe('Dana Demo');
        // The flagged patient and the action are on the first screen of a phone.
        expect(await inViewport(page, first.locator('h2'))).toBe(true);
        expect(await inViewport(page, flag.getByRole('button'))).toBe(true);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({ path: shot(`clinic-patients-${deviceName}-${lang}`), fullPage: true });
        await context.close();
      }
    }
  });

  it('marks a flag handled by keyboard; the confirmation is in view and has focus', async ({
    app,
    browser,
  }) => {
    const { page } = await newPage(browser, app.url, PHONE);
    await page.goto('/');
    expect((await page.request.post('/api/account/signin', { data: STAFF })).status()).toBe(200);
    // The clinic page leads here.
    await page.goto('/clinic');
    await page.getByRole('link', { name: 'My patients' }).click();
    const marco = page.locator('.patient-card').first();
    await marco.locator('.patient-flag').first().waitFor();
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.textContent?.startsWith('Mark handled') ?? false,
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const notice = marco.getByRole('status');
    await expect.poll(() => notice.textContent()).toContain('Marked handled');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Marco Flores');
    expect(await inViewport(page, notice)).toBe(true);
    await expect(marco.textContent()).resolves.toContain('Nothing needs you.');
    await page.screenshot({ path: shot('clinic-patients-phone-en-handled') });
    // Gone after a reload too: handled on the server.
    await page.reload();
    await page.locator('.patient-card').first().waitFor();
    await expect(page.locator('.patient-flag').count()).resolves.toBe(0);
  });

  it("opens a patient's page with their shared progress", async ({ app, browser }) => {
    const { page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/');
    expect((await page.request.post('/api/account/signin', { data: STAFF })).status()).toBe(200);
    await page.goto('/clinic/patients');
    await page.getByRole('link', { name: 'Dana Demo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dana Demo' }).waitFor();
    await page.getByRole('button', { name: 'Show the shared progress' }).click();
    await page.locator('dl.clinic-assessment').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: shot('clinic-patient-detail-desktop-en'), fullPage: true });
  });
});
