import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { EXERCISE_IDS } from '../../src/domain/content/index.js';
import { DESKTOP, newPage, PHONE, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const listedIds = (page: Page) =>
  page
    .locator('[data-exercise-id]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-exercise-id')));

describe('education pages and exercise library', () => {
  it('filters the library by purpose, equipment and position, and searches it', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/exercises');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Exercises');
    expect(await listedIds(page)).toEqual([...EXERCISE_IDS]);

    await page.getByLabel('Purpose').selectOption('release');
    expect(await listedIds(page)).toEqual(['foam-roll-tfl', 'foam-roll-adductors']);
    await expect(page.getByTestId('result-count').textContent()).resolves.toBe('2 exercises');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Equipment').selectOption('exercise-ball');
    expect(await listedIds(page)).toEqual(['ball-backbend', 'ball-bridge', 'ball-sit-up']);
    await page.getByLabel('Purpose').selectOption('strengthen');
    expect(await listedIds(page)).toEqual(['ball-bridge', 'ball-sit-up']);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Position').selectOption('side-lying');
    expect(await listedIds(page)).toEqual([
      'clamshell',
      'foam-roll-tfl',
      'side-lying-hip-flexor-stretch',
      'side-lying-leg-lift',
    ]);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search').fill('bridge');
    expect(await listedIds(page)).toEqual(['bridge', 'ball-bridge', 'incline-bridge']);
    await page.getByLabel('Search').fill('handstand');
    expect(await listedIds(page)).toEqual([]);
    await expect(page.getByTestId('result-count').textContent()).resolves.toMatch(/No exercise matches/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The library follows the language switch, search included.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ejercicios');
    await page.getByLabel('Buscar').fill('puente');
    expect(await listedIds(page)).toEqual(['bridge', 'ball-bridge', 'incline-bridge']);
    await context.close();
  });

  it('opens each exercise from the library with its figure, dosage and sources', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/exercises');
    await page.getByRole('link', { name: 'Kneeling lunge (hip flexor stretch)' }).click();
    await page.waitForURL('**/exercises/kneeling-lunge');
    await expect(page.getByTestId('dosage').textContent()).resolves.toBe('Hold 30 s · 3 times · each side');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    for (const id of EXERCISE_IDS) {
      await page.goto(`/exercises/${id}`);
      const figure = page.locator('svg[data-testid="exercise-figure"]');
      await figure.waitFor({ state: 'visible' });
      const box = await figure.boundingBox();
      expect(box?.width ?? 0, id).toBeGreaterThan(100);
      expect(await page.getByRole('heading', { level: 2, name: 'How to do it' }).count(), id).toBe(1);
      expect(await page.locator('.source-links cite').count(), id).toBeGreaterThan(0);
    }

    const res = await page.goto('/exercises/handstand');
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Exercise not found');
    await context.close();
  });

  it('changes the pelvic tilt drawn on "Your psoas" when the slider moves', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/psoas');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Your psoas');
    const slider = page.locator('input[type="range"]').first();
    await slider.waitFor();
    // The slider's own figure (the page has other, still figures of the body).
    const svg = page.getByTestId('pelvis-tilt-figure');
    const tilt = async () => Number(await svg.getAttribute('data-pelvis-tilt'));

    await slider.fill(String(await slider.getAttribute('min')));
    const relaxed = await tilt();
    await slider.fill(String(await slider.getAttribute('max')));
    const shortened = await tilt();
    expect(Number.isFinite(relaxed) && Number.isFinite(shortened)).toBe(true);
    // A shorter psoas tips the pelvis further forward (anterior tilt positive).
    expect(shortened).toBeGreaterThan(relaxed);

    // Keyboard users can move it too.
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await tilt()).toBe(relaxed);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it.for<[string, string, string]>([
    ['/conditions', 'Conditions and symptoms', 'Afecciones y síntomas'],
    ['/treatments', 'Treatments', 'Tratamientos'],
    ['/sources', 'Sources', 'Fuentes'],
  ])(
    'renders %s in both languages without serious accessibility problems',
    async ([path, en, es], { app, browser }) => {
      const { context, page } = await newPage(browser, app.url, DESKTOP);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(en);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Español' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(es);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it('tells the reader plainly that the guideline advises against acupuncture', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/treatments');
    const card = page.locator('[data-treatment-id="acupuncture"]');
    await expect(card.getByTestId('verdict').textContent()).resolves.toBe('Guideline: advises against it');
    await expect(card.textContent()).resolves.toMatch(/NICE NG59 recommends not offering acupuncture/);
    await context.close();
  });

  it('lists the five articles on the sources page, linked from each item', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/exercises/supine-leg-lift');
    await page.getByRole('link', { name: 'A Weak Psoas Muscle Could Be The Basis For Back Pain' }).click();
    await page.waitForURL('**/sources#jimenez-weak-psoas');
    // The sources page loads lazily: wait for it to render before counting.
    await expect.poll(() => page.locator('[data-testid="source-list"] > li').count()).toBe(5);
    await context.close();
  });

  it.for(['/psoas', '/exercises', '/exercises/thomas-stretch', '/conditions', '/treatments', '/sources'])(
    'fits a 360 px phone without sideways scrolling: %s',
    async (path, { app, browser }) => {
      const { context, page } = await newPage(browser, app.url, PHONE);
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await context.close();
    },
  );
});
