import { gate, type Unmeasurable } from './gating.js';
import { minus, norm, type Point, sagittal, turn } from './geometry.js';
import type { Frame, Landmark, LandmarkName, Side } from './landmarks.js';

/** Why a frame gives no number, and so what the person is asked to do. */
export type NoMeasure =
  | Unmeasurable
  /** The body is not in the test's position (e.g. sitting up for the Thomas test). */
  | { readonly kind: 'not-in-position' }
  /** Segments too short in the picture to measure within a degree or two: come closer. */
  | { readonly kind: 'too-far' };

export type Measured<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly why: NoMeasure };

/**
 * A thigh or trunk shorter than this share of the frame's height is a few dozen pixels: one
 * pixel of landmark noise is then more than a degree.
 */
export const MIN_SEGMENT_SHARE = 0.12;

/** In the Thomas test the trunk lies on the table: more than this from level, the person is not lying back. */
export const MAX_TABLE_TILT = 35;

/**
 * A hanging thigh more than this above the table line is not hanging: the camera sees the knee
 * hugged to the chest.
 */
export const MAX_HANGING_ELEVATION = 45;

/** In the kneeling lunge the trunk is upright: leaning more than this, the person is not in the lunge. */
export const MAX_LUNGE_LEAN = 45;

const pick = (a: Landmark | undefined, b: Landmark | undefined): 'left' | 'right' =>
  (a?.score ?? 0) >= (b?.score ?? 0) ? 'left' : 'right';

const tooShort = (frame: Frame, ...segments: [Point, Point][]) =>
  segments.some(([a, b]) => norm(minus(a, b)) < frame.height * MIN_SEGMENT_SHARE);

export interface ThomasMeasure {
  /** The hanging leg's side. */
  readonly side: Side;
  /**
   * Degrees of the hanging thigh above (+) or below (−) the line of the trunk lying on the
   * table, continued past the hip: + means the hip cannot straighten (a tight hip flexor).
   */
  readonly elevation: number;
}

/**
 * The Thomas test from the side: the person lies back on a table edge, one knee hugged, the
 * other leg hanging. Of the legs the camera sees confidently, the hanging one is the lower.
 */
export function measureThomas(frame: Frame): Measured<ThomasMeasure> {
  const lm = frame.landmarks;
  const shoulderName: LandmarkName = `${pick(lm.left_shoulder, lm.right_shoulder)}_shoulder`;
  const legs: { side: Side; elevation: number }[] = [];
  let firstFailure: NoMeasure | undefined;
  let trunkFailure: NoMeasure | undefined;
  for (const side of ['left', 'right'] as const) {
    const g = gate(frame, [shoulderName, `${side}_hip`, `${side}_knee`]);
    if (!g.ok) {
      firstFailure ??= g.why;
      continue;
    }
    const shoulder = g.points[shoulderName];
    const hip = g.points[`${side}_hip`];
    const knee = g.points[`${side}_knee`];
    if (tooShort(frame, [shoulder, hip], [hip, knee])) {
      trunkFailure ??= { kind: 'too-far' };
      continue;
    }
    const trunk = minus(hip, shoulder);
    // Level trunk: its direction is within MAX_TABLE_TILT of horizontal.
    const tilt = Math.abs((Math.atan2(trunk.y, Math.abs(trunk.x)) * 180) / Math.PI);
    if (tilt > MAX_TABLE_TILT) {
      trunkFailure ??= { kind: 'not-in-position' };
      continue;
    }
    // Seen with the feet to the right (trunk pointing +x), "above" is a counter-clockwise turn in
    // the upright plane; with the feet to the left, the mirror.
    const facing = trunk.x >= 0 ? 1 : -1;
    const elevation = turn(sagittal(trunk, facing), sagittal(minus(knee, hip), facing));
    legs.push({ side, elevation });
  }
  // A thigh far above the line is the hugged one, not a hanging one.
  const hangingLegs = legs.filter((leg) => leg.elevation <= MAX_HANGING_ELEVATION);
  if (hangingLegs.length === 0) {
    return { ok: false, why: firstFailure ?? trunkFailure ?? { kind: 'not-in-position' } };
  }
  const hanging = hangingLegs.reduce((low, leg) => (leg.elevation < low.elevation ? leg : low));
  return { ok: true, value: { side: hanging.side, elevation: hanging.elevation } };
}

export interface LungeMeasure {
  /** The back (kneeling) leg's side. */
  readonly side: Side;
  /**
   * Degrees the back thigh reaches behind the trunk line continued past the hip: the hip's
   * extension, what a tight psoas limits.
   */
  readonly hipExtension: number;
  /**
   * Degrees the trunk leans back (+) or forward (−) from upright: leaning back in a lunge is the
   * lower back arching to make up for a hip that will not open.
   */
  readonly trunkLean: number;
}

/**
 * The kneeling lunge from the side: the front knee is the higher one, the person faces the side
 * the front knee is on.
 */
export function measureLunge(frame: Frame): Measured<LungeMeasure> {
  const lm = frame.landmarks;
  const shoulderName: LandmarkName = `${pick(lm.left_shoulder, lm.right_shoulder)}_shoulder`;
  const hipName: LandmarkName = `${pick(lm.left_hip, lm.right_hip)}_hip`;
  const g = gate(frame, [shoulderName, hipName, 'left_knee', 'right_knee']);
  if (!g.ok) return { ok: false, why: g.why };
  const { left_knee: leftKnee, right_knee: rightKnee } = g.points;
  const shoulder = g.points[shoulderName];
  const hip = g.points[hipName];
  const backSide: Side = leftKnee.y >= rightKnee.y ? 'left' : 'right';
  const back = backSide === 'left' ? leftKnee : rightKnee;
  const front = backSide === 'left' ? rightKnee : leftKnee;
  if (tooShort(frame, [shoulder, hip], [hip, back])) return { ok: false, why: { kind: 'too-far' } };
  // Kneeling: the back knee is below the hip, the front knee ahead of it.
  if (back.y <= hip.y || front.x === hip.x) return { ok: false, why: { kind: 'not-in-position' } };
  const facing = front.x > hip.x ? 1 : -1;
  const trunkUp = sagittal(minus(shoulder, hip), facing);
  // Upright is +y; a shoulder behind the hip (−x) is a lean back, a counter-clockwise turn.
  const trunkLean = turn({ x: 0, y: 1 }, trunkUp);
  if (Math.abs(trunkLean) > MAX_LUNGE_LEAN) return { ok: false, why: { kind: 'not-in-position' } };
  const trunkDown = sagittal(minus(hip, shoulder), facing);
  // The thigh behind the line continued downwards is a clockwise turn from it.
  const hipExtension = -turn(trunkDown, sagittal(minus(back, hip), facing));
  return { ok: true, value: { side: backSide, hipExtension, trunkLean } };
}
