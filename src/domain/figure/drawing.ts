import type { Camera, ExerciseAnimation } from './animation.js';
import {
  BODY,
  type BodySolution,
  type Pose,
  SIDES,
  type Side,
  TORSO_SLICES as SLICES,
  solve,
  standingPose,
} from './body.js';
import { propShapes, type Shape3D } from './props.js';
import { pathLength, psoasOutline, psoasPath } from './psoas.js';
import { add, apply, DEG, type Mat3, type Vec3 } from './vector.js';

/** A point on the picture: x to the right, y DOWN (SVG), plus depth (larger = nearer). */
export interface Point2 {
  x: number;
  y: number;
}

export type Role =
  | 'floor'
  | 'mat'
  | 'prop'
  | 'table'
  | 'ball'
  | 'roller'
  | 'skin'
  | 'shirt'
  | 'trousers'
  | 'shoe'
  | 'hair'
  | 'weight'
  | 'bone'
  | 'eye';

export type Item =
  | {
      type: 'polygon';
      points: Point2[];
      role: Role;
      shade: number;
      smooth?: boolean;
      depth: number;
      far?: boolean;
    }
  | { type: 'capsule'; a: Point2; b: Point2; width: number; role: Role; depth: number; far?: boolean }
  | { type: 'circle'; c: Point2; r: number; role: Role; depth: number; far?: boolean };

export interface PsoasLine {
  side: Side;
  /** The line of action: origin, L5, pelvic brim, lesser trochanter. */
  points: Point2[];
  /** The muscle's shape around that line, for a filled drawing. */
  outline: Point2[];
  /** Length relative to the same side standing: >1 lengthened, <1 shortened. */
  ratio: number;
}

export interface FigureDrawing {
  /** Props and floor, back to front. */
  scene: Item[];
  /** Body parts, back to front. */
  body: Item[];
  /** Pelvis and spine drawn faintly over the body, so tilt can be seen. */
  skeleton: Item[];
  psoas: PsoasLine[];
  /** Anterior pelvic tilt relative to the trunk's base frame, degrees. */
  pelvicTilt: number;
  /** Back (PSIS) and front (ASIS) of the pelvis, near side: their slope shows the tilt. */
  pelvisLine: [Point2, Point2];
}

export function projector(camera: Camera) {
  const cy = Math.cos(camera.yaw * DEG);
  const sy = Math.sin(camera.yaw * DEG);
  const ce = Math.cos(camera.elevation * DEG);
  const se = Math.sin(camera.elevation * DEG);
  return (p: Vec3): Point2 & { depth: number } => {
    const x = cy * p[0] + sy * p[2];
    const z1 = -sy * p[0] + cy * p[2];
    const y = ce * p[1] - se * z1;
    const z = se * p[1] + ce * z1;
    return { x, y: -y, depth: z };
  };
}

const STANDING_PSOAS = {
  near: pathLength(psoasPath(solve(standingPose), 'near')),
  far: pathLength(psoasPath(solve(standingPose), 'far')),
};

const PELVIS_BONE: [number, number][] = [
  [-8, 10],
  [-3, 13.5],
  [4, 11.5],
  [7.5, 8],
  [5, 4],
  [7, -3],
  [6, -6],
  [0, -5],
  [-5, -8],
  [-6, -3],
  [-9, 3],
];

