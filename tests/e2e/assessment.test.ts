import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  type ActivityRating,
  type Answers,
  ITEMS,
  isVisible,
  SECTIONS,
  type Section,
} from '../../src/domain/assessment/index.js';
import { VIGNETTES } from '../../src/domain/assessment/vignettes/index.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const vignette = (id: string) => VIGNETTES.find((v) => v.id === id)!;

/** The screens this person sees: sections whose questions are all hidden are skipped. */
const stepsFor = (answers: Answers): Section[] =>
  SECTIONS.filter((s) => ITEMS.some((i) => i.section === s.id && isVisible(i, answers)));

/** Answers every screen before `sectionId`, pressing Next after each. */
async function answerUpTo(page: Page, answers: Answers, sectionId: string): Promise<void> {
  for (const section of stepsFor(answers)) {
    if (section.id === sectionId) return;
    await fillSection(page, section.id, answers);
    await page.getByRole('button', { name: 'Next' }).click();
  }
}

/** Answers one screen the way a person would: clicking radios and boxes, typing numbers. */
async function fillSection(page: Page, sectionId: string, answers: Answers): Promise<void> {
  for (const item of ITEMS.filter((i) => i.section === sectionId)) {
    const value = answers[item.id];
    if (value === undefined) continue;
    const box = page.locator(`#item-${item.id}`);
    switch (item.type) {
      case 'yes-no':
      case 'scale':
      case 'single':
        await box.locator(`input[value="${String(value)}"]`).check();
        break;
      case 'multi':
        for (const v of value as string[]) await box.locator(`input[value="${v}"]`).check();
        break;
      case 'number':
        await page.locator(`#input-${item.id}`).fill(String(value));
        break;
      case 'activities': {
        const rows = value as ActivityRating[];
        for (const [i, row] of rows.entries()) {
          if (i > 0) await box.getByRole('button', { name: 'Add an activity' }).click();
          const li = box.locator('li').nth(i);
          await li.locator('input[type="text"]').fill(row.activity);
          await li.locator('select').selectOption(String(row.score));
        }
        break;
      }
    }
  }
}

/** Walking every screen, each checked with axe, takes far longer than one screen on a busy machine. */
const LONG = { timeout: 240_000 };

