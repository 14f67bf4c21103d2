import { add, apply, compose, IDENTITY, type Mat3, rotX, rotY, rotZ, type Vec3 } from './vector.js';

/**
 * The figure's body: a 170 cm adult seen from its right side. World axes: x to the right of the
 * picture, y up (floor at y = 0), z towards the viewer. Standing with every angle at zero the
 * person faces +x and their right side ("near") is towards the viewer. Lengths in cm.
 */
export const BODY = {
  /** Hip joint centre to the lumbosacral joint (L5/S1), in the pelvis frame. */
  sacrum: [-5, 9, 0] as Vec3,
  hipHalfWidth: 9,
  lumbar: 18,
  thoracic: 30,
  /** C7 to the centre of the head, in the neck frame. */
  head: [2, 14, 0] as Vec3,
  headRadius: 10.5,
  /** Shoulder joint relative to C7, in the thoracic frame (lateral added per side). */
  shoulder: [3, -5, 0] as Vec3,
  shoulderHalfWidth: 17,
  upperArm: 29,
  forearm: 25,
  hand: 9,
  thigh: 43,
  shank: 43,
  /** Heel and toe relative to the ankle joint, in the foot frame (sole 7 cm below the ankle). */
  heel: [-5, -7, 0] as Vec3,
  toe: [17, -7, 0] as Vec3,
} as const;

export type Side = 'near' | 'far';
export const SIDES: readonly Side[] = ['near', 'far'];

/** Joint angles of one side in degrees. Flexion, abduction and external rotation are positive. */
export interface LimbPose {
  shoulderFlex: number;
  shoulderAbd: number;
  elbow: number;
  /** Wrist extension (back of the hand towards the forearm) positive. */
  wrist: number;
  hipFlex: number;
  hipAbd: number;
  hipRot: number;
  knee: number;
  /** Dorsiflexion (toes towards the shin) positive. */
  ankle: number;
}

export interface Pose {
  /**
   * Where the midpoint between the hip joints is (cm) and how the whole body is turned:
   * `turn` about the vertical (-90 = facing the viewer), then `pitch` about the viewer's axis
   * (+90 = lying on the back, head to the left; -90 = face down, head to the right).
   */
  root: { x: number; y: number; z: number; pitch: number; turn: number };
  /** Anterior pelvic tilt positive (the top of the pelvis turns forward). */
  pelvicTilt: number;
  /** Flexion positive, extension negative, each relative to the segment below. */
  lumbar: number;
  thoracic: number;
  neck: number;
  near: LimbPose;
  far: LimbPose;
}

export const neutralLimb: LimbPose = {
  shoulderFlex: 0,
  shoulderAbd: 0,
  elbow: 0,
  wrist: 0,
  hipFlex: 0,
  hipAbd: 0,
  hipRot: 0,
  knee: 0,
  ankle: 0,
};

/** Standing tall, arms relaxed at the sides: the reference every psoas length is compared with. */
export const standingPose: Pose = {
  root: { x: 0, y: BODY.thigh + BODY.shank - BODY.heel[1], z: 0, pitch: 0, turn: 0 },
  pelvicTilt: 0,
  lumbar: 0,
  thoracic: 0,
  neck: 0,
  near: { ...neutralLimb, shoulderFlex: 4, elbow: 8 },
  far: { ...neutralLimb, shoulderFlex: -4, elbow: 8 },
};

export interface LimbSolution {
  shoulder: Vec3;
  elbow: Vec3;
  wrist: Vec3;
  fingers: Vec3;
  hip: Vec3;
  knee: Vec3;
  ankle: Vec3;
  heel: Vec3;
  toe: Vec3;
  upperArmFrame: Mat3;
  forearmFrame: Mat3;
  thighFrame: Mat3;
  shankFrame: Mat3;
  footFrame: Mat3;
}

/** Every joint position and segment frame of a pose (forward kinematics). */
export interface BodySolution {
  root: Vec3;
  rootFrame: Mat3;
  pelvisFrame: Mat3;
  lumbarFrame: Mat3;
  thoracicFrame: Mat3;
  neckFrame: Mat3;
  sacrum: Vec3;
  l1: Vec3;
  c7: Vec3;
  headCentre: Vec3;
  near: LimbSolution;
  far: LimbSolution;
}

export const sideSign = (side: Side): number => (side === 'near' ? 1 : -1);

export function rootFrame(pose: Pose): Mat3 {
  // The order matters: turn first (about the vertical), then pitch about the viewer's axis.
  return compose(compose(IDENTITY, rotZ(pose.root.pitch)), rotY(pose.root.turn));
}

