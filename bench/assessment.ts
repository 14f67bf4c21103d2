// Assessment benchmark: median time to validate a full answer set, score it, and map it to FHIR
// (the browser scores on every change; the server validates and scores on every save).
// Run: npx tsx bench/assessment.ts   (writes bench/results/assessment.json)
import { performance } from 'node:perf_hooks';
import { answersSchema, scoreAssessment } from '../src/domain/assessment/index.js';
import { VIGNETTES } from '../src/domain/assessment/vignettes/index.js';
import { toFhirBundle } from '../src/domain/fhir/assessment.js';
import { summarise, writeResults } from './lib.mjs';

const RUNS = 2000;
const WARMUP = 200;
const answerSets = VIGNETTES.map((v) => v.answers);

function measure(fn: (i: number) => unknown): number[] {
  for (let i = 0; i < WARMUP; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn(i);
    times.push((performance.now() - t0) * 1000);
  }
  return times;
}

const pick = (i: number) => answerSets[i % answerSets.length]!;
writeResults('assessment', [
  {
    name: 'score an assessment (10 vignettes in turn)',
    unit: 'µs',
    ...summarise(measure((i) => scoreAssessment(pick(i)))),
    aim: '< 1000 µs',
    note: 'runs in the browser on every answer change',
  },
  {
    name: 'validate a submitted answer set (zod)',
    unit: 'µs',
    ...summarise(measure((i) => answersSchema.parse(pick(i)))),
    aim: '< 1000 µs',
  },
  {
    name: 'map to a FHIR R4 Bundle',
    unit: 'µs',
    ...summarise(
      measure((i) =>
        toFhirBundle({
          id: '5d7c0f3e-2a4b-4c8e-9f10-1a2b3c4d5e6f',
          personId: '0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
          createdAt: '2026-11-21T12:00:00.000Z',
          answers: pick(i),
          language: 'en',
        }),
      ),
    ),
    aim: '< 1000 µs',
  },
]);