async function noHorizontalScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('self-assessment in the browser', () => {
  it(
    'takes the desk worker through every screen to a printable self-care result, accessible at each step',
    LONG,
    async ({ app, browser }) => {
      const { context, page } = await newPage(browser, app.url, DESKTOP);
      const { answers } = vignette('desk-worker-supine');
      const steps = stepsFor(answers);
      await page.goto('/assessment');
      for (const [i, section] of steps.entries()) {
        // The total grows once the inflammatory follow-ups are asked (back pain began before 45).
        await expect(page.locator('#progress-text').textContent()).resolves.toContain(
          i < 4 ? `Step ${i + 1} of 14` : `Step ${i + 1} of ${steps.length}`,
        );
        // A phone shows one screen at a time: none asks more than six questions.
        await expect(page.locator('.item').count()).resolves.toBeLessThanOrEqual(6);
        await fillSection(page, section.id, answers);
        await expect(page.locator('.item').count()).resolves.toBeLessThanOrEqual(6);
        expect(await seriousAccessibilityViolations(page), section.id).toEqual([]);
        await page.getByRole('button', { name: i === steps.length - 1 ? 'See my result' : 'Next' }).click();
      }
      await page.waitForURL(/\/assessment\/result\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'Your self-assessment result' }).waitFor();
      await page.getByText('Likely involved').waitFor();
      await expect(page.getByText('Short and tight').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByTestId('programme-link').isVisible()).resolves.toBe(true);
      // Explanations name the answers behind them: 9 hours of sitting and a tight lunge test.
      const why = page.locator('.why');
      await expect(why.getByText('Hours sitting a day:').count()).resolves.toBeGreaterThan(0);
      await expect(why.textContent()).resolves.toContain('9 hours a day');
      await expect(why.textContent()).resolves.toContain('Lunge test: It felt tight');
      await expect(page.getByText('This is self-care support, not a diagnosis.').isVisible()).resolves.toBe(
        true,
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Printing drops the navigation and the buttons, keeps the result.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('programme-link').isVisible()).resolves.toBe(false);
      await expect(page.getByText('Likely involved').isVisible()).resolves.toBe(true);
      await page.emulateMedia({ media: 'screen' });

      // The FHIR export is reachable from the page with the same identity.
      const href = await page.getByRole('link', { name: /FHIR/ }).getAttribute('href');
      const fhir = await page.request.get(href!);
      expect(fhir.status()).toBe(200);
      expect((await fhir.json()).resourceType).toBe('Bundle');
      await context.close();
    },
  );

  it('stops at the first screen on saddle numbness, saves, and never offers a programme', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, PHONE);
    await page.goto('/assessment');
    await page.locator('#input-age').fill('45');
    await expect(page.locator('.stop-notice').count()).resolves.toBe(0);
    await page.locator('#item-rf-saddle-numbness input[value="true"]').check();
    const alert = page.locator('.stop-notice');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/emergency department now/i);
    await expect(page.getByRole('button', { name: 'Next' }).count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Save my answers and show what to do' }).click();
    await page.waitForURL(/\/assessment\/result\//);
    await page.getByRole('heading', { name: 'What to do' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toMatch(/emergency department now/i);
    await expect(page.getByTestId('programme-link').count()).resolves.toBe(0);
    await expect(page.getByText('An exercise programme is not offered').isVisible()).resolves.toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('keeps answers going back and forward and after a reload, on a 360 px phone', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, PHONE);
    const { answers } = vignette('runner-front-hip');
    const steps = stepsFor(answers);
    const painStep = `Step ${steps.findIndex((s) => s.id === 'pain') + 1} of ${steps.length}`;
    await page.goto('/assessment');
    await answerUpTo(page, answers, 'pain');
    await fillSection(page, 'pain', answers);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('#item-pregnant input[value="false"]').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#item-pain-areas input[value="groin"]').isChecked()).resolves.toBe(true);

    await page.reload();
    await page.getByText('We restored the answers you had not finished.').waitFor();
    await expect(page.locator('#progress-text').textContent()).resolves.toContain(painStep);
    await expect(page.locator('#item-pain-now input[value="3"]').isChecked()).resolves.toBe(true);

    // A missing answer is named, not silently skipped.
    await page.locator('#item-pain-areas input[value="groin"]').uncheck();
    await page.locator('#item-pain-areas input[value="front-hip"]').uncheck();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.error-summary').getByText('Where it hurts').waitFor();
    await expect(page.locator('#progress-text').textContent()).resolves.toContain(painStep);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows a self-test with its guidance and the four answers, by keyboard', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    const { answers } = vignette('runner-front-hip');
    await page.goto('/assessment');
    await answerUpTo(page, answers, 'self-tests');
    await page.getByRole('heading', { name: 'Three stretch tests' }).waitFor();
    const lunge = page.locator('#item-test-lunge');
    // The figure area's component when the build has it, else the written fallback.
    const figureBuilt = fs.existsSync(
      path.resolve(import.meta.dirname, '../../src/web/components/figure/ExerciseFigure.tsx'),
    );
    if (figureBuilt) await lunge.getByRole('img', { name: 'Lunge test' }).waitFor();
    else await lunge.getByText('The moving picture for this test is not available').waitFor();
    await expect(lunge.locator('input[type="radio"]').count()).resolves.toBe(4);
    await lunge.locator('input[value="tight"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(lunge.locator('input[value="comfortable"]').isChecked()).resolves.toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('completes the first screen by keyboard only: Tab to each question, arrows and Space to answer, Enter to go on', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, PHONE);
    await page.goto('/assessment');
    await page.getByRole('heading', { name: 'Warning signs first' }).waitFor();
    await page.locator('#input-age').focus();
    await page.keyboard.type('40');
    const yesNo = ['rf-bladder', 'rf-bowel', 'rf-saddle-numbness', 'rf-both-legs', 'rf-sexual-dysfunction'];
    for (const id of yesNo) {
      await page.keyboard.press('Tab');
      // Tab lands on the question's first answer ("Yes"), with a strong ring around it.
      await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe(id);
      const ring = await page
        .locator(`#item-${id} .choice`)
        .first()
        .evaluate((el) => getComputedStyle(el).outlineWidth);
      expect(ring).toBe('3px');
      // The arrow moves to "No" and chooses it; Space on it keeps it chosen.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await expect(page.locator(`#item-${id} input[value="false"]`).isChecked()).resolves.toBe(true);
      await expect(page.locator(`#item-${id} input[value="true"]`).isChecked()).resolves.toBe(false);
    }
    await expect(page.locator('.stop-notice').count()).resolves.toBe(0);
    await page
      .locator('#item-rf-sexual-dysfunction')
      .screenshot({ path: path.join(screenshotDir, 'assessment-keyboard-focus-phone-en.png') });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Warning signs: legs and injuries' }).waitFor();
    await expect(page.locator('#progress-text').textContent()).resolves.toContain('Step 2 of');
    await context.close();
  });

  it('speaks Spanish: questions, answers and the stop message', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/assessment');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Autoevaluación' }).waitFor();
    await page.getByRole('heading', { name: 'Primero, señales de alarma' }).waitFor();
    await page.getByText('¿Has perdido el control del intestino?').waitFor();
    await page.locator('#item-rf-bowel input[value="true"]').check();
    await expect(page.locator('.stop-notice').textContent()).resolves.toContain('urgencias');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

type Lang = 'en' | 'es';
const DEVICES = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;
const NEXT: Record<Lang, string> = { en: 'Next', es: 'Siguiente' };
const FINISH: Record<Lang, string> = { en: 'See my result', es: 'Ver mi resultado' };

async function openIn(browser: Browser, baseURL: string, device: typeof PHONE | typeof DESKTOP, lang: Lang) {
  const context = await browser.newContext({ ...device, baseURL, locale: lang === 'en' ? 'en-GB' : 'es-ES' });
  const page = await context.newPage();
  return { context, page };
}

async function inLanguage(page: Page, lang: Lang) {
  if (lang === 'es') {
    const spanish = page.getByRole('button', { name: 'Español' });
    if (await spanish.count()) await spanish.click();
    await page.getByRole('heading', { level: 1, name: 'Autoevaluación' }).waitFor();
  }
}

const shot = (name: string) => path.join(screenshotDir, `${name}.png`);

describe('the questions and advice of scoring 2.0.0', () => {
  // A mother four weeks after birth who also ticks a belly ache: every new screen shows its
  // new questions (post-partum follow-ups, the belly follow-up, leg nerve signs, strength checks).
  const afterBirth = vignette('postpartum-four-weeks').answers;
  const answers: Answers = {
    ...afterBirth,
    'pain-areas': ['lower-back', 'buttock', 'abdomen'],
    'belly-signs': ['none'],
  };
  const NEW_SCREENS = ['red-flags-injury', 'red-flags-infection', 'pregnancy', 'symptoms', 'strength-tests'];

  for (const [deviceName, device] of DEVICES) {
    for (const lang of ['en', 'es'] as const) {
      it(
        `walks the new screens to the post-partum and belly advice (${deviceName}, ${lang})`,
        LONG,
        async ({ app, browser }) => {
          const { context, page } = await openIn(browser, app.url, device, lang);
          await page.goto('/assessment');
          await inLanguage(page, lang);
          const steps = stepsFor(answers);
          for (const [i, section] of steps.entries()) {
            await page.getByRole('heading', { level: 2, name: section.title[lang] }).waitFor();
            await fillSection(page, section.id, answers);
            await expect(page.locator('.item').count()).resolves.toBeLessThanOrEqual(6);
            if (NEW_SCREENS.includes(section.id)) {
              expect(await seriousAccessibilityViolations(page), section.id).toEqual([]);
              if (deviceName === 'phone') expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
              await page.screenshot({
                path: shot(`assessment-${section.id}-${deviceName}-${lang}`),
                fullPage: true,
              });
            }
            await page
              .getByRole('button', { name: i === steps.length - 1 ? FINISH[lang] : NEXT[lang] })
              .click();
          }
          await page.waitForURL(/\/assessment\/result\/[0-9a-f-]{36}$/);
          const steps2 = page.locator('.next-steps');
          await steps2.waitFor();
          const text = (await steps2.textContent()) ?? '';
          if (lang === 'en') {
            expect(text).toContain('Get cleared by your midwife or doctor first');
            expect(text).toContain('Return to exercise slowly after the birth');
            expect(text).toContain('Keep an eye on the belly symptoms');
            expect(text).toMatch(/blood in your stool/);
          } else {
            expect(text).toContain('Primero, el visto bueno de tu matrona o tu médico');
            expect(text).toContain('Vuelve al ejercicio poco a poco tras el parto');
            expect(text).toContain('Vigila las molestias de la barriga');
          }
          const restrictions =
            (await page.locator('[aria-labelledby="restrictions-title"]').textContent()) ?? '';
          expect(restrictions).toContain(lang === 'en' ? 'No curl-ups, sit-ups' : 'Sin abdominales');
          expect(await seriousAccessibilityViolations(page)).toEqual([]);
          if (deviceName === 'phone') expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
          await page.screenshot({ path: shot(`result-postpartum-belly-${deviceName}-${lang}`) });
          await page
            .locator('section[aria-labelledby="steps-title"]')
            .screenshot({ path: shot(`result-postpartum-belly-steps-${deviceName}-${lang}`) });
          await context.close();
        },
      );

      it(
        `shows the sciatica and pregnancy advice in the result (${deviceName}, ${lang})`,
        LONG,
        async ({ app, browser }) => {
          const { context, page } = await openIn(browser, app.url, device, lang);
          await page.goto('/assessment');
          await inLanguage(page, lang);
          for (const [id, expected] of [
            [
              'sciatica-below-knee',
              { en: 'Signs of an irritated nerve', es: 'Señales de un nervio irritado' },
            ],
            ['pregnant-desk-worker', { en: 'Know when to stop exercising', es: 'Cuándo dejar el ejercicio' }],
          ] as const) {
            const created = await page.request.post('/api/assessments', {
              data: { language: lang, answers: vignette(id).answers },
            });
            expect(created.status()).toBe(201);
            await page.goto(`/assessment/result/${(await created.json()).id}`);
            const steps = page.locator('#steps-title').locator('..');
            await steps.getByText(expected[lang]).first().waitFor();
            if (id === 'pregnant-desk-worker')
              await expect(steps.textContent()).resolves.toMatch(lang === 'en' ? /calf/ : /pantorrilla/);
            else
              await expect(steps.textContent()).resolves.toMatch(
                lang === 'en' ? /doctor or physiotherapist assess/ : /médico o un fisioterapeuta valore/,
              );
            await expect(page.getByTestId('programme-link').isVisible()).resolves.toBe(true);
            expect(await seriousAccessibilityViolations(page)).toEqual([]);
            await page.screenshot({ path: shot(`result-${id}-${deviceName}-${lang}`) });
            await page
              .locator('section[aria-labelledby="steps-title"]')
              .screenshot({ path: shot(`result-${id}-steps-${deviceName}-${lang}`) });
          }
          await context.close();
        },
      );
    }
  }
});
