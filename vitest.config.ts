import { defineConfig } from 'vitest/config';

// Read here, once: code under src/ reads no environment outside the config module, so the global
// setup gets the external test server through vitest's provide/inject.
const externalDatabaseUrl = process.env.TEST_DATABASE_URL ?? '';

export default defineConfig({
  test: {
    // Two files at a time (vitest's default on 2 cores is one): unit and browser tests spend much
    // of their time waiting for PostgreSQL, the app or Chromium. One value for all projects:
    // vitest refuses projects of one run with different maxWorkers.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['src/server/testing/global-setup.ts'],
          provide: { externalDatabaseUrl },
          // app.inject runs client and server in one busy process on a shared machine: its event
          // loop is always near 100 % utilised, so load shedding would refuse test requests.
          // tests/reliability/overload.test.ts turns it on with its own thresholds.
          env: { PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0', PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['src/server/testing/global-setup.ts'],
          provide: { externalDatabaseUrl },
          // app.inject runs client and server in one busy process on a shared machine: its event
          // loop is always near 100 % utilised, so load shedding would refuse test requests.
          // tests/reliability/overload.test.ts turns it on with its own thresholds.
          env: { PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0', PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0' },
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Crash, overload and soak tests measure the machine: run them one file at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One app and one Chromium serve every file (tests/e2e/support/fixtures.ts), so files run
          // two at a time like the unit tests.
        },
      },
    ],
  },
});
