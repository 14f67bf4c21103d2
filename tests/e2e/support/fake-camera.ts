import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * A real photograph of a person, from Debian's opencv-doc package (scripts/test.mjs installs
 * it): a footballer in full stride, whole body in view.
 */
export const PERSON_PHOTO = '/usr/share/doc/opencv-doc/examples/data/messi5.jpg';

/**
 * Turns a picture into a .y4m file Chromium can play as its camera
 * (--use-file-for-fake-video-capture): `browser` decodes the picture, this writes its frames as
 * YUV 4:2:0.
 */
export async function y4mFromPicture(browser: Browser, picture: string, frames = 5): Promise<string> {
  const page = await browser.newPage();
  const dataUrl = `data:image/jpeg;base64,${fs.readFileSync(picture).toString('base64')}`;
  const { width, height, rgba } = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const w = img.naturalWidth & ~1;
    const h = img.naturalHeight & ~1;
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return { width: w, height: h, rgba: Array.from(g.getImageData(0, 0, w, h).data) };
  }, dataUrl);
  await page.close();
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc((width / 2) * (height / 2));
  const v = Buffer.alloc((width / 2) * (height / 2));
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const i = (row * width + col) * 4;
      const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
      y[row * width + col] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      if (row % 2 === 0 && col % 2 === 0) {
        const c = (row / 2) * (width / 2) + col / 2;
        u[c] = Math.max(0, Math.min(255, Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)));
        v[c] = Math.max(0, Math.min(255, Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)));
      }
    }
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'psoas-camera-')), 'camera.y4m');
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`),
      ...Array(frames).fill(frame),
    ]),
  );
  return file;
}
