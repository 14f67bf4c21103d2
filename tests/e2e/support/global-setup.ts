import fs from 'node:fs';
import path from 'node:path';
import { chromiumPath } from './browser.js';

/** Browser tests run against the built app: fail early and clearly when it or Chromium is missing. */
export default function setup() {
  const root = path.resolve(import.meta.dirname, '..', '..', '..');
  for (const file of ['dist/cli/index.js', 'dist/web/index.html']) {
    if (!fs.existsSync(path.join(root, file))) {
      throw new Error(`${file} is missing: run "npm run build" before the browser tests (npm test does).`);
    }
  }
  chromiumPath();
}
