import path from 'node:path';
import { describe, expect } from 'vitest';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const TEXT = {
  en: { privacy: 'Privacy', privacyTitle: 'Privacy: what we keep and why', termsTitle: 'Terms of use' },
  es: {
    privacy: 'Privacidad',
    privacyTitle: 'Privacidad: qué guardamos y por qué',
    termsTitle: 'Condiciones de uso',
  },
};

describe('privacy notice and terms', () => {
  it('are reached from the footer and from sign-up, in English and Spanish, on a phone and a desktop', async ({
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
        await page.goto('/exercises');
        await page
          .locator('.site-footer')
          .getByRole('link', { name: TEXT[lang].privacy, exact: true })
          .click();
        await page.waitForURL(/\/privacy$/);
        await page.getByRole('heading', { level: 1, name: TEXT[lang].privacyTitle }).waitFor();
        // The sections follow once the page knows there is no operator text to show instead.
        await page.locator('.legal-page h2').first().waitFor();
        await expect(page.locator('.legal-page h2').count()).resolves.toBeGreaterThanOrEqual(4);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({
          path: path.join(screenshotDir, `privacy-${deviceName}-${lang}.png`),
          fullPage: true,
        });
        await page.goto('/terms');
        await page.getByRole('heading', { level: 1, name: TEXT[lang].termsTitle }).waitFor();
        await page.locator('.legal-page h2').first().waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({
          path: path.join(screenshotDir, `terms-${deviceName}-${lang}.png`),
          fullPage: true,
        });
        if (lang === 'en' && deviceName === 'phone') {
          // Sign-up names both, as links a finger can reach.
          await page.goto('/account');
          const notice = page.locator('.legal-notice').first();
          await notice.waitFor();
          await expect(notice.textContent()).resolves.toContain(
            'By creating an account you accept the terms',
          );
          await notice.getByRole('link', { name: 'privacy notice' }).click();
          await page.getByRole('heading', { level: 1, name: TEXT.en.privacyTitle }).waitFor();
        }
        await context.close();
      }
    }
  });
});
