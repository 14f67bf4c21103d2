import type { ExerciseAnimation } from '../animation.js';
import { type Pose, solve } from '../body.js';
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
import { add, apply } from '../vector.js';
import { animation, key, MAT, pitchUntil, pose } from './helpers.js';

/** Half-kneeling on a mat, worked (near) knee down, far foot in front. */
function halfKneel(hipExtension: number, tilt: number): Pose {
  let p = pose({
    pelvicTilt: tilt,
    lumbar: -tilt / 2,
    near: { hipFlex: -hipExtension, knee: 90 - hipExtension, ankle: -88 },
  });
  p = place(p, 'kneeFront', { x: -8, y: MAT });
  p = legTo(p, 'far', [p.root.x + 38, MAT + 7, -9]);
  p = ground(p, MAT);
  p = legTo(p, 'far', [p.root.x + 38, MAT + 7, -9]);
  p = flatFoot(p, 'far');
  return p;
}

const kneelingLungeStart = withPose(halfKneel(-5, -2), {
  near: { shoulderFlex: 10, elbow: 25 },
  far: { shoulderFlex: 10, elbow: 25 },
});
// The basic stretch keeps the arms down (hands resting on the front thigh); arms overhead is the
// harder progression the text offers once this is easy, so it is not the pose shown.
const kneelingLungeHold = withPose(halfKneel(22, -6), {
  near: { shoulderFlex: 32, elbow: 12 },
  far: { shoulderFlex: 36, elbow: 12 },
});

export const kneelingLunge = animation('kneeling-lunge', {
  placements: [{ prop: 'mat', x: 0 }],
  side: 'near',
  keyframes: [key('start', kneelingLungeStart, 1200), key('hold', kneelingLungeHold, 3000)],
});

/** High plank with hands under the shoulders. */
function plank(): Pose {
  let p = pose({ root: { pitch: -75 }, near: { ankle: 25 }, far: { ankle: 25 } });
  p = place(p, 'toe', { x: -80, y: MAT });
  p = pitchUntil(p, { name: 'shoulder', y: MAT + 57 }, { name: 'toe' });
  for (const side of ['near', 'far'] as const) {
    const s = landmark(p, 'shoulder', side);
    p = flatHand(armTo(p, side, [s[0], MAT + 4, s[2]]), side);
  }
  return p;
}

function lizard(): Pose {
  let p = pose({
    // The pelvis tucks under (posterior tilt) and the low back rounds a little: that keeps the
    // front hip within its range and opens the back hip further.
    root: { pitch: -48 },
    pelvicTilt: -22,
    lumbar: 10,
    thoracic: 6,
    neck: -14,
    near: { hipFlex: -12, knee: 12, ankle: 30 },
  });
  // Hands planted under the shoulders, back toes on the mat.
  p = place(p, 'shoulder', { y: MAT + 56 });
  p = tune(
    p,
    (q, v) => withPose(q, { near: { hipFlex: v } }),
    -12,
    (q) => landmark(q, 'toe')[1],
    MAT,
  );
  const start = plank();
  p = place(p, 'shoulder', { x: landmark(start, 'shoulder')[0] });
  for (const side of ['near', 'far'] as const) {
    const s = landmark(p, 'shoulder', side);
    p = flatHand(armTo(p, side, [s[0] + 2, MAT + 4, s[2]]), side);
  }
  p = flatFoot(legTo(p, 'far', [landmark(p, 'wrist', 'far')[0] - 14, MAT + 7, -14]), 'far');
  return p;
}

/** On the way: the front foot lifted high, knee drawn up under the chest, before it is set down. */
function lizardStep(): Pose {
  const to = lizard();
  const lifted = withPose(to, {
    far: { hipFlex: to.far.hipFlex + 10, knee: Math.min(150, to.far.knee + 25) },
  });
  return lifted;
}

export const lizardPose = animation('lizard-pose', {
  placements: [{ prop: 'mat', x: -10 }],
  side: 'near',
  keyframes: [
    key('start', plank(), 1200),
    key('bend', withPose(plank(), { far: { hipFlex: 25, knee: 95, ankle: 0 } }), 0),
    key('tuck', withPose(plank(), { far: { hipFlex: 150, knee: 150, ankle: 20 } }), 0),
    key('step', lizardStep(), 0),
    key('hold', lizard(), 3000),
    key('release', lizardStep(), 0),
    key('untuck', withPose(plank(), { far: { hipFlex: 150, knee: 150, ankle: 20 } }), 0),
    key('unbend', withPose(plank(), { far: { hipFlex: 25, knee: 95, ankle: 0 } }), 0),
  ],
  transitionMs: 600,
});

