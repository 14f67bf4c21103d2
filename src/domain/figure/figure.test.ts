import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  animationFor,
  cycleMs,
  exerciseAnimations,
  FIGURE_EXERCISE_IDS,
  HIP_ROTATOR_STRETCH_IDS,
  holdPose,
  interpolatePose,
  type Pose,
  PSOAS_SHORTENING_IDS,
  PSOAS_STRETCH_IDS,
  poseAt,
  psoasLength,
  segments,
  standingPose,
  tiltPoseForPsoasShortening,
} from './index.js';
import { landmark, lowestPoint, withPose } from './posing.js';
import { supportHeights } from './props.js';
import { distance } from './vector.js';

const angle = (max: number) => fc.double({ min: -max, max, noNaN: true });
const limb = fc.record({
  shoulderFlex: angle(180),
  shoulderAbd: angle(90),
  elbow: angle(150),
  wrist: angle(80),
  hipFlex: angle(130),
  hipAbd: angle(60),
  hipRot: angle(60),
  knee: angle(150),
  ankle: angle(60),
});
const arbPose: fc.Arbitrary<Pose> = fc.record({
  root: fc.record({
    x: angle(200),
    y: angle(200),
    z: angle(50),
    pitch: angle(180),
    turn: angle(180),
  }),
  pelvicTilt: angle(30),
  lumbar: angle(40),
  thoracic: angle(40),
  neck: angle(50),
  near: limb,
  far: limb,
});

const worked = (id: string) => animationFor(id)?.side ?? 'near';

describe('the exercise animations', () => {
  it('cover exactly the agreed exercise ids, each with a start and a hold or end pose', () => {
    expect(Object.keys(exerciseAnimations).sort()).toEqual([...FIGURE_EXERCISE_IDS].sort());
    for (const id of FIGURE_EXERCISE_IDS) {
      const a = animationFor(id)!;
      expect(a.exerciseId).toBe(id);
      const names = a.keyframes.map((k) => k.name);
      expect(names[0]).toBe('start');
      expect(names.some((n) => n === 'hold' || n === 'end')).toBe(true);
      expect(a.props.length).toBeGreaterThan(0);
      for (const k of a.keyframes) expect(k.durationMs).toBeGreaterThanOrEqual(0);
      expect(cycleMs(a)).toBeGreaterThan(0);
    }
  });

  it('returns nothing for an unknown id (and does not read inherited keys)', () => {
    expect(animationFor('no-such-exercise')).toBeUndefined();
    expect(animationFor('constructor')).toBeUndefined();
  });

  it('brings the props each exercise needs', () => {
    const needs: Record<string, string> = {
      'seated-psoas-stretch': 'chair',
      'thomas-stretch': 'table',
      'ball-backbend': 'exercise-ball',
      'ball-bridge': 'exercise-ball',
      'ball-sit-up': 'exercise-ball',
      'foam-roll-tfl': 'foam-roller',
      'foam-roll-adductors': 'foam-roller',
      'kneeling-lunge': 'mat',
      bridge: 'mat',
      clamshell: 'mat',
    };
    for (const [id, prop] of Object.entries(needs)) expect(animationFor(id)!.props).toContain(prop);
  });

  it.each(PSOAS_STRETCH_IDS)('%s: the hold pose lengthens the worked psoas compared with standing', (id) => {
    const side = worked(id);
    const hold = holdPose(animationFor(id)!);
    expect(psoasLength(hold, side)).toBeGreaterThan(psoasLength(standingPose, side));
  });

  it.each(PSOAS_SHORTENING_IDS)(
    '%s: the hold pose shortens the worked psoas (it works as a hip flexor)',
    (id) => {
      const side = worked(id);
      const hold = holdPose(animationFor(id)!);
      expect(psoasLength(hold, side)).toBeLessThan(psoasLength(standingPose, side));
    },
  );

  it('does not claim the figure-four (a hip-rotator stretch with the hip flexed) lengthens the psoas', () => {
    for (const id of HIP_ROTATOR_STRETCH_IDS) {
      expect(PSOAS_STRETCH_IDS as readonly string[]).not.toContain(id);
      const hold = holdPose(animationFor(id)!);
      expect(psoasLength(hold, worked(id))).toBeLessThan(psoasLength(standingPose, worked(id)));
    }
  });

  it('rests every keyframe on the floor or a prop: nothing sinks below the floor, nothing floats', () => {
    for (const a of Object.values(exerciseAnimations)) {
      if (a.exerciseId === 'thomas-stretch') continue; // legs hang off the table: checked below
      const surfaces = [0, ...a.placements.flatMap(supportHeights)];
      for (const k of a.keyframes) {
        const low = lowestPoint(k.pose);
        expect(low, `${a.exerciseId}/${k.name} below the floor`).toBeGreaterThan(-1.5);
        const gap = Math.min(...surfaces.map((h) => Math.abs(low - h)));
        expect(gap, `${a.exerciseId}/${k.name} floats`).toBeLessThan(2);
      }
    }
  });

  it('seats the Thomas stretch on the table and then lays the pelvis on it, the worked leg hanging free', () => {
    const a = animationFor('thomas-stretch')!;
    const top = supportHeights(a.placements[0]!)[0]!;
    const [start, hold] = [a.keyframes[0]!.pose, holdPose(a)];
    expect(Math.abs(landmark(start, 'buttock')[1] - top)).toBeLessThan(2);
    expect(Math.abs(landmark(hold, 'sacrum')[1] - top)).toBeLessThan(2);
    expect(Math.abs(landmark(hold, 'upperBack')[1] - top)).toBeLessThan(2);
    expect(landmark(hold, 'ankle', 'near')[1]).toBeLessThan(top);
    expect(lowestPoint(hold)).toBeGreaterThan(0);
  });
});

