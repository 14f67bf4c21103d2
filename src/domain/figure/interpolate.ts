import type { LimbPose, Pose } from './body.js';

// Exact at the ends, so a keyframe is reached exactly (no drift from rounding).
const lerp = (a: number, b: number, t: number) => (t === 0 ? a : t === 1 ? b : a + (b - a) * t);

function lerpLimb(a: LimbPose, b: LimbPose, t: number): LimbPose {
  return {
    shoulderFlex: lerp(a.shoulderFlex, b.shoulderFlex, t),
    shoulderAbd: lerp(a.shoulderAbd, b.shoulderAbd, t),
    elbow: lerp(a.elbow, b.elbow, t),
    wrist: lerp(a.wrist, b.wrist, t),
    hipFlex: lerp(a.hipFlex, b.hipFlex, t),
    hipAbd: lerp(a.hipAbd, b.hipAbd, t),
    hipRot: lerp(a.hipRot, b.hipRot, t),
    knee: lerp(a.knee, b.knee, t),
    ankle: lerp(a.ankle, b.ankle, t),
  };
}

/** Linear blend of every joint angle and the root (t = 0 gives a, t = 1 gives b; t is clamped). */
export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  const u = Math.min(1, Math.max(0, t));
  return {
    root: {
      x: lerp(a.root.x, b.root.x, u),
      y: lerp(a.root.y, b.root.y, u),
      z: lerp(a.root.z, b.root.z, u),
      pitch: lerp(a.root.pitch, b.root.pitch, u),
      turn: lerp(a.root.turn, b.root.turn, u),
    },
    pelvicTilt: lerp(a.pelvicTilt, b.pelvicTilt, u),
    lumbar: lerp(a.lumbar, b.lumbar, u),
    thoracic: lerp(a.thoracic, b.thoracic, u),
    neck: lerp(a.neck, b.neck, u),
    near: lerpLimb(a.near, b.near, u),
    far: lerpLimb(a.far, b.far, u),
  };
}

/** Smooth start and stop between keyframes (cosine ease in-out). */
export const easeInOut = (t: number): number => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, t)));
