/**
 * Body landmarks as a pose model reports them for one video frame: a point in the frame's pixels
 * (x to the right, y down, as in every camera image) and the model's confidence in it, 0–1.
 * Names follow the 17 COCO keypoints that MoveNet, BlazePose and most browser models share.
 */
export const LANDMARK_NAMES = [
  'nose',
  'left_eye',
  'right_eye',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
] as const;
export type LandmarkName = (typeof LANDMARK_NAMES)[number];

export interface Landmark {
  readonly x: number;
  readonly y: number;
  /** The model's confidence that the point is where it says, 0–1. */
  readonly score: number;
}

export type Landmarks = Partial<Readonly<Record<LandmarkName, Landmark>>>;

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly landmarks: Landmarks;
}

export type Side = 'left' | 'right';

/** The joints of one side of the body, the side the camera sees. */
export type SideJoint = 'shoulder' | 'hip' | 'knee' | 'ankle';
export const sideLandmark = (side: Side, joint: SideJoint): LandmarkName => `${side}_${joint}`;

export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');