/** Seated on a chair's front edge; the worked thigh drops down and back beside the seat. */
function seated(hold: boolean): Pose {
  let p = pose({
    pelvicTilt: hold ? -6 : 0,
    lumbar: hold ? 0 : 4,
    near: hold ? { hipFlex: -15, knee: 70, ankle: -60 } : { hipFlex: 88, knee: 88 },
    far: { hipFlex: 88, knee: 88 },
  });
  p = place(p, 'buttock', { x: 4, y: 45 + 2 }, 'far');
  p = flatFoot(legTo(p, 'far', [p.root.x + 42, 7, -9]), 'far');
  if (!hold) p = flatFoot(legTo(p, 'near', [p.root.x + 42, 7, 9]), 'near');
  const hand = landmark(p, 'knee', 'far');
  p = armTo(p, 'far', [hand[0] - 2, hand[1] + 8, -12]);
  p = armTo(p, 'near', hold ? [p.root.x + 12, p.root.y + 6, 20] : [hand[0] - 2, hand[1] + 8, 12]);
  return p;
}

/** On the way: the worked foot slides back along the floor, under the knee, then under the seat. */
function seatedStep(ankleX: number): Pose {
  const from = seated(false);
  return flatFoot(legTo(from, 'near', [from.root.x + ankleX, 7, 9]), 'near');
}

export const seatedPsoasStretch = animation('seated-psoas-stretch', {
  placements: [{ prop: 'chair', x: 0, facing: 1 }],
  side: 'near',
  keyframes: [
    key('start', seated(false), 1200),
    key('step', seatedStep(18), 0),
    key('step-2', seatedStep(-6), 0),
    key('hold', seated(true), 3000),
    key('release', seatedStep(-6), 0),
    key('release-2', seatedStep(18), 0),
  ],
  transitionMs: 700,
});

/** Thomas stretch at the end of a table: hug the far knee, let the worked leg hang. */
const TABLE_END = 20;
function thomas(lying: boolean): Pose {
  let p = pose({
    root: { pitch: lying ? 90 : 0 },
    pelvicTilt: lying ? -8 : 0,
    lumbar: lying ? 6 : 10,
    thoracic: lying ? 0 : 12,
    neck: lying ? 10 : 0,
    near: lying ? { hipFlex: -14, knee: 85, ankle: -15 } : { hipFlex: 90, knee: 90, ankle: -15 },
    far: { hipFlex: 120, knee: 125, ankle: -10 },
  });
  p = lying
    ? place(p, 'sacrum', { x: TABLE_END - 14, y: 72 })
    : place(p, 'buttock', { x: TABLE_END - 16, y: 72 + 1 });
  if (lying) p = pitchUntil(p, { name: 'upperBack', y: 72 }, { name: 'sacrum' });
  const knee = landmark(p, 'knee', 'far');
  const shin = landmark(p, 'ankle', 'far');
  const grip: [number, number, number] = [(knee[0] * 2 + shin[0]) / 3, (knee[1] * 2 + shin[1]) / 3, -4];
  p = armTo(p, 'far', grip);
  p = armTo(p, 'near', [grip[0], grip[1], 4]);
  return p;
}

export const thomasStretch = animation('thomas-stretch', {
  placements: [{ prop: 'table', x: TABLE_END - 60, length: 120 }],
  side: 'near',
  keyframes: [key('start', thomas(false), 1500), key('hold', thomas(true), 3000)],
});

function backBend(amount: number): Pose {
  let p = pose({
    lumbar: -25 * amount,
    thoracic: -16 * amount,
    neck: -14 * amount,
    near: { hipFlex: -16 * amount, knee: 8 * amount, shoulderFlex: -35, shoulderAbd: 12, elbow: 35 },
    far: { hipFlex: -16 * amount, knee: 8 * amount, shoulderFlex: -35, shoulderAbd: 12, elbow: 35 },
  });
  // Feet stay planted: the root pitch keeps the head roughly over the feet.
  p = withPose(p, { root: { pitch: 4 * amount } });
  p = flatFoot(p, 'near');
  p = flatFoot(p, 'far');
  p = place(p, 'heel', { x: -4, y: 0 });
  // Hands on the back of the hips, supporting the bend.
  for (const side of ['near', 'far'] as const) {
    const back = landmark(p, 'sacrum');
    p = armTo(p, side, [back[0] - 3, back[1] - 2, side === 'near' ? 10 : -10]);
  }
  return p;
}

