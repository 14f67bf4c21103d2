import type { ExerciseAnimation } from '../animation.js';
import { type Pose, solve } from '../body.js';
import { armTo, flatFoot, flatHand, ground, landmark, legTo, legTo3D, place, withPose } from '../posing.js';
import { animation, armsOnFloor, key, MAT, pose } from './helpers.js';

/** Supine, knees bent, feet flat: the start of bridges and of breathing. */
function hookLying(feetFromHips = 44): Pose {
  let p = pose({
    root: { pitch: 90 },
    neck: 5,
    near: { hipFlex: 45, knee: 90, shoulderFlex: 25, elbow: 0 },
    far: { hipFlex: 45, knee: 90, shoulderFlex: 25, elbow: 0 },
  });
  p = ground(p, MAT);
  p = flatFoot(legTo(p, 'near', [p.root.x + feetFromHips, MAT + 7, 9]), 'near');
  p = flatFoot(legTo(p, 'far', [p.root.x + feetFromHips, MAT + 7, -9]), 'far');
  p = ground(p, MAT);
  p = armsOnFloor(p);
  return place(p, 'hip', { x: 0 });
}

function bridgeTop(start: Pose): Pose {
  const feet = landmark(start, 'ankle', 'near');
  let p = withPose(start, { root: { pitch: 118 }, neck: 28, thoracic: -4 });
  p = place(p, 'upperBack', { x: landmark(start, 'upperBack')[0] + 4 });
  p = ground(p, MAT);
  p = flatFoot(legTo(p, 'near', [feet[0], feet[1], 9]), 'near');
  p = flatFoot(legTo(p, 'far', [feet[0], feet[1], -9]), 'far');
  p = armsOnFloor(p);
  return p;
}

const bridgeStart = hookLying();
export const bridge = animation('bridge', {
  placements: [{ prop: 'mat', x: -20 }],
  keyframes: [key('start', bridgeStart, 900), key('hold', bridgeTop(bridgeStart), 1500)],
  transitionMs: 1200,
});

/** Hands resting on the front of the hips (bridges on a ball or a chair). */
function handsOnHips(p: Pose): Pose {
  let q = p;
  for (const side of ['near', 'far'] as const) {
    const hip = landmark(q, 'hip', side);
    const b = solve(q);
    const front = b.pelvisFrame[0];
    q = armTo(q, side, [hip[0] + front[0] * 9 - 6, hip[1] + front[1] * 9, hip[2] * 1.4]);
  }
  return q;
}

/** Shoulders on a ball, feet on the floor; hips low (start) or level with the trunk (hold). */
const BALL_X = -30;
function ballBridgePose(up: boolean): Pose {
  let p = pose({
    root: { pitch: up ? 88 : 60 },
    neck: up ? 15 : 25,
    lumbar: up ? 0 : 10,
    thoracic: up ? 0 : 8,
    near: { shoulderFlex: 0, shoulderAbd: 30, elbow: 60 },
    far: { shoulderFlex: 0, shoulderAbd: 30, elbow: 60 },
  });
  p = place(p, 'upperBack', { x: BALL_X + 8, y: 64 });
  const feetX = BALL_X + 100;
  p = flatFoot(legTo(p, 'near', [feetX, 7, 14]), 'near');
  p = flatFoot(legTo(p, 'far', [feetX, 7, -14]), 'far');
  return handsOnHips(p);
}

export const ballBridge = animation('ball-bridge', {
  placements: [{ prop: 'exercise-ball', x: BALL_X }],
  keyframes: [key('start', ballBridgePose(false), 900), key('hold', ballBridgePose(true), 1500)],
  transitionMs: 1400,
});

