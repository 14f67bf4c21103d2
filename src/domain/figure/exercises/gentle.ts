import type { ExerciseAnimation } from '../animation.js';
import type { Pose } from '../body.js';
import {
  armTo,
  flatFoot,
  flatHand,
  ground,
  landmark,
  legTo,
  legTo3D,
  place,
  tune,
  withPose,
} from '../posing.js';
import { animation, key, MAT, pose } from './helpers.js';

/** Foam rolling the TFL: lying on the worked side, roller under the outer hip, on the forearm. */
const ROLLER_X = 0;
function rollTfl(shift: number): Pose {
  let p = pose({
    root: { turn: -90, pitch: 90 },
    lumbar: 0,
    thoracic: -8,
    neck: -10,
    near: { hipFlex: 5, shoulderFlex: 80, elbow: 90, wrist: 10 },
    far: { hipFlex: 60, knee: 80 },
  });
  // Roller (15 cm) under the outer hip: the near (lower) hip joint ~ 15 + 9 cm above the floor.
  p = withPose(p, { root: { pitch: 90 - 16 } });
  p = place(p, 'hip', { x: ROLLER_X + shift, y: MAT + 24 }, 'near');
  // Propped on the lower forearm: the upper arm points down to the floor, the forearm forwards.
  p = withPose(p, { near: { shoulderFlex: 25, elbow: 95 } });
  p = tune(
    p,
    (q, v) => withPose(q, { near: { shoulderAbd: v } }),
    60,
    (q) => landmark(q, 'elbow', 'near')[1],
    MAT + 5,
  );
  // The lower leg stays long with its foot just off the floor; the top hand rests on the hip.
  p = tune(
    p,
    (q, v) => withPose(q, { near: { hipAbd: v } }),
    0,
    (q) => landmark(q, 'ankle', 'near')[1],
    MAT + 6,
  );
  p = withPose(p, { far: { shoulderFlex: 5, shoulderAbd: 0, elbow: 25 } });
  p = flatFoot(legTo3D(p, 'far', [p.root.x + 24, MAT + 7, 30], [0.3, 1, 1]), 'far');
  return p;
}

export const foamRollTfl = animation('foam-roll-tfl', {
  placements: [
    { prop: 'mat', x: -10 },
    { prop: 'foam-roller', x: ROLLER_X, y: MAT },
  ],
  side: 'near',
  camera: { yaw: 0, elevation: 18 },
  keyframes: [key('start', rollTfl(-3), 1500), key('hold', rollTfl(12), 2500)],
  transitionMs: 2200,
});

/** Foam rolling the adductors: face down on the forearms, worked thigh out to the side over the roller. */
function rollAdductors(shift: number): Pose {
  let p = pose({
    root: { pitch: -90 },
    thoracic: -10,
    neck: -12,
    near: { hipFlex: 50, hipAbd: 55, knee: 90, ankle: -40, shoulderFlex: 100, elbow: 95 },
    far: { shoulderFlex: 100, elbow: 95, ankle: -60 },
  });
  p = ground(p, MAT);
  p = withPose(p, { root: { z: p.root.z - shift } });
  return place(p, 'hip', { x: 0 }, 'near');
}

export const foamRollAdductors = animation('foam-roll-adductors', {
  placements: [
    { prop: 'mat', x: -20 },
    { prop: 'foam-roller', x: 8, y: MAT, z: 36, axis: 'x' },
  ],
  side: 'near',
  camera: { yaw: 0, elevation: 55 },
  keyframes: [key('start', rollAdductors(0), 1500), key('hold', rollAdductors(16), 2500)],
  transitionMs: 2200,
});

/** Walking: two strides, the near leg forward then the far leg forward. */
function stride(nearForward: boolean): Pose {
  const front = nearForward ? 'near' : 'far';
  const back = nearForward ? 'far' : 'near';
  let p = pose({
    root: { y: 90 },
    lumbar: 2,
    [front]: { hipFlex: 22, knee: 4, ankle: 8, shoulderFlex: -18, elbow: 20 },
    [back]: { hipFlex: -14, knee: 10, ankle: 0, shoulderFlex: 20, elbow: 25 },
  });
  p = ground(p, 0);
  return p;
}

function passing(nearSwinging: boolean): Pose {
  const swing = nearSwinging ? 'near' : 'far';
  const stance = nearSwinging ? 'far' : 'near';
  let p = pose({
    lumbar: 2,
    [swing]: { hipFlex: 18, knee: 40, ankle: -10, shoulderFlex: 2, elbow: 20 },
    [stance]: { hipFlex: -2, knee: 3, ankle: 0, shoulderFlex: 2, elbow: 20 },
  });
  p = ground(p, 0);
  return p;
}

export const gentleWalk = animation('gentle-walk', {
  placements: [],
  keyframes: [
    key('start', stride(true), 0),
    key('passing', passing(false), 0),
    key('hold', stride(false), 0),
    key('passing-2', passing(true), 0),
  ],
  transitionMs: 450,
});

/** Breathing in constructive rest: supine, knees bent, hands on the belly; the belly rises. */
function breathing(inhale: boolean): Pose {
  let p = pose({
    root: { pitch: 90 },
    neck: 6,
    lumbar: inhale ? -3 : 0,
    thoracic: inhale ? -4 : 0,
    near: { hipFlex: 50, knee: 95 },
    far: { hipFlex: 50, knee: 95 },
  });
  p = ground(p, MAT);
  p = flatFoot(legTo(p, 'near', [p.root.x + 40, MAT + 7, 12]), 'near');
  p = flatFoot(legTo(p, 'far', [p.root.x + 40, MAT + 7, -12]), 'far');
  p = ground(p, MAT);
  const b = landmark(p, 'sacrum');
  const belly: [number, number, number] = [b[0] - 14, b[1] + 21 + (inhale ? 1.5 : 0), 0];
  // Elbows rest on the floor beside the waist; the hands lie on the belly.
  for (const [side, z] of [
    ['near', 8],
    ['far', -6],
  ] as const) {
    const base = p;
    const reach = (v: number) => armTo(base, side, [belly[0] + v, belly[1] - 2, z]);
    p = tune(
      base,
      (_q, v) => reach(v),
      0,
      (q) => landmark(q, 'elbow', side)[1],
      MAT + 5,
    );
    p = flatHand(p, side);
  }
  return place(p, 'hip', { x: 0 });
}

export const breathingRelaxation = animation('breathing-relaxation', {
  placements: [{ prop: 'mat', x: -25 }],
  keyframes: [key('start', breathing(false), 1500), key('hold', breathing(true), 1500)],
  transitionMs: 3000,
});

export const GENTLE_ANIMATIONS: ExerciseAnimation[] = [
  foamRollTfl,
  foamRollAdductors,
  gentleWalk,
  breathingRelaxation,
];