export function drawFigure(pose: Pose, camera: Camera, options: { weights?: Side } = {}): FigureDrawing {
  const project = projector(camera);
  const b = solve(pose);
  const body: Item[] = [];
  const cap = (a: Vec3, c: Vec3, width: number, role: Role, far: boolean) => {
    const pa = project(a);
    const pc = project(c);
    body.push({ type: 'capsule', a: pa, b: pc, width, role, depth: (pa.depth + pc.depth) / 2, far });
  };
  for (const side of SIDES) {
    const l = b[side];
    const far = side === 'far';
    cap(l.shoulder, l.elbow, 10, 'shirt', far);
    cap(l.elbow, l.wrist, 8, 'skin', far);
    cap(l.wrist, l.fingers, 7.5, 'skin', far);
    cap(l.hip, l.knee, 16, 'trousers', far);
    cap(l.knee, l.ankle, 11.5, 'trousers', far);
    cap(l.heel, l.toe, 7, 'shoe', far);
    if (options.weights === side) {
      const cuff = add(l.ankle, apply(l.shankFrame, [0, 6, 0]));
      cap(cuff, add(cuff, apply(l.shankFrame, [0, 6, 0])), 15, 'weight', far);
    }
  }
  body.push(torso(b, project));
  const neckA = project(b.c7);
  const neckB = project(add(b.c7, apply(b.neckFrame, [1, 7, 0])));
  body.push({ type: 'capsule', a: neckA, b: neckB, width: 9, role: 'skin', depth: neckA.depth });
  const head = project(b.headCentre);
  body.push({ type: 'circle', c: head, r: 10.5, role: 'skin', depth: head.depth + 0.5 });
  body.push(hair(b, project));
  body.push(nose(b, project));
  for (const z of [-3.6, 3.6]) {
    const eye = project(add(b.headCentre, apply(b.neckFrame, [7.2, 2.2, z])));
    const facing = project(add(b.headCentre, apply(b.neckFrame, [10, 0, z]))).depth - head.depth;
    // Only the eyes turned towards the viewer (or in profile) are drawn.
    if (facing > -1) body.push({ type: 'circle', c: eye, r: 1.1, role: 'eye', depth: head.depth + 0.8 });
  }
  body.sort((x, y) => x.depth - y.depth);

  const skeleton: Item[] = [];
  // Coccyx → sacrum → lumbar → thoracic: the bend at L5/S1 shows the lordosis.
  const spine = [
    add(b.root, apply(b.pelvisFrame, [-9.5, 0, 0])),
    b.sacrum,
    add(b.sacrum, apply(b.lumbarFrame, [0, BODY.lumbar / 2, 0])),
    b.l1,
    add(b.l1, apply(b.thoracicFrame, [0, BODY.thoracic / 2, 0])),
    b.c7,
  ].map(project);
  skeleton.push({ type: 'polygon', points: spine, role: 'bone', shade: 0, depth: 0 });
  const pelvis = PELVIS_BONE.map(([f, u]) => project(add(b.root, apply(b.pelvisFrame, [f, u, 0]))));
  skeleton.push({ type: 'polygon', points: pelvis, role: 'bone', shade: 1, smooth: true, depth: 0 });

  const psoas: PsoasLine[] = SIDES.map((side) => {
    const path = psoasPath(b, side);
    return {
      side,
      points: path.map(project),
      outline: psoasOutline(b, side).map(project),
      ratio: pathLength(path) / STANDING_PSOAS[side],
    };
  });
  const psis = project(add(b.root, apply(b.pelvisFrame, [-8, 10, 0])));
  const asis = project(add(b.root, apply(b.pelvisFrame, [7.5, 8, 0])));
  return { scene: [], body, skeleton, psoas, pelvicTilt: pose.pelvicTilt, pelvisLine: [psis, asis] };
}

type Project = ReturnType<typeof projector>;

function torso(b: BodySolution, project: Project): Item {
  const frames = {
    pelvis: [b.root, b.pelvisFrame],
    lumbar: [b.sacrum, b.lumbarFrame],
    thoracic: [b.l1, b.thoracicFrame],
  } as const;
  const left: Point2[] = [];
  const right: Point2[] = [];
  let depth = 0;
  for (const s of SLICES) {
    const [origin, frame] = frames[s.frame] as readonly [Vec3, Mat3];
    const c = project(add(origin, apply(frame, [s.at[0], s.at[1], 0])));
    const o = project(origin);
    const f = project(add(origin, apply(frame, [s.a, 0, 0])));
    const r = project(add(origin, apply(frame, [0, 0, s.b])));
    const u = project(add(origin, apply(frame, [0, 1, 0])));
    const F = { x: f.x - o.x, y: f.y - o.y };
    const R = { x: r.x - o.x, y: r.y - o.y };
    let n = { x: -(u.y - o.y), y: u.x - o.x };
    const nl = Math.hypot(n.x, n.y);
    n = nl > 1e-6 ? { x: n.x / nl, y: n.y / nl } : { x: 1, y: 0 };
    const fn = F.x * n.x + F.y * n.y;
    const rn = R.x * n.x + R.y * n.y;
    const k = Math.hypot(fn, rn) || 1;
    const d = { x: (F.x * fn + R.x * rn) / k, y: (F.y * fn + R.y * rn) / k };
    left.push({ x: c.x + d.x, y: c.y + d.y });
    right.push({ x: c.x - d.x, y: c.y - d.y });
    depth += c.depth / SLICES.length;
  }
  return {
    type: 'polygon',
    points: [...left, ...right.reverse()],
    role: 'shirt',
    shade: 0,
    smooth: true,
    depth,
  };
}

function hair(b: BodySolution, project: Project): Item {
  // A crescent cap over the crown and back of the head, built on the head's outline as seen,
  // so it reads from the side, from the front and from above alike.
  const c = project(b.headCentre);
  const towards = project(add(b.headCentre, apply(b.neckFrame, [-5, 10, 0])));
  let dx = towards.x - c.x;
  let dy = towards.y - c.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-6) {
    dx = 0;
    dy = -1;
  } else {
    dx /= len;
    dy /= len;
  }
  const phi = Math.atan2(dy, dx);
  const R = 11.2;
  const pts: Point2[] = [];
  for (let a = -100; a <= 100; a += 20) {
    const t = phi + a * DEG;
    pts.push({ x: c.x + R * Math.cos(t), y: c.y + R * Math.sin(t) });
  }
  const inner = { x: c.x - dx * 3.5, y: c.y - dy * 3.5 };
  for (let a = 75; a >= -75; a -= 25) {
    const t = phi + a * DEG;
    pts.push({ x: inner.x + 9.6 * Math.cos(t), y: inner.y + 9.6 * Math.sin(t) });
  }
  return { type: 'polygon', points: pts, role: 'hair', shade: 0, smooth: true, depth: c.depth + 1 };
}

