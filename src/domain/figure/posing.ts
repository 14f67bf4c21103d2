import { BODY, type LimbPose, type Pose, type Side, sideSign, solve, TORSO_SLICES } from './body.js';
import { sub, toLocal, type Vec3 } from './vector.js';

/**
 * Tools for writing keyframes: place the body by a landmark, put a foot or a hand on a point
 * (two-link inverse kinematics in the limb's sagittal plane), flatten a foot. Used only when the
 * exercise table is built, so the keyframes themselves stay plain joint angles.
 */
export type PosePatch = Partial<Omit<Pose, 'root' | 'near' | 'far'>> & {
  root?: Partial<Pose['root']>;
  near?: Partial<LimbPose>;
  far?: Partial<LimbPose>;
};

export function withPose(base: Pose, patch: PosePatch): Pose {
  return {
    ...base,
    ...patch,
    root: { ...base.root, ...patch.root },
    near: { ...base.near, ...patch.near },
    far: { ...base.far, ...patch.far },
  };
}

export type Landmark =
  | 'head'
  | 'headBack'
  | 'c7'
  | 'upperBack'
  | 'lowBack'
  | 'sacrum'
  | 'buttock'
  | 'hip'
  | 'knee'
  | 'kneeFront'
  | 'ankle'
  | 'heel'
  | 'toe'
  | 'elbow'
  | 'wrist'
  | 'fingers'
  | 'shoulder';

/** World position of a body landmark; surface landmarks sit on the skin rather than the joint. */
export function landmark(pose: Pose, name: Landmark, side: Side = 'near'): Vec3 {
  const b = solve(pose);
  const l = b[side];
  const off = (origin: Vec3, frame: typeof b.pelvisFrame, v: Vec3): Vec3 => {
    const w = [0, 1, 2].map(
      (i) => origin[i]! + frame[0][i]! * v[0] + frame[1][i]! * v[1] + frame[2][i]! * v[2],
    );
    return [w[0]!, w[1]!, w[2]!];
  };
  switch (name) {
    case 'head':
      return b.headCentre;
    case 'headBack':
      return off(b.headCentre, b.neckFrame, [-BODY.headRadius, 0, 0]);
    case 'c7':
      return b.c7;
    case 'upperBack':
      return off(b.l1, b.thoracicFrame, [-5, 18, 0]);
    case 'lowBack':
      return off(b.sacrum, b.lumbarFrame, [-3.5, 14, 0]);
    case 'sacrum':
      return off(b.root, b.pelvisFrame, [-11, 4, 0]);
    case 'buttock':
      return off(b.root, b.pelvisFrame, [-6, -10, 0]);
    case 'hip':
      return l.hip;
    case 'knee':
      return l.knee;
    case 'kneeFront':
      return off(l.knee, l.shankFrame, [5.5, 0, 0]);
    case 'ankle':
      return l.ankle;
    case 'heel':
      return l.heel;
    case 'toe':
      return l.toe;
    case 'elbow':
      return l.elbow;
    case 'wrist':
      return l.wrist;
    case 'fingers':
      return l.fingers;
    case 'shoulder':
      return l.shoulder;
  }
}

/** Moves the whole body so that a landmark lands on a world point (only the given axes). */
export function place(
  pose: Pose,
  name: Landmark,
  at: { x?: number; y?: number; z?: number },
  side: Side = 'near',
) {
  const p = landmark(pose, name, side);
  return withPose(pose, {
    root: {
      x: pose.root.x + (at.x === undefined ? 0 : at.x - p[0]),
      y: pose.root.y + (at.y === undefined ? 0 : at.y - p[1]),
      z: pose.root.z + (at.z === undefined ? 0 : at.z - p[2]),
    },
  });
}

/** Radii of the limbs as drawn (cm), so contact is checked on the skin, not the bone. */
export const LIMB_RADIUS = { upperArm: 5, forearm: 4, hand: 3.75, thigh: 8, shank: 5.75, foot: 3.5 } as const;

