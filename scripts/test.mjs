#!/usr/bin/env node
// The whole test suite: installs the Debian packages it needs if missing (chromium, opencv-doc), builds, type-checks, lints,
// runs unit + integration + browser tests, then the reliability tests on their own, and prints
// one summary line "N passed, N failed". With --long (`npm run test:long`): the soak and the
// fuzz at full size instead.
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

/**
 * Debian packages the browser tests need, each with how to tell it is there: Chromium, and
 * opencv-doc for its photograph of a person (the camera check's fake camera plays it).
 */
const PACKAGES = [
  { name: 'chromium', present: hasChromium, why: "Browser tests need Debian's chromium" },
  {
    name: 'opencv-doc',
    present: () => fs.existsSync('/usr/share/doc/opencv-doc/examples/data/messi5.jpg'),
    why: "The camera check's browser test plays a photograph from Debian's opencv-doc",
  },
];
const missing = PACKAGES.filter((p) => !p.present());
if (missing.length > 0) {
  for (const p of missing) process.stdout.write(`${p.why}, which is missing: installing it with apt-get.\n`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) =>
    execFileSync(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt('update');
  apt('install', '-y', '--no-install-recommends', ...missing.map((p) => p.name));
  const still = missing.filter((p) => !p.present());
  if (still.length > 0) {
    process.stdout.write(
      `${still.map((p) => p.name).join(', ')} could not be installed.\n0 passed, 1 failed\n`,
    );
    process.exit(1);
  }
}

const npx = 'npx';
const LONG_FILES = ['tests/reliability/soak.test.ts', 'tests/reliability/bad-input.test.ts'];
const LONG_SIZES = { SOAK_SECONDS: '300', FUZZ_REQUESTS: '10000' };

const long = process.argv.includes('--long');

// The long run follows `npm test`, which checked the code: it only needs the built app.
step('build', 'npm', ['run', '--silent', 'build']);
if (!long) {
  step('type-check', 'npm', ['run', '--silent', 'typecheck']);
  step('lint', npx, ['biome', 'check', '.']);
}

/**
 * One vitest run; returns its passed and failed counts from the JSON report. A file that fails to
 * load or set up fails no test: it counts as one failure, as does a run that fails without any.
 */
function vitest(name, args, env = {}) {
  const report = path.join(root, '.tmp', `vitest-${name}.json`);
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.rmSync(report, { force: true });
  process.stdout.write(`\n▶ ${name}\n`);
  const run = spawnSync(
    npx,
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  let passed = 0;
  let failed = 0;
  try {
    const results = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed = results.numPassedTests;
    failed = results.numFailedTests || results.numFailedTestSuites || 0;
  } catch {
    failed = 1;
  }
  if (run.status !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

const runs = long
  ? // The full-size soak (5 min) and fuzz (10,000 requests): `npm run test:long`, after `npm test`.
    [vitest('long reliability tests', ['--project', 'reliability', ...LONG_FILES], LONG_SIZES)]
  : [
      vitest('unit, integration and browser tests', ['--project', 'unit', '--project', 'e2e']),
      // Crash, overload and soak tests measure the machine: alone, one file at a time.
      vitest('reliability tests', ['--project', 'reliability', '--maxWorkers=1']),
    ];
const passed = runs.reduce((n, r) => n + r.passed, 0);
const failed = runs.reduce((n, r) => n + r.failed, 0);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
