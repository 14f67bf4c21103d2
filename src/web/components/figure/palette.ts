import type { Item, Role } from '../../../domain/figure/index.js';

/** Near-side colours first, far-side (lighter) second: the far limbs recede. */
const COLOURS: Record<Role, [string, string]> = {
  skin: ['#d99a74', '#efc9ae'],
  shirt: ['#2f7f78', '#8cc2bb'],
  trousers: ['#34495e', '#98a6b5'],
  shoe: ['#1f2933', '#7b8794'],
  hair: ['#3b2a20', '#3b2a20'],
  weight: ['#b03a2e', '#d98a80'],
  bone: ['#f6efe0', '#f6efe0'],
  eye: ['#2a211c', '#2a211c'],
  floor: ['#e4ddcf', '#d3cab8'],
  mat: ['#8f7cc4', '#6f5ca6'],
  prop: ['#b57e48', '#8f5f31'],
  table: ['#a8764a', '#7f5530'],
  ball: ['#5b9bd5', '#3f7fb8'],
  roller: ['#f0a04b', '#c97a2a'],
};

/** Face shades: 0 = top (lit), 1 = front, 2 = ends. */
export function fillFor(item: Item): string {
  const [near, far] = COLOURS[item.role];
  if (
    item.type === 'polygon' &&
    (item.role === 'floor' || item.role === 'mat' || item.role === 'prop' || item.role === 'table')
  ) {
    return item.shade === 0 ? near : item.shade === 1 ? far : shade(far, 0.85);
  }
  return item.far ? far : near;
}

function shade(hex: string, k: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => Math.round(v * k));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export const PSOAS_COLOURS = {
  lengthened: '#1d4ed8',
  shortened: '#c2410c',
  neutral: '#7c3aed',
} as const;

export type PsoasState = keyof typeof PSOAS_COLOURS;

/** Within ±1 % of standing counts as unchanged. */
export function psoasState(ratio: number): PsoasState {
  if (ratio > 1.01) return 'lengthened';
  if (ratio < 0.99) return 'shortened';
  return 'neutral';
}
