/** A cell of the grid that can be chosen (a free time to move to, or an open time to book). */
export interface GridCell {
  key: string;
  column: number;
  row: number;
  /** Wall-clock minute of the day the cell starts at (a free time may start inside a row). */
  minute: number;
  /** ISO instant the cell starts at. */
  start: string;
  /** The practitioner the cell belongs to ('' when any practitioner). */
  practitionerId: string;
  label: string;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The cell the arrow keys go to: the next one down or up the same column, or in the nearest
 * column to the side that has one, at the closest row. Null when there is none that way.
 */
export function nextCell(cells: readonly GridCell[], from: GridCell, direction: Direction): GridCell | null {
  let best: GridCell | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of cells) {
    let score: number;
    if (direction === 'down' || direction === 'up') {
      const ahead = direction === 'down' ? c.row - from.row : from.row - c.row;
      if (c.column !== from.column || ahead <= 0) continue;
      score = ahead;
    } else {
      const ahead = direction === 'right' ? c.column - from.column : from.column - c.column;
      if (ahead <= 0) continue;
      score = ahead * 10_000 + Math.abs(c.row - from.row) * 2 + (c.row > from.row ? 1 : 0);
    }
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
