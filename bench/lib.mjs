// Shared helpers for benchmark scripts: summary statistics and the results file format.
import fs from 'node:fs';
import path from 'node:path';

export const resultsDir = path.resolve(import.meta.dirname, 'results');

export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/**
 * Writes bench/results/<bench>.json: { bench, measuredAt, machine, figures: [{ name, unit,
 * median, min, max, runs, aim?, ratio?, note? }] }. `npm run bench` merges these into latest.json.
 */
export function writeResults(bench, figures) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const doc = {
    bench,
    measuredAt: new Date().toISOString(),
    machine: { cpus: (globalThis.navigator?.hardwareConcurrency ?? 0) || undefined, node: process.version },
    figures,
  };
  fs.writeFileSync(path.join(resultsDir, `${bench}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  for (const f of figures) {
    const aim = f.aim ? `  (aim ${f.aim})` : '';
    console.log(
      `${f.name}: median ${round(f.median)} ${f.unit} [min ${round(f.min)}, max ${round(f.max)}, n=${f.runs}]${aim}`,
    );
  }
  return doc;
}

export const round = (x) => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100);

/** A free TCP port on loopback, for starting an app or a bare server under test. */
export { freePort } from '../tests/support/launch-app.mjs';
