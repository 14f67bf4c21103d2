import { describe, expect, it } from 'vitest';
import { type GridCell, nextCell } from './grid-keys.js';

const cell = (column: number, row: number): GridCell => ({
  key: `${column}:${row}`,
  column,
  row,
  minute: row * 15,
  start: '',
  practitionerId: '',
  label: '',
});

describe('arrow keys on the calendar grid', () => {
  const cells = [cell(0, 0), cell(0, 4), cell(1, 3), cell(1, 5), cell(3, 4)];
  it('go down and up within a column, skipping times that are not free', () => {
    expect(nextCell(cells, cells[0]!, 'down')?.key).toBe('0:4');
    expect(nextCell(cells, cells[1]!, 'up')?.key).toBe('0:0');
    expect(nextCell(cells, cells[1]!, 'down')).toBeNull();
  });
  it('go sideways to the nearest column that has a free time, at the closest row', () => {
    expect(nextCell(cells, cells[1]!, 'right')?.key).toBe('1:3');
    expect(nextCell(cells, cells[3]!, 'right')?.key).toBe('3:4');
    // Rows 3 and 5 are as close: the earlier one wins.
    expect(nextCell(cells, cells[4]!, 'left')?.key).toBe('1:3');
    expect(nextCell(cells, cells[0]!, 'left')).toBeNull();
  });
});
