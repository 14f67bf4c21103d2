import { describe, expect, it } from 'vitest';
import { SIDES, solve, standingPose } from './body.js';
import { animationFor, holdPose } from './index.js';
import { psoasOutline, psoasPath } from './psoas.js';
import { distance } from './vector.js';

const POSES = [
  ['standing', standingPose],
  ['kneeling lunge', holdPose(animationFor('kneeling-lunge')!)],
  ['supine leg lift', holdPose(animationFor('supine-leg-lift')!)],
] as const;

describe('the psoas drawn along its real course', () => {
  for (const [name, pose] of POSES) {
    for (const side of SIDES) {
      it(`${name}, ${side} side: the muscle reaches from above L1 (T12) to the lesser trochanter and wraps its line of action`, () => {
        const body = solve(pose);
        const [origin, via, pulley, trochanter] = psoasPath(body, side);
        const outline = psoasOutline(body, side);
        // Its top (T12) lies above the L1 origin along the spine, and its bottom at the trochanter.
        expect(distance(outline[0]!, origin!)).toBeGreaterThan(3);
        expect(distance(outline[0]!, trochanter!)).toBeGreaterThan(distance(origin!, trochanter!));
        const nearest = (p: readonly number[]) => Math.min(...outline.map((q) => distance(q, p as never)));
        expect(nearest(trochanter!)).toBeLessThan(1.5);
        // Every point of the line of action lies within the muscle's width of its outline.
        for (const p of [origin, via, pulley]) expect(nearest(p!)).toBeLessThan(3.5);
      });
    }
  }
});
