import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  CHROMIUM_ARGS,
  chromiumPath,
  DESKTOP,
  newPage,
  PHONE,
  screenshotDir,
  seriousAccessibilityViolations,
} from './support/browser.js';
import { PERSON_PHOTO, y4mFromPicture } from './support/fake-camera.js';
import { it } from './support/fixtures.js';

describe('the camera check (Thomas test)', () => {
  it('asks for the camera only on a press, and says the video stays on the phone (phone and desktop, en and es)', async ({
    app,
    browser,
  }) => {
    for (const [device, name] of [
      [PHONE, 'phone'],
      [DESKTOP, 'desktop'],
    ] as const) {
      for (const [lang, privacy, start] of [
        ['en', /The video stays on this phone/, 'Start the camera'],
        ['es', /El vídeo se queda en este teléfono/, 'Encender la cámara'],
      ] as const) {
        const { context, page } = await newPage(browser, app.url, device);
        await page.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
        await page.addInitScript(() => {
          (window as unknown as { __cameraAsked: number }).__cameraAsked = 0;
          const original = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
          if (navigator.mediaDevices)
            navigator.mediaDevices.getUserMedia = (c) => {
              (window as unknown as { __cameraAsked: number }).__cameraAsked++;
              return original!(c);
            };
        });
        await page.goto('/check/thomas');
        await page.getByText(privacy).waitFor();
        const button = page.getByRole('button', { name: start });
        expect(await button.isVisible()).toBe(true);
        // Nothing asked for the camera before the press.
        expect(
          await page.evaluate(() => (window as unknown as { __cameraAsked: number }).__cameraAsked),
        ).toBe(0);
        // On a phone the start button is on the first screen.
        const box = await button.boundingBox();
        expect(box!.y + box!.height).toBeLessThanOrEqual(device.viewport.height);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({
          path: path.join(screenshotDir, `check-thomas-${name}-${lang}.png`),
          fullPage: true,
        });
        await context.close();
      }
    }
  });

  it('finds a person in a real camera picture, offline, with no request to another host', async ({
    app,
    browser,
  }) => {
    expect(
      fs.existsSync(PERSON_PHOTO),
      `${PERSON_PHOTO} comes with opencv-doc (scripts/test.mjs installs it)`,
    ).toBe(true);
    const video = await y4mFromPicture(browser, PERSON_PHOTO);
    // A browser of its own: a fake camera playing the photograph, WebGL through SwiftShader.
    const camera = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [
        ...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'),
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
        '--enable-unsafe-swiftshader',
      ],
    });
    try {
      const context = await camera.newContext({ ...DESKTOP, baseURL: app.url, permissions: ['camera'] });
      const elsewhere: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== new URL(app.url).origin) {
          elsewhere.push(url.href);
          return route.abort();
        }
        return route.continue();
      });
      const page = await context.newPage();
      await page.goto('/check/thomas');
      await page.getByRole('button', { name: 'Start the camera' }).click();
      // The model finds the footballer: most of the 17 points, drawn over the picture.
      await page.waitForFunction(
        () => Number(document.querySelector('.check-view canvas')?.getAttribute('data-points')) >= 10,
        null,
        {
          timeout: 90_000,
        },
      );
      // He is running, not lying back on a table: no number, one instruction.
      await expect
        .poll(() => page.locator('.check-status').textContent(), { timeout: 30_000 })
        .toMatch(/Get into the position shown|Move so your whole side|The camera cannot see your side/);
      expect(await page.locator('.check-number').count()).toBe(0);
      await page.screenshot({ path: path.join(screenshotDir, 'check-thomas-camera-desktop-en.png') });
      expect(elsewhere).toEqual([]);
      await context.close();
    } finally {
      await camera.close();
      fs.rmSync(path.dirname(video), { recursive: true, force: true });
    }
  }, 180_000);
});
