/**
 * A price as a person types it ("45", "45.5", "45,50", "1 200,00") in minor units (cents), or
 * null when it is not a price. Two decimals at most; a comma or a point separates them.
 */
export function toMinorUnits(typed: string): number | null {
  const plain = typed.trim().replace(/[\s\u00a0]/g, '');
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(plain);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Minor units as the decimal text the form shows ("4550" → "45.50"). */
export const fromMinorUnits = (minor: number): string =>
  `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
