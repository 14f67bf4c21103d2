// Figure benchmark: median time to compute one animation frame of the body model — the pose at a
// time, its segments and the psoas length — and to build the whole drawing (what the browser does
// on every requestAnimationFrame, so it has to fit well inside a 16 ms frame).
// Run: npx tsx bench/figure.ts   (writes bench/results/figure.json)
import { performance } from 'node:perf_hooks';
import {
  cycleMs,
  drawFigure,
  exerciseAnimations,
  poseAt,
  psoasLength,
  segments,
} from '../src/domain/figure/index.js';
import { summarise, writeResults } from './lib.mjs';

const RUNS = 5000;
const WARMUP = 500;
const animations = Object.values(exerciseAnimations);

/** Frame i: each animation in turn, at a time spread over its loop (deterministic). */
const frame = (i: number) => {
  const a = animations[i % animations.length]!;
  return { a, pose: poseAt(a, (((i * 97) % 100) / 100) * cycleMs(a)) };
};

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

let sink = 0;
writeResults('figure', [
  {
    name: 'pose computation: pose at a time + segments + psoas length',
    unit: 'µs',
    ...summarise(
      measure((i) => {
        const { pose } = frame(i);
        sink += segments(pose).length + psoasLength(pose, 'near');
      }),
    ),
    aim: '< 100 µs',
    note: `${animations.length} exercise animations, ${RUNS} frames`,
  },
  {
    name: 'animation frame: pose at a time + full drawing (body, psoas, skeleton)',
    unit: 'µs',
    ...summarise(
      measure((i) => {
        const { a, pose } = frame(i);
        sink += drawFigure(pose, a.camera).body.length;
      }),
    ),
    aim: '< 1000 µs',
    note: 'runs on every requestAnimationFrame in the browser',
  },
]);
if (sink === 0) console.log('(unused)');
