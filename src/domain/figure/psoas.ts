import { type BodySolution, type Pose, type Side, sideSign, solve } from './body.js';
import { add, apply, distance, type Vec3 } from './vector.js';

/**
 * The psoas as a path of four points: its origin on the front of the upper lumbar spine
 * (T12–L2 level), a via point on the front of the L5 body (the muscle runs down along the
 * vertebral bodies), the pulley over the pelvic brim (iliopectineal eminence, in front of and
 * above the hip joint) and the lesser trochanter on the back-inner side of the femur.
 * Because the pulley sits in front of the hip joint, hip extension lengthens the path and hip
 * flexion shortens it; lumbar extension swings the spine points away from the pulley.
 */
export const PSOAS = {
  /** Lumbar frame, from L5/S1: anterior, at about L1 level, beside the vertebral body. */
  origin: [3, 16, 3.5] as Vec3,
  /** Lumbar frame: the front of the L5 body. */
  via: [2, 0.5, 4] as Vec3,
  /** Pelvis frame, from the hip-joint midpoint: over the pelvic brim. */
  pulley: [7, 3, 7] as Vec3,
  /** Thigh frame, from the hip joint: lesser trochanter, slightly behind and inside the shaft. */
  trochanter: [-2, -6, -1.5] as Vec3,
} as const;

export function psoasPath(body: BodySolution, side: Side): Vec3[] {
  const s = sideSign(side);
  const lateral = (v: Vec3): Vec3 => [v[0], v[1], s * v[2]];
  const origin = add(body.sacrum, apply(body.lumbarFrame, lateral(PSOAS.origin)));
  const via = add(body.sacrum, apply(body.lumbarFrame, lateral(PSOAS.via)));
  const pulley = add(body.root, apply(body.pelvisFrame, lateral(PSOAS.pulley)));
  const limb = body[side];
  const trochanter = add(limb.hip, apply(limb.thighFrame, lateral(PSOAS.trochanter)));
  return [origin, via, pulley, trochanter];
}

/**
 * The muscle's outline for drawing, around the same path: its fibres arise along the sides of the
 * vertebral bodies from T12 down to L5 (the back edge follows the spine), the belly is widest
 * over the lower lumbar spine and the pelvic brim, and it narrows to a tendon at the lesser
 * trochanter. Offsets are in each segment's own frame (x forward), so the shape follows the pose.
 */
export function psoasOutline(body: BodySolution, side: Side): Vec3[] {
  const s = sideSign(side);
  const lateral = (v: Vec3): Vec3 => [v[0], v[1], s * v[2]];
  const inLumbar = (v: Vec3) => add(body.sacrum, apply(body.lumbarFrame, lateral(v)));
  const inPelvis = (v: Vec3) => add(body.root, apply(body.pelvisFrame, lateral(v)));
  const limb = body[side];
  const inThigh = (v: Vec3) => add(limb.hip, apply(limb.thighFrame, lateral(v)));
  const [ox, oy, oz] = PSOAS.origin;
  const [vx, vy, vz] = PSOAS.via;
  const [px, py, pz] = PSOAS.pulley;
  const [tx, ty, tz] = PSOAS.trochanter;
  return [
    // Back edge, down the spine: T12, L1, L3, L5.
    inLumbar([ox - 1, oy + 4, oz]),
    inLumbar([ox - 0.5, oy, oz]),
    inLumbar([(ox + vx) / 2 - 0.5, (oy + vy) / 2, (oz + vz) / 2]),
    inLumbar([vx - 0.5, vy, vz]),
    // Over the brim, into the tendon, round the trochanter and back up the front edge.
    inPelvis([px - 1.2, py - 1, pz]),
    inThigh([tx - 0.4, ty, tz]),
    inThigh([tx + 0.6, ty + 0.5, tz]),
    inPelvis([px + 1.8, py + 1.5, pz]),
    inLumbar([vx + 4.5, vy + 1, vz]),
    inLumbar([(ox + vx) / 2 + 4.5, (oy + vy) / 2, (oz + vz) / 2]),
    inLumbar([ox + 2, oy + 3, oz]),
  ];
}

/** Length (cm) of the modelled psoas path of one side. */
export function psoasLength(pose: Pose, side: Side): number {
  return pathLength(psoasPath(solve(pose), side));
}

export function pathLength(points: readonly Vec3[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1]!, points[i]!);
  return total;
}
