import type { Vec3 } from './vector.js';

export type Prop = 'chair' | 'table' | 'exercise-ball' | 'foam-roller' | 'mat' | 'ankle-weights' | 'floor';

/** Where a prop stands in the scene (cm, world axes; the floor is y = 0). */
export interface PropPlacement {
  prop: Prop;
  /** Centre along x (the mat, table and chair seat centre; the ball's and roller's axis). */
  x: number;
  /** Height of the roller's or ball's lowest point when it is not on the floor (default 0). */
  y?: number;
  /** Centre across the body (default 0, the body's mid-plane). */
  z?: number;
  /** Length along x for a mat or table. */
  length?: number;
  /** Which way a chair's seat faces: +1 (back rest on the left) or -1. */
  facing?: 1 | -1;
  /** A foam roller lies across the body (z, the default) or along it (x). */
  axis?: 'x' | 'z';
}

export type Shape3D =
  | { kind: 'box'; min: Vec3; max: Vec3; role: 'prop' | 'mat' | 'floor' | 'table' }
  | { kind: 'sphere'; centre: Vec3; radius: number; role: 'ball' }
  | { kind: 'cylinder'; a: Vec3; b: Vec3; radius: number; role: 'roller' };

export const PROP_SIZE = {
  chairSeat: 45,
  tableTop: 72,
  ballDiameter: 65,
  rollerDiameter: 15,
  matThickness: 1,
} as const;

/** Heights a body may rest on for each prop (used to check that a pose is supported). */
export function supportHeights(p: PropPlacement): number[] {
  switch (p.prop) {
    case 'chair':
      return [PROP_SIZE.chairSeat];
    case 'table':
      return [PROP_SIZE.tableTop];
    case 'exercise-ball':
      return [(p.y ?? 0) + PROP_SIZE.ballDiameter];
    case 'foam-roller':
      return [(p.y ?? 0) + PROP_SIZE.rollerDiameter];
    case 'mat':
      return [PROP_SIZE.matThickness];
    default:
      return [0];
  }
}

const box = (min: Vec3, max: Vec3, role: 'prop' | 'mat' | 'floor' | 'table' = 'prop'): Shape3D => ({
  kind: 'box',
  min,
  max,
  role,
});

export function propShapes(p: PropPlacement): Shape3D[] {
  switch (p.prop) {
    case 'mat': {
      const half = (p.length ?? 190) / 2;
      return [box([p.x - half, 0, -32], [p.x + half, PROP_SIZE.matThickness, 32], 'mat')];
    }
    case 'chair': {
      const f = p.facing ?? 1;
      const h = PROP_SIZE.chairSeat;
      const back = p.x - f * 21;
      const legs: Shape3D[] = [];
      for (const lx of [p.x - 19, p.x + 16]) {
        for (const lz of [-19, 16]) legs.push(box([lx, 0, lz], [lx + 3, h - 3, lz + 3]));
      }
      return [
        ...legs,
        box([p.x - 21, h - 4, -21], [p.x + 21, h, 21]),
        box([Math.min(back, back + f * 4), h, -21], [Math.max(back, back + f * 4), h + 42, 21]),
      ];
    }
    case 'table': {
      const half = (p.length ?? 120) / 2;
      const h = PROP_SIZE.tableTop;
      return [
        box([p.x - half + 4, 0, -28], [p.x - half + 9, h - 5, -23], 'table'),
        box([p.x + half - 9, 0, -28], [p.x + half - 4, h - 5, -23], 'table'),
        box([p.x - half + 4, 0, 23], [p.x - half + 9, h - 5, 28], 'table'),
        box([p.x + half - 9, 0, 23], [p.x + half - 4, h - 5, 28], 'table'),
        box([p.x - half, h - 5, -32], [p.x + half, h, 32], 'table'),
      ];
    }
    case 'exercise-ball': {
      const r = PROP_SIZE.ballDiameter / 2;
      return [{ kind: 'sphere', centre: [p.x, (p.y ?? 0) + r, p.z ?? 0], radius: r, role: 'ball' }];
    }
    case 'foam-roller': {
      const r = PROP_SIZE.rollerDiameter / 2;
      const y = (p.y ?? 0) + r;
      const z = p.z ?? 0;
      return p.axis === 'x'
        ? [{ kind: 'cylinder', a: [p.x - 22, y, z], b: [p.x + 22, y, z], radius: r, role: 'roller' }]
        : [{ kind: 'cylinder', a: [p.x, y, z - 25], b: [p.x, y, z + 25], radius: r, role: 'roller' }];
    }
    default:
      // The floor is always drawn; ankle weights are drawn on the body.
      return [];
  }
}
