export interface Figure {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  aim?: string;
  ratio?: number;
  note?: string;
}
export const resultsDir: string;
export function summarise(values: number[]): { median: number; min: number; max: number; runs: number };
export function writeResults(
  bench: string,
  figures: Figure[],
): { bench: string; measuredAt: string; figures: Figure[] };
export function round(x: number): number;
export function freePort(): Promise<number>;