/** Lowest point of the body's surface (torso outline, limbs, head), in cm above the floor. */
export function lowestPoint(pose: Pose): number {
  const b = solve(pose);
  const ys = [b.headCentre[1] - BODY.headRadius];
  const frames = {
    pelvis: [b.root, b.pelvisFrame],
    lumbar: [b.sacrum, b.lumbarFrame],
    thoracic: [b.l1, b.thoracicFrame],
  } as const;
  for (const slice of TORSO_SLICES) {
    const [origin, frame] = frames[slice.frame];
    const centreY = origin[1] + frame[0][1] * slice.at[0] + frame[1][1] * slice.at[1];
    ys.push(centreY - Math.hypot(slice.a * frame[0][1], slice.b * frame[2][1]));
  }
  for (const side of ['near', 'far'] as const) {
    const l = b[side];
    const r = LIMB_RADIUS;
    ys.push(l.elbow[1] - r.upperArm, l.wrist[1] - r.forearm, l.fingers[1] - r.hand, l.hip[1] - r.thigh);
    ys.push(l.knee[1] - r.thigh + 2, l.ankle[1] - r.shank, l.heel[1] - r.foot + 3.5, l.toe[1] - r.foot + 3.5);
  }
  return Math.min(...ys);
}

/** Lifts or lowers the body so its lowest point rests on `height` (floor 0, a mat 1 …). */
export function ground(pose: Pose, height = 0): Pose {
  return withPose(pose, { root: { y: pose.root.y + height - lowestPoint(pose) } });
}

const norm = (deg: number) => {
  let d = deg % 360;
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  return d;
};

/**
 * Sets hip flexion and knee flexion so that the ankle reaches `target` (world), keeping the
 * knee bent forwards. Works in the pelvis's own sagittal plane, so the body may lie or kneel.
 */
export function legTo(pose: Pose, side: Side, target: Vec3): Pose {
  const b = solve(pose);
  const local = toLocal(b.pelvisFrame, sub(target, b[side].hip));
  const [hipAngle, kneeBend] = twoLink(local[0], local[1], BODY.thigh, BODY.shank, -1);
  return withPose(pose, { [side]: { hipFlex: norm(hipAngle + 90), knee: kneeBend } });
}

/**
 * Sets shoulder flexion and elbow flexion so that the wrist reaches `target` (world). Only the
 * anatomical solution is used (the elbow bends, never hyperextends).
 */
export function armTo(pose: Pose, side: Side, target: Vec3): Pose {
  const b = solve(pose);
  const local = toLocal(b.thoracicFrame, sub(target, b[side].shoulder));
  const [armAngle, elbowBend] = twoLink(local[0], local[1], BODY.upperArm, BODY.forearm, 1);
  return withPose(pose, { [side]: { shoulderFlex: norm(armAngle + 90), elbow: elbowBend } });
}

/**
 * Planar two-link inverse kinematics from the origin to (x, y): returns the first link's angle
 * (deg from +x) and the bend at the middle joint (deg, >= 0), choosing the bend direction:
 * -1 bends the second link clockwise (a knee), +1 anticlockwise (an elbow).
 */
function twoLink(x: number, y: number, l1: number, l2: number, bend: 1 | -1): [number, number] {
  const d = Math.min(l1 + l2 - 1e-6, Math.max(Math.abs(l1 - l2) + 1e-6, Math.hypot(x, y)));
  const phi = Math.atan2(y, x);
  const alpha = Math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d));
  const inner = Math.acos((l1 * l1 + l2 * l2 - d * d) / (2 * l1 * l2));
  const first = phi - bend * alpha;
  return [(first * 180) / Math.PI, 180 - (inner * 180) / Math.PI];
}

/**
 * Adjusts one angle until `measure` reaches `target` (secant steps on a smooth function);
 * used to level a foot or a hand whatever way the body is turned.
 */
