import type { Frame, LandmarkName, Landmarks, Side } from './landmarks.js';

/**
 * Synthetic side views with known angles, for tests: a body drawn by its joints in a 1280×720
 * frame, every landmark confident unless a test says otherwise.
 */
export const FRAME = { width: 1280, height: 720 } as const;

const at = (x: number, y: number, score = 0.9) => ({ x, y, score });
const rad = (d: number) => (d * Math.PI) / 180;

/** A point `length` px from `from` in direction `deg` (0 = right, 90 = up, as a person sees it). */
export const toward = (from: { x: number; y: number }, deg: number, length: number) => ({
  x: from.x + Math.cos(rad(deg)) * length,
  y: from.y - Math.sin(rad(deg)) * length,
});

export interface ThomasPose {
  /** The trunk's tilt from level, degrees (feet lower when positive). */
  readonly tableTilt: number;
  /** The hanging thigh's elevation above the trunk line, degrees. */
  readonly elevation: number;
  /** Feet towards the right of the frame (true) or its left. */
  readonly feetRight: boolean;
  readonly hangingSide: Side;
  readonly trunk: number;
  readonly thigh: number;
}

/** The Thomas test position with a known elevation of the hanging thigh. */
export function thomasFrame(pose: ThomasPose): Frame {
  const hip = at(640, 380);
  const f = pose.feetRight ? 1 : -1;
  // The trunk continues from the hip towards the feet at -tableTilt (mirrored when feet left).
  const lineDeg = pose.feetRight ? -pose.tableTilt : 180 + pose.tableTilt;
  const shoulder = toward(hip, lineDeg + 180, pose.trunk);
  const knee = toward(hip, lineDeg + f * pose.elevation, pose.thigh);
  const hugged = toward(hip, lineDeg + f * 120, pose.thigh * 0.9);
  const other: Side = pose.hangingSide === 'left' ? 'right' : 'left';
  const landmarks: Landmarks = {
    [`${pose.hangingSide}_shoulder`]: at(shoulder.x, shoulder.y),
    [`${other}_shoulder`]: at(shoulder.x + 2, shoulder.y - 3, 0.6),
    [`${pose.hangingSide}_hip`]: hip,
    [`${other}_hip`]: at(hip.x + 1, hip.y - 2, 0.7),
    [`${pose.hangingSide}_knee`]: at(knee.x, knee.y),
    [`${other}_knee`]: at(hugged.x, hugged.y, 0.8),
  };
  return { ...FRAME, landmarks };
}

export interface LungePose {
  readonly hipExtension: number;
  readonly trunkLean: number;
  readonly facingRight: boolean;
  readonly backSide: Side;
  readonly trunk: number;
  readonly thigh: number;
}

/** The kneeling lunge with a known hip extension of the back thigh and trunk lean. */
export function lungeFrame(pose: LungePose): Frame {
  const hip = at(640, 330);
  const f = pose.facingRight ? 1 : -1;
  // Upright is 90°; leaning back turns the trunk towards the back (away from facing).
  const trunkDeg = 90 + f * pose.trunkLean;
  const shoulder = toward(hip, trunkDeg, pose.trunk);
  const back = toward(hip, trunkDeg + 180 - f * pose.hipExtension, pose.thigh);
  const front = { x: hip.x + f * pose.thigh * 0.95, y: hip.y + pose.thigh * 0.2 };
  const frontSide: Side = pose.backSide === 'left' ? 'right' : 'left';
  const landmarks: Landmarks = {
    left_shoulder: at(shoulder.x, shoulder.y),
    right_shoulder: at(shoulder.x + 1, shoulder.y + 1, 0.7),
    left_hip: hip,
    right_hip: at(hip.x + 1, hip.y + 1, 0.7),
    [`${pose.backSide}_knee`]: at(back.x, back.y),
    [`${frontSide}_knee`]: at(front.x, front.y),
  };
  return { ...FRAME, landmarks };
}

/** The same frame with one landmark's confidence replaced. */
export const withScore = (frame: Frame, name: LandmarkName, score: number): Frame => ({
  ...frame,
  landmarks: { ...frame.landmarks, [name]: { ...frame.landmarks[name]!, score } },
});

/** The same frame with every landmark moved by up to `px` pixels, from a seeded list of offsets. */
export const jitter = (frame: Frame, offsets: readonly number[]): Frame => {
  const entries = Object.entries(frame.landmarks);
  return {
    ...frame,
    landmarks: Object.fromEntries(
      entries.map(([name, p], i) => [
        name,
        {
          ...p,
          x: p.x + (offsets[(2 * i) % offsets.length] ?? 0),
          y: p.y + (offsets[(2 * i + 1) % offsets.length] ?? 0),
        },
      ]),
    ),
  };
};
