#!/usr/bin/env node
// The whole test suite: installs Debian's chromium if missing, builds, type-checks, lints,
// runs unit + integration + browser tests, and prints one summary line "N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);

function step(name, cmd, args, options = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) {
    process.stdout.write(`\n✗ ${name} failed (exit ${r.status})\n0 passed, 1 failed\n`);
    process.exit(r.status || 1);
  }
}

function hasChromium() {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => fs.existsSync(p));
}

if (!hasChromium()) {
  process.stdout.write(
    "Browser tests need Debian's chromium, which is missing: installing it with apt-get.\n",
  );
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) =>
    execFileSync(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt('update');
  apt('install', '-y', '--no-install-recommends', 'chromium');
  if (!hasChromium()) {
    process.stdout.write('chromium could not be installed.\n0 passed, 1 failed\n');
    process.exit(1);
  }
}

const npx = 'npx';
step('build', 'npm', ['run', '--silent', 'build']);
step('type-check', 'npm', ['run', '--silent', 'typecheck']);
step('lint', npx, ['biome', 'check', '.']);

const report = path.join(root, '.tmp', 'vitest-report.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
process.stdout.write('\n▶ unit, integration and browser tests\n');
const run = spawnSync(
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    stdio: 'inherit',
  },
);
let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  // A file that fails to load or set up fails no test: count it as one failure.
  failed = results.numFailedTests || results.numFailedTestSuites || 0;
} catch {
  failed = Math.max(1, failed);
}
if (run.status !== 0 && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