function nose(b: BodySolution, project: Project): Item {
  const base = add(b.headCentre, apply(b.neckFrame, [9.5, 0, 0]));
  const tip = project(add(b.headCentre, apply(b.neckFrame, [12.5, -1.5, 0])));
  return {
    type: 'polygon',
    points: [
      project(add(base, apply(b.neckFrame, [0, 2.5, 0]))),
      tip,
      project(add(base, apply(b.neckFrame, [0, -3, 0]))),
    ],
    role: 'skin',
    shade: 0,
    depth: project(b.headCentre).depth + 0.6,
  };
}

/** The floor and props of an animation as back-to-front items. */
export function drawScene(animation: ExerciseAnimation, bounds: { minX: number; maxX: number }): Item[] {
  const project = projector(animation.camera);
  const shapes: Shape3D[] = [
    { kind: 'box', min: [bounds.minX - 400, -8, -45], max: [bounds.maxX + 400, 0, 45], role: 'floor' },
  ];
  for (const p of animation.placements) shapes.push(...propShapes(p));
  const items: Item[] = [];
  for (const s of shapes) items.push(...shapeItems(s, project));
  // Faces of boxes sorted back to front; the floor always first.
  return [items[0]!, ...items.slice(1).sort((x, y) => x.depth - y.depth)].filter(Boolean);
}

function shapeItems(s: Shape3D, project: Project): Item[] {
  if (s.kind === 'sphere') {
    const c = project(s.centre);
    return [{ type: 'circle', c, r: s.radius, role: 'ball', depth: c.depth - s.radius }];
  }
  if (s.kind === 'cylinder') {
    const a = project(s.a);
    const c = project(s.b);
    const near = a.depth > c.depth ? a : c;
    return [
      { type: 'capsule', a, b: c, width: 2 * s.radius, role: 'roller', depth: Math.min(a.depth, c.depth) },
      { type: 'circle', c: near, r: s.radius * 0.98, role: 'roller', depth: near.depth },
    ];
  }
  const [x0, y0, z0] = s.min;
  const [x1, y1, z1] = s.max;
  const corner = (x: number, y: number, z: number) => project([x, y, z]);
  const faces: { pts: Vec3[]; normal: Vec3; shade: number }[] = [
    {
      pts: [
        [x0, y1, z0],
        [x1, y1, z0],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
      normal: [0, 1, 0],
      shade: 0,
    },
    {
      pts: [
        [x0, y0, z1],
        [x1, y0, z1],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
      normal: [0, 0, 1],
      shade: 1,
    },
    {
      pts: [
        [x0, y0, z0],
        [x1, y0, z0],
        [x1, y1, z0],
        [x0, y1, z0],
      ],
      normal: [0, 0, -1],
      shade: 1,
    },
    {
      pts: [
        [x1, y0, z0],
        [x1, y0, z1],
        [x1, y1, z1],
        [x1, y1, z0],
      ],
      normal: [1, 0, 0],
      shade: 2,
    },
    {
      pts: [
        [x0, y0, z0],
        [x0, y0, z1],
        [x0, y1, z1],
        [x0, y1, z0],
      ],
      normal: [-1, 0, 0],
      shade: 2,
    },
  ];
  const o = project([0, 0, 0]);
  const items: Item[] = [];
  for (const f of faces) {
    const n = project(f.normal);
    if (n.depth - o.depth <= 1e-6) continue;
    const pts = f.pts.map((p) => corner(p[0], p[1], p[2]));
    const depth = pts.reduce((sum, p) => sum + p.depth, 0) / pts.length;
    items.push({ type: 'polygon', points: pts, role: s.role, shade: f.shade, depth });
  }
  return items;
}

/** Picture bounds (SVG coordinates) covering every keyframe and the props, with a margin. */
export function animationBounds(animation: ExerciseAnimation, margin = 10) {
  const project = projector(animation.camera);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const take = (p: Point2, r = 0) => {
    minX = Math.min(minX, p.x - r);
    maxX = Math.max(maxX, p.x + r);
    minY = Math.min(minY, p.y - r);
    maxY = Math.max(maxY, p.y + r);
  };
  for (const k of animation.keyframes) {
    const d = drawFigure(k.pose, animation.camera);
    for (const item of d.body) {
      if (item.type === 'circle') take(item.c, item.r);
      else if (item.type === 'capsule') {
        take(item.a, item.width / 2);
        take(item.b, item.width / 2);
      } else for (const p of item.points) take(p);
    }
  }
  for (const p of animation.placements) {
    for (const s of propShapes(p)) {
      if (s.kind === 'sphere') take(project(s.centre), s.radius);
      else if (s.kind === 'cylinder') {
        take(project(s.a), s.radius);
        take(project(s.b), s.radius);
      } else {
        for (const x of [s.min[0], s.max[0]])
          for (const y of [s.min[1], s.max[1]])
            for (const z of [s.min[2], s.max[2]]) take(project([x, y, z]));
      }
    }
  }
  take({ x: minX, y: project([0, 0, 0]).y + 6 });
  return { minX: minX - margin, maxX: maxX + margin, minY: minY - margin, maxY: maxY + margin };
}
