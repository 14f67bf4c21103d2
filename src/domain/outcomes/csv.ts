/**
 * CSV as RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled), safe to open in a spreadsheet: a text cell starting with = + - @ (or a tab or
 * carriage return) would run as a formula, so it gets a leading apostrophe. Numbers are written
 * as numbers, so a negative figure stays a number.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