export function tune(
  pose: Pose,
  set: (p: Pose, v: number) => Pose,
  start: number,
  measure: (p: Pose) => number,
  target = 0,
) {
  let a = start;
  let b = start + 5;
  let fa = measure(set(pose, a)) - target;
  let fb = measure(set(pose, b)) - target;
  for (let i = 0; i < 30 && Math.abs(fb) > 1e-6 && fb !== fa; i++) {
    const next = b - (fb * (b - a)) / (fb - fa);
    a = b;
    fa = fb;
    b = next;
    fb = measure(set(pose, b)) - target;
  }
  return set(pose, b);
}

const slopeOf = (v: Vec3) => (Math.atan2(v[1], Math.hypot(v[0], v[2])) * 180) / Math.PI;

/** Sets the ankle so the sole is level (heel and toe at the same height). */
export function flatFoot(pose: Pose, side: Side, slope = 0): Pose {
  return tune(
    pose,
    (p, v) => withPose(p, { [side]: { ankle: v } }),
    pose[side].ankle,
    (p) => slopeOf(solve(p)[side].footFrame[0]),
    slope,
  );
}

/** Sets the wrist so the hand is level (palm on the floor). */
export function flatHand(pose: Pose, side: Side): Pose {
  return tune(
    pose,
    (p, v) => withPose(p, { [side]: { wrist: v } }),
    pose[side].wrist,
    (p) => {
      const l = solve(p)[side];
      return slopeOf(sub(l.fingers, l.wrist));
    },
  );
}

export const lateralSign = sideSign;

/**
 * Places the ankle on `target` in 3D: the knee bends towards `pole` (a world direction), and
 * hip flexion, abduction and rotation plus knee flexion are solved from the resulting knee.
 * For crossed legs (figure-four) and side-lying legs, where a planar solution is not enough.
 */
export function legTo3D(pose: Pose, side: Side, target: Vec3, pole: Vec3): Pose {
  const b = solve(pose);
  const s = sideSign(side);
  const hip = b[side].hip;
  const toTarget = sub(target, hip);
  const d = Math.min(BODY.thigh + BODY.shank - 1e-6, Math.max(1e-3, Math.hypot(...toTarget)));
  const e: Vec3 = [toTarget[0] / d, toTarget[1] / d, toTarget[2] / d];
  const along = (BODY.thigh ** 2 - BODY.shank ** 2 + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(0, BODY.thigh ** 2 - along * along));
  const pe = pole[0] * e[0] + pole[1] * e[1] + pole[2] * e[2];
  const perp: Vec3 = [pole[0] - pe * e[0], pole[1] - pe * e[1], pole[2] - pe * e[2]];
  const pl = Math.hypot(...perp) || 1;
  const knee: Vec3 = [
    hip[0] + e[0] * along + (perp[0] / pl) * h,
    hip[1] + e[1] * along + (perp[1] / pl) * h,
    hip[2] + e[2] * along + (perp[2] / pl) * h,
  ];
  const ankle: Vec3 = [hip[0] + e[0] * d, hip[1] + e[1] * d, hip[2] + e[2] * d];
  const d1 = toLocal(b.pelvisFrame, sub(knee, hip)).map((v) => v / BODY.thigh) as unknown as Vec3;
  const abd = (Math.asin(Math.max(-1, Math.min(1, s * d1[2]))) * 180) / Math.PI;
  const flex = (Math.atan2(d1[0], -d1[1]) * 180) / Math.PI;
  const withThigh = withPose(pose, { [side]: { hipFlex: flex, hipAbd: abd, hipRot: 0, knee: 0 } });
  const t0 = solve(withThigh)[side].thighFrame;
  const d2 = toLocal(t0, sub(ankle, knee)).map((v) => v / BODY.shank) as unknown as Vec3;
  const kneeFlex = (Math.acos(Math.max(-1, Math.min(1, -d2[1]))) * 180) / Math.PI;
  const phi = (Math.atan2(d2[2], -d2[0]) * 180) / Math.PI;
  return withPose(pose, { [side]: { hipFlex: flex, hipAbd: abd, hipRot: -s * phi, knee: kneeFlex } });
}