/** Incline bridge: upper back on the edge of a chair seat, hips lift to level. */
const CHAIR_X = -40;
function inclineBridge(up: boolean): Pose {
  let p = pose({
    root: { pitch: up ? 90 : 38 },
    neck: up ? 20 : 20,
    lumbar: up ? 0 : 12,
    thoracic: up ? 0 : 8,
    near: { shoulderFlex: 0, shoulderAbd: 40, elbow: 50 },
    far: { shoulderFlex: 0, shoulderAbd: 40, elbow: 50 },
  });
  p = place(p, 'upperBack', { x: CHAIR_X + 25, y: 46 });
  const feetX = CHAIR_X + 105;
  p = flatFoot(legTo(p, 'near', [feetX, MAT + 7, 12]), 'near');
  p = flatFoot(legTo(p, 'far', [feetX, MAT + 7, -12]), 'far');
  // Arms out to the sides, resting on the seat.
  return withPose(p, {
    near: { shoulderFlex: 10, shoulderAbd: 80, elbow: 15 },
    far: { shoulderFlex: 10, shoulderAbd: 80, elbow: 15 },
  });
}

export const inclineBridgeAnimation = animation('incline-bridge', {
  placements: [
    { prop: 'chair', x: CHAIR_X, facing: 1 },
    { prop: 'mat', x: CHAIR_X + 90, length: 120 },
  ],
  keyframes: [key('start', inclineBridge(false), 900), key('hold', inclineBridge(true), 1500)],
  transitionMs: 1400,
});

/** Side-lying on the far side (near side up), head on the lower arm, hips and knees bent. */
function sideLying(patch: Parameters<typeof pose>[0]): Pose {
  const p = pose({
    root: { turn: -90, pitch: -90 },
    neck: -5,
    ...patch,
    near: { hipFlex: 45, knee: 90, ankle: -10, shoulderFlex: 0, elbow: 20, ...patch.near },
    far: { hipFlex: 45, knee: 90, ankle: -10, shoulderFlex: 165, elbow: 125, ...patch.far },
  });
  return place(ground(p, MAT), 'hip', { x: 0 }, 'near');
}

/** Top knee lifts, feet stay together: the ankle is kept where it was, the knee swung upwards. */
function clamOpen(closed: Pose): Pose {
  const ankle = landmark(closed, 'ankle', 'near');
  return legTo3D(closed, 'near', ankle, [0.1, 0.75, 0.65]);
}

const SIDE_LYING_CAMERA = { yaw: 0, elevation: 12 };

export const clamshell = animation('clamshell', {
  placements: [{ prop: 'mat', x: 10 }],
  side: 'near',
  camera: SIDE_LYING_CAMERA,
  keyframes: [key('start', sideLying({}), 800), key('hold', clamOpen(sideLying({})), 1200)],
  transitionMs: 1100,
});

export const sideLyingLegLift = animation('side-lying-leg-lift', {
  placements: [{ prop: 'mat', x: 10 }],
  side: 'near',
  camera: SIDE_LYING_CAMERA,
  keyframes: [
    key('start', sideLying({ near: { hipFlex: 12, knee: 0, ankle: 0 } }), 800),
    key('hold', sideLying({ near: { hipFlex: 15, hipAbd: 35, knee: 0, ankle: 0 } }), 1500),
  ],
  transitionMs: 1100,
});

/** On hands and knees; the worked knee lifts out to the side. */
function allFours(lift: boolean): Pose {
  let p = pose({
    root: { pitch: -90 },
    neck: -8,
    near: { hipFlex: 90, hipAbd: lift ? 45 : 0, knee: 90, ankle: -80 },
    far: { hipFlex: 90, knee: 90, ankle: -80 },
  });
  p = place(p, 'kneeFront', { x: 0, y: MAT }, 'far');
  const hipY = p.root.y;
  const shoulderX = p.root.x + 52;
  for (const side of ['near', 'far'] as const) {
    const s = landmark(p, 'shoulder', side);
    p = flatHand(armTo(p, side, [shoulderX, MAT + 4, s[2]]), side);
  }
  void hipY;
  return p;
}

export const fireHydrant = animation('fire-hydrant', {
  placements: [{ prop: 'mat', x: 20 }],
  side: 'near',
  camera: { yaw: 70, elevation: 15 },
  keyframes: [key('start', allFours(false), 800), key('hold', allFours(true), 1200)],
  transitionMs: 1000,
});

/**
 * Supine, legs long; the worked leg lifts with the knee straight, only a few centimetres as the
 * steps say: 10 degrees raises the heel about 15 cm, where the psoas holds the leg's weight.
 */
