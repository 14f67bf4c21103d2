import type { Frame, Landmark, LandmarkName } from './landmarks.js';

/**
 * Below this confidence a landmark is a guess: the measure says "cannot measure" rather than
 * turn a guess into degrees. MoveNet's and BlazePose's own demos draw a point from 0.3; a
 * measurement shown to a person as a number asks for more.
 */
export const MIN_SCORE = 0.5;

/**
 * A landmark closer to the frame's edge than this share of the frame is likely cut off (models
 * place a hidden foot or knee on the border): the person is asked to move into view.
 */
export const EDGE_MARGIN = 0.02;

export type Unmeasurable =
  /** A needed point is outside or on the edge of the picture: move so the whole side is in view. */
  | { readonly kind: 'out-of-view'; readonly landmarks: readonly LandmarkName[] }
  /** A needed point is in the picture but the model is unsure of it (clothing, light, angle). */
  | { readonly kind: 'unsure'; readonly landmarks: readonly LandmarkName[] };

export type Gated<T extends LandmarkName> =
  | { readonly ok: true; readonly points: Readonly<Record<T, Landmark>> }
  | { readonly ok: false; readonly why: Unmeasurable };

const inView = (frame: Frame, p: Landmark) => {
  const mx = frame.width * EDGE_MARGIN;
  const my = frame.height * EDGE_MARGIN;
  return p.x >= mx && p.x <= frame.width - mx && p.y >= my && p.y <= frame.height - my;
};

/**
 * The named landmarks when every one is confidently inside the picture; otherwise why not, the
 * points out of view first (the person can fix that by moving).
 */
export function gate<T extends LandmarkName>(frame: Frame, names: readonly T[]): Gated<T> {
  const outOfView: LandmarkName[] = [];
  const unsure: LandmarkName[] = [];
  for (const name of names) {
    const p = frame.landmarks[name];
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y) || !Number.isFinite(p.score)) unsure.push(name);
    else if (!inView(frame, p)) outOfView.push(name);
    else if (p.score < MIN_SCORE) unsure.push(name);
  }
  if (outOfView.length > 0) return { ok: false, why: { kind: 'out-of-view', landmarks: outOfView } };
  if (unsure.length > 0) return { ok: false, why: { kind: 'unsure', landmarks: unsure } };
  const points = Object.fromEntries(names.map((n) => [n, frame.landmarks[n]!])) as Record<T, Landmark>;
  return { ok: true, points };
}
