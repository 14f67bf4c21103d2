import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyDigits, formatAmount, formatPrice, parseAmount } from './price.js';

describe('prices', () => {
  it('reads back what it writes, in every language and currency', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('en-CA', 'es-ES', 'es-MX', 'de-DE', 'fr-CA'),
        fc.constantFrom('CAD', 'EUR', 'USD', 'JPY'),
        (minor, locale, currency) => {
          expect(parseAmount(formatAmount(minor, currency, locale), currency, locale)).toBe(minor);
          expect(parseAmount(formatPrice(minor, currency, locale), currency, locale)).toBe(minor);
        },
      ),
    );
  });

  it('writes the decimal the reader expects', () => {
    expect(formatAmount(8500, 'CAD', 'en-CA')).toBe('85.00');
    expect(formatAmount(8500, 'CAD', 'es-ES')).toBe('85,00');
    expect(formatAmount(8500, 'JPY', 'es-ES')).toBe('8500');
    expect(currencyDigits('CAD')).toBe(2);
  });

  it('understands what people type', () => {
    expect(parseAmount('85', 'CAD', 'en-CA')).toBe(8500);
    expect(parseAmount('85.5', 'CAD', 'en-CA')).toBe(8550);
    expect(parseAmount('85,50', 'CAD', 'es-ES')).toBe(8550);
    expect(parseAmount('85.50', 'CAD', 'es-ES')).toBe(8550);
    expect(parseAmount('1.250', 'CAD', 'es-ES')).toBe(125_000);
    expect(parseAmount('1,250.00', 'CAD', 'en-CA')).toBe(125_000);
    expect(parseAmount(' 92.00 CAD ', 'CAD', 'en-CA')).toBe(9200);
    expect(parseAmount('$92', 'CAD', 'en-CA')).toBe(9200);
  });

  it('refuses what is not a price', () => {
    for (const bad of ['', 'abc', '-5', '85.001', '8,5,0', '85,5.0', '1e3', '85.00.00'])
      expect(parseAmount(bad, 'CAD', 'en-CA'), bad).toBeNull();
    expect(parseAmount('85,001', 'CAD', 'es-ES')).toBeNull();
  });
});