export const LEG_LIFT_DEGREES = 10;
function legLift(lift: boolean): Pose {
  let p = pose({
    root: { pitch: 90 },
    neck: 8,
    pelvicTilt: -4,
    near: { hipFlex: lift ? LEG_LIFT_DEGREES : 0, ankle: 5, shoulderFlex: 20 },
    far: { hipFlex: 0, ankle: 5, shoulderFlex: 20 },
  });
  p = ground(p, MAT);
  p = armsOnFloor(p);
  return place(ground(p, MAT), 'hip', { x: 0 });
}

export const supineLegLift = animation('supine-leg-lift', {
  placements: [{ prop: 'mat', x: -10 }],
  extraProps: ['ankle-weights'],
  side: 'near',
  keyframes: [key('start', legLift(false), 800), key('hold', legLift(true), 4000)],
  transitionMs: 1200,
});

/** Forward lunge: step the worked leg forward, both knees near 90 degrees. */
function lunge(down: boolean): Pose {
  let p = pose({ near: { shoulderFlex: 5, elbow: 15 }, far: { shoulderFlex: -5, elbow: 15 } });
  if (!down) return p;
  p = withPose(p, {
    root: { x: 34, y: 52 },
    near: { hipFlex: 80, knee: 85, shoulderFlex: -10, elbow: 30 },
    far: { hipFlex: -12, knee: 95, ankle: 10, shoulderFlex: 15, elbow: 30 },
  });
  p = flatFoot(legTo(p, 'near', [78, 7, 9]), 'near');
  // Back leg: knee hovering just above the floor, heel up on the ball of the foot.
  p = legTo(p, 'far', [-2, 17, -9]);
  p = flatFoot(p, 'far', -55);
  return p;
}

/** Halfway: the front foot has landed, both knees just starting to bend. */
function lungeStep(): Pose {
  let p = pose({
    root: { x: 22 },
    near: { hipFlex: 38, knee: 22, shoulderFlex: -5, elbow: 20 },
    far: { hipFlex: -14, knee: 25, ankle: 5, shoulderFlex: 10, elbow: 20 },
  });
  p = flatFoot(p, 'near');
  p = ground(p, 0);
  return p;
}

export const forwardLunge = animation('forward-lunge', {
  placements: [],
  side: 'near',
  keyframes: [
    key('start', lunge(false), 800),
    key('step', lungeStep(), 0),
    key('hold', lunge(true), 1200),
    key('release', lungeStep(), 0),
  ],
  transitionMs: 800,
});

/**
 * Sit-up on the ball: reclined over the ball, then a small curl-up (about halfway, as the steps
 * say) with the arms crossed over the chest; the low back stays on the ball.
 */
const SITUP_BALL = 0;
function ballSitUpPose(up: boolean): Pose {
  let p = pose({
    root: { pitch: up ? 52 : 80 },
    lumbar: up ? 4 : -10,
    thoracic: up ? 14 : -12,
    neck: up ? 14 : 0,
    near: { shoulderFlex: 30, shoulderAbd: 5, elbow: 150 },
    far: { shoulderFlex: 30, shoulderAbd: 5, elbow: 150 },
  });
  // The pelvis and low back rest on the upper front of the ball.
  p = place(p, 'sacrum', { x: SITUP_BALL + (up ? 10 : 14), y: up ? 61 : 58 });
  const feetX = SITUP_BALL + 74;
  p = flatFoot(legTo(p, 'near', [feetX, 7, 14]), 'near');
  p = flatFoot(legTo(p, 'far', [feetX, 7, -14]), 'far');
  return p;
}

export const ballSitUp = animation('ball-sit-up', {
  placements: [{ prop: 'exercise-ball', x: SITUP_BALL }],
  side: 'near',
  keyframes: [key('start', ballSitUpPose(false), 900), key('hold', ballSitUpPose(true), 1200)],
  transitionMs: 1300,
});

export const STRENGTH_ANIMATIONS: ExerciseAnimation[] = [
  bridge,
  ballBridge,
  inclineBridgeAnimation,
  clamshell,
  sideLyingLegLift,
  fireHydrant,
  supineLegLift,
  forwardLunge,
  ballSitUp,
];
