import { type Frame, MIN_SCORE } from '../../../domain/movement/index.js';

const BONES: [string, string][] = [
  ['left_shoulder', 'right_shoulder'],
  ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'],
  ['left_hip', 'right_hip'],
  ['left_hip', 'left_knee'],
  ['left_knee', 'left_ankle'],
  ['right_hip', 'right_knee'],
  ['right_knee', 'right_ankle'],
  ['left_shoulder', 'left_elbow'],
  ['left_elbow', 'left_wrist'],
  ['right_shoulder', 'right_elbow'],
  ['right_elbow', 'right_wrist'],
];

/** The points the model is sure of, joined as a stick figure over the picture: what the check sees. */
export function drawSkeleton(canvas: HTMLCanvasElement, frame: Frame): number {
  canvas.width = frame.width;
  canvas.height = frame.height;
  const g = canvas.getContext('2d');
  const lm = frame.landmarks as Record<string, { x: number; y: number; score: number } | undefined>;
  const sure = Object.entries(lm).filter(([, p]) => p && p.score >= MIN_SCORE);
  if (!g) return sure.length;
  g.clearRect(0, 0, canvas.width, canvas.height);
  g.lineWidth = Math.max(3, frame.width / 200);
  g.strokeStyle = '#0f5e57';
  g.fillStyle = '#f4b942';
  for (const [a, b] of BONES) {
    const p = lm[a];
    const q = lm[b];
    if (!p || !q || p.score < MIN_SCORE || q.score < MIN_SCORE) continue;
    g.beginPath();
    g.moveTo(p.x, p.y);
    g.lineTo(q.x, q.y);
    g.stroke();
  }
  for (const [, p] of sure) {
    g.beginPath();
    g.arc(p!.x, p!.y, g.lineWidth * 1.6, 0, Math.PI * 2);
    g.fill();
  }
  return sure.length;
}
