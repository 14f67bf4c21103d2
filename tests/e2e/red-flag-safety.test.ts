import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { ITEM_BY_ID, ITEMS, SECTIONS } from '../../src/domain/assessment/index.js';
import { DESKTOP, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

type Device = typeof PHONE | typeof DESKTOP;

/** Texts of the self-care result that must never sit next to an emergency or urgent warning. */
const SELF_CARE_TEXTS = [
  /Is the psoas involved/i,
  /Psoas involvement/i,
  /Likely involved|Possibly involved|Unlikely to be the main cause/i,
  /Tight or weak/i,
  /Obstacles to recovery/i,
  /good chance of working/i,
  /Build my exercise programme/i,
  /¿Está implicado el psoas\?/i,
  /Obstáculos para la recuperación/i,
  /Crear mi programa/i,
];

async function open(browser: Browser, baseURL: string, device: Device, locale: string, options = {}) {
  const context = await browser.newContext({ ...device, baseURL, locale, ...options });
  const page = await context.newPage();
  return { context, page };
}

/** The element's box relative to the viewport; the test asserts it lies on the screen. */
async function box(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: window.innerHeight };
  });
}

async function expectTopOnScreen(page: Page, selector: string) {
  // A smooth scroll takes a moment; the reduced-motion case below checks it is immediate.
  await expect
    .poll(async () => {
      const b = await box(page, selector);
      return b.top >= 0 && b.top < b.height - 200;
    })
    .toBe(true);
}

async function activeId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

async function startAssessment(page: Page, lang: 'en' | 'es') {
  await page.goto('/assessment');
  if (lang === 'es') {
    const spanish = page.getByRole('button', { name: 'Español' });
    if (await spanish.count()) await spanish.click();
    await page.getByRole('heading', { name: 'Autoevaluación' }).waitFor();
  }
  await page.locator('#input-age').fill('45');
}

/** From the first screen, answers "no" on every warning-sign screen before the one asking `itemId`. */
async function goToScreenOf(page: Page, itemId: string, lang: 'en' | 'es') {
  const target = ITEM_BY_ID.get(itemId)!.section;
  for (const [i, section] of SECTIONS.entries()) {
    if (section.id === target) return;
    for (const item of ITEMS.filter((it) => it.section === section.id && !it.showIf && it.type === 'yes-no'))
      await page.locator(`#item-${item.id} input[value="false"]`).check();
    await page.getByRole('button', { name: lang === 'en' ? 'Next' : 'Siguiente' }).click();
    await page.getByRole('heading', { name: SECTIONS[i + 1]!.title[lang] }).waitFor();
  }
}

async function expectNoSelfCareTexts(page: Page) {
  const text = (await page.locator('main').textContent()) ?? '';
  for (const re of SELF_CARE_TEXTS) expect(text, String(re)).not.toMatch(re);
  await expect(page.getByTestId('programme-link').count()).resolves.toBe(0);
}

