// `npm run bench`: builds, runs every benchmark script in bench/ one after another, merges their
// results into bench/results/latest.json and prints one table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { resultsDir, round } from './lib.mjs';

const benchDir = import.meta.dirname;
const only = process.argv.slice(2);
const scripts = fs
  .readdirSync(benchDir)
  .filter((f) => /\.(mjs|ts)$/.test(f) && !['run.mjs', 'lib.mjs'].includes(f) && !f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const t0 = Date.now();
if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const failures = [];
for (const [i, script] of scripts.entries()) {
  console.log(`\n[${i + 1}/${scripts.length}] ${script}`);
  const runner = script.endsWith('.ts')
    ? ['npx', ['tsx', path.join(benchDir, script)]]
    : [process.execPath, [path.join(benchDir, script)]];
  const r = spawnSync(runner[0], runner[1], { stdio: 'inherit' });
  if (r.status !== 0) failures.push(script);
}
const docs = fs
  .readdirSync(resultsDir)
  .filter((f) => f.endsWith('.json') && f !== 'latest.json')
  .map((f) => JSON.parse(fs.readFileSync(path.join(resultsDir, f), 'utf8')))
  .map(withFigures);
/**
 * A result file in its own shape (no `figures`, e.g. availability.json) still gets its timings
 * into the table: every nested { medianMs, minMs, maxMs } becomes a figure in ms.
 */
function withFigures(doc) {
  if (Array.isArray(doc.figures)) return doc;
  const figures = [];
  const visit = (node, names) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.medianMs === 'number') {
      figures.push({
        name: names.join(' / '),
        unit: 'ms',
        median: node.medianMs,
        min: node.minMs ?? node.medianMs,
        max: node.maxMs ?? node.medianMs,
        runs: doc.runs ?? 1,
        ...(names.length === 1 && doc.aimMedianMs ? { aim: `< ${doc.aimMedianMs}` } : {}),
      });
    }
    for (const [k, v] of Object.entries(node)) if (v && typeof v === 'object') visit(v, [...names, k]);
  };
  visit(doc, []);
  return { bench: doc.bench ?? doc.benchmark ?? 'unknown', measuredAt: doc.measuredAt, figures };
}

const latest = {
  measuredAt: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - t0) / 1000),
  failures,
  benches: docs,
};
fs.writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(latest, null, 2)}\n`);

const rows = docs.flatMap((d) =>
  d.figures.map((f) => [
    d.bench,
    f.name,
    f.unit,
    round(f.median),
    round(f.min),
    round(f.max),
    f.ratio === undefined ? '' : round(f.ratio),
    f.aim ?? '',
  ]),
);
const header = ['bench', 'figure', 'unit', 'median', 'min', 'max', 'ratio', 'aim'];
const table = [header, ...rows].map((r) => `| ${r.join(' | ')} |`);
table.splice(1, 0, `|${header.map(() => '---').join('|')}|`);
fs.writeFileSync(path.join(resultsDir, 'latest.md'), `${table.join('\n')}\n`);
console.log(
  `\n${table.join('\n')}\n\nwritten: bench/results/latest.json, bench/results/latest.md (${latest.durationSeconds} s)`,
);
if (failures.length) {
  console.error(`failed: ${failures.join(', ')}`);
  process.exit(1);
}
