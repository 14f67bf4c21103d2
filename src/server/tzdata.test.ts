import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TZDATA_VERSION } from '../domain/time/tzdata.generated.js';

describe('the domain’s time-zone data', () => {
  it('is what the installed moment-timezone package gives (regenerate with node scripts/tzdata.mjs)', () => {
    // Exits 1 with a message when the generated file is stale.
    expect(() =>
      execFileSync(process.execPath, ['scripts/tzdata.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
    const packed = JSON.parse(
      readFileSync('node_modules/moment-timezone/data/packed/latest.json', 'utf8'),
    ) as {
      version: string;
    };
    expect(TZDATA_VERSION).toBe(packed.version);
  }, 30_000);
});
