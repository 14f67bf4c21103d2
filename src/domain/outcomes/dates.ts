// Plain calendar dates ('YYYY-MM-DD') as UTC day numbers: pure and free of the local zone.

const DAY_MS = 86_400_000;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPlainDate(value: string): boolean {
  const m = PLAIN_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export const addDays = (date: string, days: number): string =>
  new Date((toDay(date) + days) * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number => toDay(to) - toDay(from);
