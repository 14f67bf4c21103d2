/**
 * Prices as people read and type them, stored as minor units (cents): "85.00" in English and
 * "85,00" in Spanish are both 8500 for CAD. The locale's own separators come from Intl, so a
 * language added later needs nothing here.
 */

/** How many decimals the currency has (2 for CAD and EUR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/** Minor units as the amount a person types, without the currency: 8500 → "85.00" (en), "85,00" (es). */
export function formatAmount(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(minor / 10 ** digits);
}

/** Minor units with the currency, as the locale writes a price: 8500 → "CA$85.00" (en), "85,00 CA$" (es). */
export function formatPrice(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** digits);
}

/**
 * What a person typed as an amount → minor units, or null when it is not a price. The locale's
 * decimal separator is the decimal; the other of "." and "," is read as a decimal too when it is
 * the only one and followed by at most the currency's digits ("85.5" in Spanish is 85,50), and as
 * grouping otherwise ("1.250" in Spanish is 1250). Spaces and a currency code or sign around it
 * are ignored. More decimals than the currency has, signs, or letters inside are refused.
 */
export function parseAmount(text: string, currency: string, locale: string): number | null {
  const digits = currencyDigits(currency);
  const { decimal, group } = separators(locale);
  const symbol =
    new Intl.NumberFormat(locale, { style: 'currency', currency })
      .formatToParts(0)
      .find((p) => p.type === 'currency')?.value ?? currency;
  let s = text
    .replaceAll(symbol, '')
    .normalize('NFKC')
    .replace(new RegExp(currency, 'gi'), '')
    .replace(/[\s$€£¥]/g, '');
  if (s === '' || !/^[0-9.,']+$/.test(s)) return null;
  if (group !== '.' && group !== ',') s = s.replaceAll(group, '');
  const other = decimal === ',' ? '.' : ',';
  let whole = s;
  let fraction = '';
  const lastDecimal = s.lastIndexOf(decimal);
  if (lastDecimal >= 0) {
    whole = s.slice(0, lastDecimal);
    fraction = s.slice(lastDecimal + 1);
    if (whole.includes(decimal)) return null;
    const groups = whole.split(other);
    if (groups.slice(1).some((g) => g.length !== 3)) return null;
    whole = groups.join('');
  } else if (s.split(other).length === 2 && s.length - s.indexOf(other) - 1 <= digits && digits > 0) {
    [whole = '', fraction = ''] = s.split(other);
  } else {
    const groups = s.split(other);
    if (groups.slice(1).some((g) => g.length !== 3)) return null;
    whole = groups.join('');
  }
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') return null;
  if (fraction.length > digits) return null;
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}