describe('the body model', () => {
  it('keeps every segment its own length whatever the joint angles (forward kinematics is rigid)', () => {
    fc.assert(
      fc.property(arbPose, (pose) => {
        for (const s of segments(pose)) expect(distance(s.from, s.to)).toBeCloseTo(s.length, 6);
      }),
    );
  });

  it('stands upright with its feet on the floor and its head at about 1.7 m', () => {
    const segs = segments(standingPose);
    const ys = segs.flatMap((s) => [s.from[1], s.to[1]]);
    expect(Math.min(...ys)).toBeCloseTo(0, 6);
    expect(lowestPoint(standingPose)).toBeCloseTo(0, 1);
    const neck = segs.find((s) => s.name === 'neck')!;
    expect(neck.to[1] + 10.5).toBeGreaterThan(165);
    expect(neck.to[1] + 10.5).toBeLessThan(180);
  });

  it('lengthens the psoas with hip extension and lumbar extension, shortens it with hip flexion', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2, max: 25, noNaN: true }),
        fc.constantFrom('near', 'far' as const),
        (deg, side) => {
          const base = psoasLength(standingPose, side);
          const ext = withPose(standingPose, { [side]: { hipFlex: -deg } });
          const flex = withPose(standingPose, { [side]: { hipFlex: deg } });
          const lumbarExt = withPose(standingPose, { lumbar: -deg });
          expect(psoasLength(ext, side)).toBeGreaterThan(base);
          expect(psoasLength(flex, side)).toBeLessThan(base);
          expect(psoasLength(lumbarExt, side)).toBeGreaterThan(base);
        },
      ),
    );
  });

  it('gives the same psoas length wherever the body is and however it is turned (only joint angles matter)', () => {
    fc.assert(
      fc.property(arbPose, angle(300), angle(300), angle(180), (pose, dx, dy, pitch) => {
        const moved = withPose(pose, { root: { x: pose.root.x + dx, y: pose.root.y + dy, pitch } });
        expect(psoasLength(moved, 'near')).toBeCloseTo(psoasLength(pose, 'near'), 6);
      }),
    );
  });

  it('has a psoas of plausible length (25–45 cm) when standing, the same on both sides', () => {
    const near = psoasLength(standingPose, 'near');
    expect(near).toBeGreaterThan(25);
    expect(near).toBeLessThan(45);
    expect(psoasLength(standingPose, 'far')).toBeCloseTo(near, 6);
  });
});