describe('red-flag safety: the warning is seen and says what to do', () => {
  it('on a phone, an infection sign "yes" far down the page brings the warning on screen, focused, with a way back to it', async ({
    app,
    browser,
  }) => {
    const { context, page } = await open(browser, app.url, PHONE, 'en-CA');
    await startAssessment(page, 'en');
    await goToScreenOf(page, 'rf-recent-infection', 'en');
    const infection = page.locator('#item-rf-recent-infection input[value="true"]');
    await infection.scrollIntoViewIfNeeded();
    // The answer sits well below the place where the warning will appear.
    await infection.check();
    const notice = page.locator('#stop-notice');
    await notice.waitFor();
    await expect(notice.getAttribute('role')).resolves.toBe('alert');
    await expect(notice.getAttribute('tabindex')).resolves.toBe('-1');
    await expect.poll(() => activeId(page)).toBe('stop-notice');
    await expectTopOnScreen(page, '#stop-notice');
    const b = await box(page, '#stop-notice');
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.top).toBeLessThanOrEqual(740);
    await expect(notice.textContent()).resolves.toMatch(/See a doctor today/);
    // Canada: 811 health line first for an urgent sign, 911 as the fallback.
    await expect(notice.locator('a[href="tel:811"]').count()).resolves.toBe(1);
    await expect(notice.locator('a[href="tel:911"]').count()).resolves.toBe(1);

    // Where "Next" was, a pointer leads back to the warning: no dead end.
    await expect(page.getByRole('button', { name: 'Next' }).count()).resolves.toBe(0);
    const pointer = page.getByTestId('see-what-to-do');
    await pointer.scrollIntoViewIfNeeded();
    await page.locator('#stop-notice').evaluate((el) => (el as HTMLElement).blur());
    await pointer.click();
    await expect.poll(() => activeId(page)).toBe('stop-notice');
    await expectTopOnScreen(page, '#stop-notice');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('with reduced motion the warning is on screen at once, and an emergency sign puts the call first', async ({
    app,
    browser,
  }) => {
    const { context, page } = await open(browser, app.url, PHONE, 'en-CA', { reducedMotion: 'reduce' });
    await startAssessment(page, 'en');
    await goToScreenOf(page, 'rf-major-trauma', 'en');
    const trauma = page.locator('#item-rf-major-trauma input[value="true"]');
    await trauma.scrollIntoViewIfNeeded();
    await trauma.check();
    await page.locator('#stop-notice').waitFor();
    await expect.poll(() => activeId(page)).toBe('stop-notice');
    const b = await box(page, '#stop-notice');
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.top).toBeLessThan(40);
    const call = page.locator('#stop-notice a[href="tel:911"]');
    await expect(call.textContent()).resolves.toBe('Call 911 now');
    const c = await call.boundingBox();
    expect(c!.y).toBeGreaterThanOrEqual(0);
    expect(c!.y + c!.height).toBeLessThanOrEqual(740);
    await page.screenshot({ path: path.join(screenshotDir, 'redflag-stop-phone-en.png') });

    await page.getByRole('button', { name: 'Save my answers and show what to do' }).click();
    await page.waitForURL(/\/assessment\/result\//);
    await page.getByRole('heading', { name: 'What to do: get emergency care now' }).waitFor();
    const resultCall = page.locator('[data-testid="result-stop"] a[href="tel:911"]');
    const rc = await resultCall.boundingBox();
    expect(rc!.y).toBeGreaterThanOrEqual(0);
    expect(rc!.y + rc!.height).toBeLessThanOrEqual(740);
    await expect(page.locator('a[href="tel:811"]').count()).resolves.toBe(1);
    await expectNoSelfCareTexts(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'emergency-result-phone-en.png') });
    await context.close();
  });

  it('in Spanish on a phone in Spain: 112, no invented health line, nothing reassuring', async ({
    app,
    browser,
  }) => {
    const { context, page } = await open(browser, app.url, PHONE, 'es-ES', { reducedMotion: 'reduce' });
    await startAssessment(page, 'es');
    await goToScreenOf(page, 'rf-major-trauma', 'es');
    const trauma = page.locator('#item-rf-major-trauma input[value="true"]');
    await trauma.scrollIntoViewIfNeeded();
    await trauma.check();
    const notice = page.locator('#stop-notice');
    await notice.waitFor();
    await expect.poll(() => activeId(page)).toBe('stop-notice');
    await expect(notice.textContent()).resolves.toContain('urgencias');
    await expect(notice.locator('a[href="tel:112"]').textContent()).resolves.toBe('Llama al 112 ahora');
    await expect(notice.locator('a[href^="tel:"]').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(screenshotDir, 'redflag-stop-phone-es.png') });

    await page.getByRole('button', { name: 'Guardar mis respuestas y ver qué hacer' }).click();
    await page.waitForURL(/\/assessment\/result\//);
    const call = page.locator('[data-testid="result-stop"] a[href="tel:112"]');
    await call.waitFor();
    const c = await call.boundingBox();
    expect(c!.y + c!.height).toBeLessThanOrEqual(740);
    await expectNoSelfCareTexts(page);
    await page.screenshot({ path: path.join(screenshotDir, 'emergency-result-phone-es.png') });
    await context.close();
  });

  it('an unknown country shows 112 and lets the person pick theirs; the UK gets 999 and NHS 111', async ({
    app,
    browser,
  }) => {
    const { context, page } = await open(browser, app.url, PHONE, 'en');
    await startAssessment(page, 'en');
    await page.locator('#item-rf-bladder input[value="true"]').check();
    const notice = page.locator('#stop-notice');
    await notice.waitFor();
    await expect(notice.locator('a[href="tel:112"]').count()).resolves.toBe(1);
    await notice.getByText('We could not tell your country').waitFor();
    await notice.getByLabel('Numbers for:').selectOption('GB');
    await expect(notice.locator('a[href="tel:999"]').textContent()).resolves.toBe('Call 999 now');
    await expect(notice.locator('a[href="tel:111"]').count()).resolves.toBe(1);
    await expect(notice.textContent()).resolves.toContain('112 also works.');
    await expect(notice.getByText('We could not tell your country').count()).resolves.toBe(0);
    await context.close();
  });

  it('on a desktop, in English and Spanish: the warning in view and focused, an emergency result with a call button', async ({
    app,
    browser,
  }) => {
    for (const lang of ['en', 'es'] as const) {
      const { context, page } = await open(browser, app.url, DESKTOP, lang === 'en' ? 'en-US' : 'es-ES');
      await startAssessment(page, lang);
      await goToScreenOf(page, 'rf-major-trauma', lang);
      const trauma = page.locator('#item-rf-major-trauma input[value="true"]');
      await trauma.scrollIntoViewIfNeeded();
      await trauma.check();
      await page.locator('#stop-notice').waitFor();
      await expect.poll(() => activeId(page)).toBe('stop-notice');
      await expectTopOnScreen(page, '#stop-notice');
      const number = lang === 'en' ? '911' : '112';
      await page.locator(`#stop-notice a[href="tel:${number}"]`).waitFor();
      await page.screenshot({ path: path.join(screenshotDir, `redflag-stop-desktop-${lang}.png`) });

      await page
        .getByRole('button', {
          name:
            lang === 'en' ? 'Save my answers and show what to do' : 'Guardar mis respuestas y ver qué hacer',
        })
        .click();
      await page.waitForURL(/\/assessment\/result\//);
      const call = page.locator(`[data-testid="result-stop"] a[href="tel:${number}"]`);
      await call.waitFor();
      const c = await call.boundingBox();
      expect(c!.y).toBeGreaterThanOrEqual(0);
      expect(c!.y + c!.height).toBeLessThanOrEqual(800);
      await expectNoSelfCareTexts(page);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(screenshotDir, `emergency-result-desktop-${lang}.png`) });
      await context.close();
    }
  });

  for (const lang of ['en', 'es'] as const) {
    it(`on a phone (${lang}), "none of these apply" answers a warning-sign screen in two deliberate taps`, async ({
      app,
      browser,
    }) => {
      const { context, page } = await open(browser, app.url, PHONE, lang === 'en' ? 'en-CA' : 'es-ES');
      await startAssessment(page, lang);
      const first = SECTIONS[0]!;
      const yesNo = ITEMS.filter((i) => i.section === first.id && !i.showIf && i.type === 'yes-no');
      const none = page.getByRole('button', {
        name: lang === 'en' ? 'None of these apply to me' : 'Ninguna de estas me pasa',
      });
      await none.scrollIntoViewIfNeeded();
      await none.tap();
      // The confirmation names how many signs are being ruled out, is on screen and has focus.
      const question = page.locator('#none-apply-question');
      await expect.poll(() => activeId(page)).toBe('none-apply-question');
      await expect(question.textContent()).resolves.toContain(String(yesNo.length));
      const b = await box(page, '#none-apply-question');
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(b.height);
      await page.screenshot({ path: path.join(screenshotDir, `assessment-none-apply-phone-${lang}.png`) });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page
        .getByRole('button', { name: lang === 'en' ? 'Yes, none apply' : 'Sí, no me pasa ninguna' })
        .tap();
      await page.getByRole('heading', { level: 2, name: SECTIONS[1]!.title[lang] }).waitFor();
      // Every question of the first screen now reads "No", one tap away from changing it.
      await page.getByRole('button', { name: lang === 'en' ? 'Back' : 'Atrás' }).tap();
      for (const item of yesNo)
        await expect(page.locator(`#item-${item.id} input[value="false"]`).isChecked()).resolves.toBe(true);
      await context.close();
    });
  }
});
