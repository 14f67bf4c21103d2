/** A point or direction in a camera frame: x to the right, y down. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export const minus = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
export const norm = (a: Point): number => Math.hypot(a.x, a.y);
const DEG = 180 / Math.PI;

/**
 * The side view turned so the person faces +x and up is +y (a plain math plane): `facing` is +1
 * when the person faces the right of the frame, −1 when they face its left.
 */
export const sagittal = (p: Point, facing: 1 | -1): Point => ({ x: p.x * facing, y: -p.y });

/** Angle in degrees turning from `a` to `b`, counter-clockwise positive, in (−180, 180]. */
export function turn(a: Point, b: Point): number {
  const cross = a.x * b.y - a.y * b.x;
  const dot = a.x * b.x + a.y * b.y;
  return Math.atan2(cross, dot) * DEG;
}