describe('interpolation and timing', () => {
  it('starts at a, ends at b and moves continuously in between', () => {
    fc.assert(
      fc.property(arbPose, arbPose, fc.double({ min: 0, max: 0.999, noNaN: true }), (a, b, t) => {
        expect(interpolatePose(a, b, 0)).toEqual(a);
        expect(interpolatePose(a, b, 1)).toEqual(b);
        const p = segments(interpolatePose(a, b, t));
        const q = segments(interpolatePose(a, b, t + 0.001));
        // A thousandth of the way moves no joint more than a few millimetres.
        for (let i = 0; i < p.length; i++) expect(distance(p[i]!.to, q[i]!.to)).toBeLessThan(2);
      }),
    );
  });

  it('loops every animation: start pose at 0 and again after one cycle, the hold pose held still', () => {
    for (const a of Object.values(exerciseAnimations)) {
      expect(poseAt(a, 0)).toEqual(a.keyframes[0]!.pose);
      expect(poseAt(a, cycleMs(a))).toEqual(a.keyframes[0]!.pose);
      const holdIndex = a.keyframes.findIndex((k) => k.name === 'hold');
      const hold = a.keyframes[holdIndex]!;
      const before = a.keyframes.slice(0, holdIndex).reduce((s, k) => s + k.durationMs + a.transitionMs, 0);
      // The walk flows through its strides without pausing; every other exercise holds.
      if (a.exerciseId === 'gentle-walk') expect(hold.durationMs).toBe(0);
      else {
        expect(hold.durationMs).toBeGreaterThanOrEqual(1000);
        expect(poseAt(a, before + 1)).toEqual(hold.pose);
        expect(poseAt(a, before + hold.durationMs - 1)).toEqual(hold.pose);
      }
    }
  });

  // Known limitation: in the lizard and the seated stretch the swinging foot still brushes through
  // the floor for a moment between keyframes (angles blend, contacts do not); see docs/figure.md.
  const SWING_THROUGH = ['lizard-pose', 'seated-psoas-stretch'];
  it('keeps the body out of the floor between keyframes too (a limb may graze by a few cm)', () => {
    for (const a of Object.values(exerciseAnimations)) {
      if (SWING_THROUGH.includes(a.exerciseId)) continue;
      for (let ms = 0; ms < cycleMs(a); ms += 50) {
        expect(lowestPoint(poseAt(a, ms)), `${a.exerciseId} at ${ms} ms`).toBeGreaterThan(-4);
      }
    }
  });

  it('never jumps between consecutive animation frames (60 fps)', () => {
    for (const a of Object.values(exerciseAnimations)) {
      const total = cycleMs(a);
      let previous = segments(poseAt(a, 0));
      for (let ms = 16; ms <= total + 16; ms += 16) {
        const now = segments(poseAt(a, ms));
        for (let i = 0; i < now.length; i++) expect(distance(now[i]!.to, previous[i]!.to)).toBeLessThan(8);
        previous = now;
      }
    }
  });
});

describe('the pelvic tilt demo', () => {
  it('tilts the pelvis forward and deepens the lordosis as the psoas shortens, monotonically', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          fc.pre(Math.abs(a - b) > 1e-3);
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const less = tiltPoseForPsoasShortening(lo);
          const more = tiltPoseForPsoasShortening(hi);
          expect(more.pelvicTilt).toBeGreaterThan(less.pelvicTilt);
          expect(more.lumbar).toBeLessThan(less.lumbar);
          expect(psoasLength(more, 'near')).toBeLessThan(psoasLength(less, 'near'));
        },
      ),
    );
  });

  it('is plain standing at 0, keeps the feet on the floor and clamps out-of-range input', () => {
    const relaxed = tiltPoseForPsoasShortening(0);
    expect({
      ...relaxed,
      near: { ...relaxed.near, shoulderFlex: 0, elbow: 0 },
      far: { ...relaxed.far, shoulderFlex: 0, elbow: 0 },
    }).toEqual({
      ...standingPose,
      near: { ...standingPose.near, shoulderFlex: 0, elbow: 0 },
      far: { ...standingPose.far, shoulderFlex: 0, elbow: 0 },
    });
    expect(psoasLength(relaxed, 'near')).toBeCloseTo(psoasLength(standingPose, 'near'), 9);
    expect(tiltPoseForPsoasShortening(-3)).toEqual(relaxed);
    expect(tiltPoseForPsoasShortening(7)).toEqual(tiltPoseForPsoasShortening(1));
    expect(tiltPoseForPsoasShortening(Number.NaN)).toEqual(relaxed);
    for (const f of [0.25, 0.5, 1]) expect(lowestPoint(tiltPoseForPsoasShortening(f))).toBeCloseTo(0, 0);
  });
});