export const standingBackBend = animation('standing-back-bend', {
  placements: [],
  keyframes: [key('start', backBend(0), 1200), key('hold', backBend(1), 2500)],
});

const BALL_X = 0;
function ballBackbendPose(lying: boolean): Pose {
  let p = lying
    ? pose({
        root: { pitch: 80 },
        pelvicTilt: 0,
        lumbar: -16,
        thoracic: -32,
        neck: -25,
        near: { shoulderFlex: 165, elbow: 25 },
        far: { shoulderFlex: 160, elbow: 25 },
      })
    : pose({ lumbar: 2, near: { shoulderFlex: 10, elbow: 20 }, far: { shoulderFlex: 10, elbow: 20 } });
  // Lying: the low back drapes over the top of the ball. Sitting: on top of the ball.
  p = lying ? place(p, 'lowBack', { x: BALL_X + 8, y: 64 }) : place(p, 'buttock', { x: BALL_X, y: 65.5 });
  const feetX = lying ? p.root.x + 56 : p.root.x + 45;
  p = flatFoot(legTo(p, 'near', [feetX, 7, 12]), 'near');
  p = flatFoot(legTo(p, 'far', [feetX, 7, -12]), 'far');
  return p;
}

export const ballBackbend = animation('ball-backbend', {
  placements: [{ prop: 'exercise-ball', x: BALL_X }],
  keyframes: [key('start', ballBackbendPose(false), 1200), key('hold', ballBackbendPose(true), 3500)],
});

/** Side-lying on the far side; the worked (near, top) leg's heel is drawn back towards the buttock. */
function sideLying(hold: boolean): Pose {
  let p = pose({
    root: { turn: -90, pitch: -90 },
    neck: -5,
    pelvicTilt: hold ? -6 : 0,
    near: hold
      ? { hipFlex: -18, knee: 115, ankle: -20, shoulderFlex: -35, elbow: 10 }
      : { hipFlex: 30, knee: 70, shoulderFlex: 40, elbow: 30 },
    far: { hipFlex: 45, knee: 80, shoulderFlex: 170, elbow: 120 },
  });
  p = ground(p, MAT);
  if (hold) {
    const ankle = landmark(p, 'ankle', 'near');
    p = armTo(p, 'near', [ankle[0], ankle[1] + 2, ankle[2] - 4]);
  }
  return place(p, 'hip', { x: 0 }, 'near');
}

export const sideLyingHipFlexorStretch = animation('side-lying-hip-flexor-stretch', {
  placements: [{ prop: 'mat', x: 0 }],
  side: 'near',
  camera: { yaw: 0, elevation: 62 },
  keyframes: [key('start', sideLying(false), 1200), key('hold', sideLying(true), 3000)],
});

/** Figure-four: supine, worked ankle crossed over the far knee, far thigh drawn in. */
function figureFour(hold: boolean): Pose {
  let p = pose({
    root: { pitch: 90 },
    neck: hold ? 18 : 8,
    far: { hipFlex: hold ? 100 : 50, knee: hold ? 90 : 95 },
  });
  p = ground(p, MAT);
  if (!hold) p = flatFoot(legTo(p, 'far', [p.root.x + 42, MAT + 7, -9]), 'far');
  const b = solve(p);
  const farKnee = b.far.knee;
  const frame = b.far.thighFrame;
  // The outer ankle rests on the front of the far thigh, just above the knee.
  const rest = add(farKnee, apply(frame, [9, 7, 0]));
  p = legTo3D(p, 'near', [rest[0], rest[1], rest[2] + 6], [0.4, 0.3, 1]);
  p = withPose(p, { near: { ankle: 5 } });
  p = ground(p, MAT);
  const knee = landmark(p, 'knee', 'far');
  p = armTo(p, 'far', [knee[0] - 8, knee[1] - 4, -10]);
  p = armTo(p, 'near', [knee[0] - 8, knee[1] - 4, 2]);
  return place(p, 'sacrum', { x: 0 });
}

export const figureFourStretch = animation('figure-four-stretch', {
  placements: [{ prop: 'mat', x: -20 }],
  side: 'near',
  // Seen from the feet end and above, so the crossed shin and the open knee show.
  camera: { yaw: 35, elevation: 25 },
  keyframes: [key('start', figureFour(false), 1200), key('hold', figureFour(true), 3000)],
});

export const STRETCH_ANIMATIONS: ExerciseAnimation[] = [
  kneelingLunge,
  lizardPose,
  figureFourStretch,
  seatedPsoasStretch,
  thomasStretch,
  standingBackBend,
  ballBackbend,
  sideLyingHipFlexorStretch,
];
