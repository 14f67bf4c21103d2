import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect } from 'vitest';
import { FIGURE_EXERCISE_IDS } from '../../src/domain/figure/index.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

describe('exercise figures', () => {
  beforeAll(async () => {
    fs.mkdirSync(screenshotDir, { recursive: true });
  });

  it('draws every exercise as a labelled picture and saves a screenshot of each hold pose', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, { viewport: { width: 1280, height: 900 } });
    await page.goto('/dev/figures?phase=hold');
    for (const id of FIGURE_EXERCISE_IDS) {
      const item = page.locator(`[data-figure="${id}"]`);
      const svg = item.locator('svg[data-testid="exercise-figure"]');
      await svg.waitFor({ state: 'visible' });
      expect(await svg.getAttribute('role')).toBe('img');
      expect(await svg.locator('title').textContent()).toContain(id);
      expect(await svg.getAttribute('data-phase')).toBe('hold');
      // A person: a head, a torso and limbs, and the psoas line on top.
      expect(await svg.locator('circle').count(), id).toBeGreaterThan(0);
      expect(await svg.locator('line').count(), id).toBeGreaterThanOrEqual(12);
      expect(await svg.locator('path.psoas').count(), id).toBeGreaterThan(0);
      const box = await svg.boundingBox();
      expect(box!.width, id).toBeGreaterThan(200);
      await item.locator('figure').screenshot({ path: path.join(screenshotDir, `figure-${id}.png`) });
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the start pose too (kneeling lunge, bridge, leg lift) as separate pictures', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/dev/figures?phase=start');
    for (const id of ['kneeling-lunge', 'bridge', 'supine-leg-lift', 'clamshell', 'thomas-stretch']) {
      const item = page.locator(`[data-figure="${id}"]`);
      await item.locator('svg').waitFor({ state: 'visible' });
      expect(await item.locator('svg').getAttribute('data-phase')).toBe('start');
      await item.locator('figure').screenshot({ path: path.join(screenshotDir, `figure-${id}-start.png`) });
    }
    await context.close();
  });

  it('colours the worked psoas: lengthened in the stretches, shortened in the leg lift', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/dev/figures?phase=hold');
    const state = async (id: string) =>
      page
        .locator(`[data-figure="${id}"] svg[data-testid="exercise-figure"]`)
        .getAttribute('data-psoas-state');
    await page.locator('[data-figure="kneeling-lunge"] svg').waitFor();
    for (const id of ['kneeling-lunge', 'thomas-stretch', 'lizard-pose', 'standing-back-bend']) {
      expect(await state(id), id).toBe('lengthened');
    }
    for (const id of ['supine-leg-lift', 'ball-sit-up']) expect(await state(id), id).toBe('shortened');
    await context.close();
  });

  it('animates between the keyframes, can be paused, and stays still for reduced motion', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/dev/figures?phase=play');
    const svg = page.locator('[data-figure="bridge"] svg[data-testid="exercise-figure"]');
    await svg.waitFor();
    expect(await svg.getAttribute('data-animating')).toBe('true');
    const shape = () => svg.locator('line').first().getAttribute('x2');
    const phases = new Set<string>();
    const shapes = new Set<string | null>();
    for (let i = 0; i < 16; i++) {
      phases.add((await svg.getAttribute('data-phase')) ?? '');
      shapes.add(await shape());
      await page.waitForTimeout(250);
    }
    expect(phases.has('start') && phases.has('hold')).toBe(true);
    expect(shapes.size).toBeGreaterThan(3);

    const pause = page.locator('[data-figure="bridge"]').getByRole('button', { name: 'Pause the figure' });
    await pause.focus();
    await page.keyboard.press('Enter');
    expect(await svg.getAttribute('data-animating')).toBe('false');
    const still = await shape();
    await page.waitForTimeout(400);
    expect(await shape()).toBe(still);
    await context.close();

    const reduced = await browser.newContext({ ...DESKTOP, baseURL: app.url, reducedMotion: 'reduce' });
    const calm = await reduced.newPage();
    await calm.goto('/dev/figures?phase=play');
    const calmSvg = calm.locator('[data-figure="bridge"] svg[data-testid="exercise-figure"]');
    await calmSvg.waitFor();
    expect(await calmSvg.getAttribute('data-animating')).toBe('false');
    expect(await calmSvg.getAttribute('data-phase')).toBe('hold');
    expect(await calm.locator('[data-figure="bridge"]').getByRole('button').count()).toBe(0);
    await reduced.close();
  });

  it('tips the pelvis forward as the psoas slider shortens the muscle, by mouse or keyboard', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/dev/figures');
    const demo = page.locator('[data-figure="pelvis-tilt-demo"]');
    const slider = demo.getByRole('slider', { name: 'How short and tight the psoas is' });
    const svg = demo.locator('svg[data-pelvis-tilt]');
    const tilt = async () => Number(await svg.getAttribute('data-pelvis-tilt'));
    await slider.waitFor();
    expect(await tilt()).toBe(0);
    await demo.screenshot({ path: path.join(screenshotDir, 'figure-pelvis-tilt-relaxed.png') });
    await slider.fill('100');
    const full = await tilt();
    expect(full).toBeGreaterThan(10);
    expect(await demo.getByTestId('pelvis-tilt-readout').textContent()).toContain(`${Math.round(full)}°`);
    await demo.screenshot({ path: path.join(screenshotDir, 'figure-pelvis-tilt-tight.png') });
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await tilt()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const little = await tilt();
    expect(little).toBeGreaterThan(0);
    expect(little).toBeLessThan(full);
    await context.close();
  });

  it('works on a 360 px phone and in Spanish', async ({ app, browser }) => {
    const { context, page } = await newPage(browser, app.url, PHONE);
    await page.goto('/dev/figures');
    await page.locator('[data-figure="kneeling-lunge"] svg').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator('[data-figure="kneeling-lunge"] svg').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(box!.width).toBeGreaterThan(250);
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Figuras de los ejercicios',
    );
    expect(await page.getByRole('slider', { name: 'Cuán corto y tenso está el psoas' }).count()).toBe(1);
    expect(await page.getByText('psoas alargado').count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