export function solve(pose: Pose): BodySolution {
  const root: Vec3 = [pose.root.x, pose.root.y, pose.root.z];
  const rf = rootFrame(pose);
  const pelvisFrame = compose(rf, rotZ(-pose.pelvicTilt));
  const sacrum = add(root, apply(pelvisFrame, BODY.sacrum));
  const lumbarFrame = compose(pelvisFrame, rotZ(-pose.lumbar));
  const l1 = add(sacrum, apply(lumbarFrame, [0, BODY.lumbar, 0]));
  const thoracicFrame = compose(lumbarFrame, rotZ(-pose.thoracic));
  const c7 = add(l1, apply(thoracicFrame, [0, BODY.thoracic, 0]));
  const neckFrame = compose(thoracicFrame, rotZ(-pose.neck));
  const headCentre = add(c7, apply(neckFrame, BODY.head));
  const limb = (side: Side): LimbSolution => {
    const s = sideSign(side);
    const a = pose[side];
    const shoulder = add(
      c7,
      apply(thoracicFrame, [BODY.shoulder[0], BODY.shoulder[1], s * BODY.shoulderHalfWidth]),
    );
    const upperArmFrame = compose(compose(thoracicFrame, rotZ(a.shoulderFlex)), rotX(-s * a.shoulderAbd));
    const elbow = add(shoulder, apply(upperArmFrame, [0, -BODY.upperArm, 0]));
    const forearmFrame = compose(upperArmFrame, rotZ(a.elbow));
    const wrist = add(elbow, apply(forearmFrame, [0, -BODY.forearm, 0]));
    const handFrame = compose(forearmFrame, rotZ(-a.wrist));
    const fingers = add(wrist, apply(handFrame, [0, -BODY.hand, 0]));
    const hip = add(root, apply(pelvisFrame, [0, 0, s * BODY.hipHalfWidth]));
    const thighFrame = compose(
      compose(compose(pelvisFrame, rotZ(a.hipFlex)), rotX(-s * a.hipAbd)),
      rotY(-s * a.hipRot),
    );
    const knee = add(hip, apply(thighFrame, [0, -BODY.thigh, 0]));
    const shankFrame = compose(thighFrame, rotZ(-a.knee));
    const ankle = add(knee, apply(shankFrame, [0, -BODY.shank, 0]));
    const footFrame = compose(shankFrame, rotZ(a.ankle));
    const heel = add(ankle, apply(footFrame, BODY.heel));
    const toe = add(ankle, apply(footFrame, BODY.toe));
    return {
      shoulder,
      elbow,
      wrist,
      fingers,
      hip,
      knee,
      ankle,
      heel,
      toe,
      upperArmFrame,
      forearmFrame,
      thighFrame,
      shankFrame,
      footFrame,
    };
  };
  return {
    root,
    rootFrame: rf,
    pelvisFrame,
    lumbarFrame,
    thoracicFrame,
    neckFrame,
    sacrum,
    l1,
    c7,
    headCentre,
    near: limb('near'),
    far: limb('far'),
  };
}

export type SegmentName =
  | 'pelvis'
  | 'lumbar'
  | 'thoracic'
  | 'neck'
  | 'upperArm'
  | 'forearm'
  | 'hand'
  | 'thigh'
  | 'shank'
  | 'foot';

export interface Segment {
  name: SegmentName;
  side?: Side;
  from: Vec3;
  to: Vec3;
  /** The model's fixed length of this segment (forward kinematics must preserve it). */
  length: number;
}

const FOOT_LENGTH = Math.hypot(BODY.toe[0] - BODY.heel[0], BODY.toe[1] - BODY.heel[1]);
const PELVIS_LENGTH = Math.hypot(BODY.sacrum[0], BODY.sacrum[1]);
const NECK_LENGTH = Math.hypot(BODY.head[0], BODY.head[1]);

/** The body as rigid segments with world endpoints, for drawing and checking. */
export function segments(pose: Pose): Segment[] {
  const b = solve(pose);
  const list: Segment[] = [
    { name: 'pelvis', from: b.root, to: b.sacrum, length: PELVIS_LENGTH },
    { name: 'lumbar', from: b.sacrum, to: b.l1, length: BODY.lumbar },
    { name: 'thoracic', from: b.l1, to: b.c7, length: BODY.thoracic },
    { name: 'neck', from: b.c7, to: b.headCentre, length: NECK_LENGTH },
  ];
  for (const side of SIDES) {
    const l = b[side];
    list.push(
      { name: 'upperArm', side, from: l.shoulder, to: l.elbow, length: BODY.upperArm },
      { name: 'forearm', side, from: l.elbow, to: l.wrist, length: BODY.forearm },
      { name: 'hand', side, from: l.wrist, to: l.fingers, length: BODY.hand },
      { name: 'thigh', side, from: l.hip, to: l.knee, length: BODY.thigh },
      { name: 'shank', side, from: l.knee, to: l.ankle, length: BODY.shank },
      { name: 'foot', side, from: l.heel, to: l.toe, length: FOOT_LENGTH },
    );
  }
  return list;
}

/** Torso cross-sections: frame, local centre (forward, up), half depth, half width. */
export const TORSO_SLICES: {
  frame: 'pelvis' | 'lumbar' | 'thoracic';
  at: [number, number];
  a: number;
  b: number;
}[] = [
  { frame: 'pelvis', at: [-1, -6], a: 9.5, b: 15 },
  { frame: 'pelvis', at: [-1, 1], a: 11, b: 17 },
  { frame: 'pelvis', at: [1, 9], a: 10.5, b: 16 },
  { frame: 'lumbar', at: [7, 7], a: 10, b: 14.5 },
  { frame: 'lumbar', at: [8, 15], a: 10.5, b: 14.5 },
  { frame: 'thoracic', at: [8.5, 7], a: 11.5, b: 15.5 },
  { frame: 'thoracic', at: [8.5, 17], a: 12, b: 16.5 },
  { frame: 'thoracic', at: [6.5, 25], a: 10, b: 18 },
  { frame: 'thoracic', at: [3.5, 30.5], a: 6, b: 16 },
];
