import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureLunge, measureThomas } from './hip-angles.js';
import type { Frame } from './landmarks.js';
import { FRAME, jitter, lungeFrame, thomasFrame, withScore } from './testing.js';

const side = fc.constantFrom('left' as const, 'right' as const);
const thomasPose = fc.record({
  tableTilt: fc.double({ min: -30, max: 30, noNaN: true }),
  elevation: fc.double({ min: -40, max: 40, noNaN: true }),
  feetRight: fc.boolean(),
  hangingSide: side,
  trunk: fc.double({ min: 180, max: 300, noNaN: true }),
  thigh: fc.double({ min: 180, max: 300, noNaN: true }),
});
const lungePose = fc.record({
  hipExtension: fc.double({ min: -20, max: 40, noNaN: true }),
  trunkLean: fc.double({ min: -30, max: 30, noNaN: true }),
  facingRight: fc.boolean(),
  backSide: side,
  trunk: fc.double({ min: 180, max: 280, noNaN: true }),
  thigh: fc.double({ min: 180, max: 250, noNaN: true }),
});
/** Landmark noise of up to one pixel each way, as a model's jitter on a well-lit side view. */
const pixelNoise = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 });
const scaleScores = (frame: Frame, k: number): Frame => ({
  ...frame,
  landmarks: Object.fromEntries(
    Object.entries(frame.landmarks).map(([n, p]) => [n, { ...p, score: p.score * k }]),
  ),
});

describe('Thomas test: the hanging thigh against the trunk line', () => {
  it('gives back the elevation drawn, on the hanging leg, whichever way the person lies', () => {
    fc.assert(
      fc.property(thomasPose, (pose) => {
        const m = measureThomas(thomasFrame(pose));
        expect(m.ok).toBe(true);
        if (!m.ok) return;
        expect(m.value.side).toBe(pose.hangingSide);
        expect(m.value.elevation).toBeCloseTo(pose.elevation, 6);
      }),
    );
  });

  it('stays within 2° when every landmark is a pixel off', () => {
    fc.assert(
      fc.property(thomasPose, pixelNoise, (pose, noise) => {
        const m = measureThomas(jitter(thomasFrame(pose), noise));
        expect(m.ok).toBe(true);
        if (m.ok) expect(Math.abs(m.value.elevation - pose.elevation)).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('never gives a number when the model is unsure of the points', () => {
    fc.assert(
      fc.property(thomasPose, fc.double({ min: 0, max: 0.55, noNaN: true }), (pose, k) => {
        expect(measureThomas(scaleScores(thomasFrame(pose), k))).toMatchObject({
          ok: false,
          why: { kind: 'unsure' },
        });
      }),
    );
    fc.assert(
      fc.property(thomasPose, fc.double({ min: 0, max: 0.49, noNaN: true }), (pose, score) => {
        // Only the hanging knee unsure: the other knee is the hugged one, never read as hanging.
        const m = measureThomas(withScore(thomasFrame(pose), `${pose.hangingSide}_knee`, score));
        expect(m.ok).toBe(false);
      }),
    );
  });

  it('asks the person to move into view when the hanging knee is cut off, and to lie back when sitting', () => {
    const pose = {
      tableTilt: 0,
      elevation: 10,
      feetRight: true,
      hangingSide: 'left',
      trunk: 250,
      thigh: 250,
    } as const;
    const frame = thomasFrame(pose);
    const cut: Frame = {
      ...frame,
      landmarks: { ...frame.landmarks, left_knee: { x: FRAME.width - 2, y: 400, score: 0.9 } },
    };
    expect(measureThomas(cut)).toEqual({ ok: false, why: { kind: 'out-of-view', landmarks: ['left_knee'] } });
    expect(measureThomas(thomasFrame({ ...pose, tableTilt: 60 }))).toEqual({
      ok: false,
      why: { kind: 'not-in-position' },
    });
    expect(measureThomas(thomasFrame({ ...pose, trunk: 60, thigh: 60 }))).toEqual({
      ok: false,
      why: { kind: 'too-far' },
    });
  });
});

describe('Kneeling lunge: hip extension of the back thigh and trunk lean', () => {
  it('gives back the angles drawn, on the back leg, facing either way', () => {
    fc.assert(
      fc.property(lungePose, (pose) => {
        const m = measureLunge(lungeFrame(pose));
        expect(m.ok).toBe(true);
        if (!m.ok) return;
        expect(m.value.side).toBe(pose.backSide);
        expect(m.value.hipExtension).toBeCloseTo(pose.hipExtension, 6);
        expect(m.value.trunkLean).toBeCloseTo(pose.trunkLean, 6);
      }),
    );
  });

  it('stays within 2° when every landmark is a pixel off', () => {
    fc.assert(
      fc.property(lungePose, pixelNoise, (pose, noise) => {
        const m = measureLunge(jitter(lungeFrame(pose), noise));
        expect(m.ok).toBe(true);
        if (!m.ok) return;
        expect(Math.abs(m.value.hipExtension - pose.hipExtension)).toBeLessThanOrEqual(2);
        expect(Math.abs(m.value.trunkLean - pose.trunkLean)).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('never gives a number when a knee is unsure', () => {
    fc.assert(
      fc.property(lungePose, side, fc.double({ min: 0, max: 0.49, noNaN: true }), (pose, knee, score) => {
        expect(measureLunge(withScore(lungeFrame(pose), `${knee}_knee`, score))).toMatchObject({
          ok: false,
          why: { kind: 'unsure', landmarks: [`${knee}_knee`] },
        });
      }),
    );
  });

  it('is not a lunge when the person is bent over', () => {
    const pose = {
      hipExtension: 10,
      trunkLean: -70,
      facingRight: true,
      backSide: 'left',
      trunk: 250,
      thigh: 220,
    } as const;
    expect(measureLunge(lungeFrame(pose))).toEqual({ ok: false, why: { kind: 'not-in-position' } });
  });
});
