/**
 * Which number to call, by country, and how the browser's locale chooses the country. Pure: the
 * web app passes `navigator.languages`; the result page and the stop notice show the numbers as
 * tap-to-call links. Numbers are listed only where they are sure (docs/clinical-safety.md §5):
 * no non-emergency line is invented for a country that has no single national one.
 */

/** Countries the country list offers, as ISO 3166-1 alpha-2 codes. */
export const EU_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

export const SUPPORTED_COUNTRIES = ['CA', 'US', 'GB', ...EU_COUNTRIES] as const;
export type CountryCode = (typeof SUPPORTED_COUNTRIES)[number];

/** A health advice line for when it is not an emergency; `id` names its text in the locale files. */
export interface HealthLine {
  id: 'ca-811' | 'gb-nhs-111';
  number: string;
}

export interface EmergencyNumbers {
  /** The country the numbers are for; undefined when the locale did not tell us. */
  country: CountryCode | undefined;
  /** The number to call in an emergency. */
  emergency: string;
  /** Other emergency numbers that also work there (112 in the UK). */
  alsoWorks: string[];
  /** The non-emergency health advice line, where the country has one national number. */
  healthLine: HealthLine | undefined;
}

/** 112 is the European emergency number and also reaches help from most mobile networks. */
export const FALLBACK_EMERGENCY = '112';

const OWN_NUMBERS: Readonly<Record<string, Omit<EmergencyNumbers, 'country'>>> = {
  // 811: HealthLink BC and the other provinces' health advice lines (Health811, Info-Santé…).
  CA: { emergency: '911', alsoWorks: [], healthLine: { id: 'ca-811', number: '811' } },
  US: { emergency: '911', alsoWorks: [], healthLine: undefined },
  // 999 and 112 both reach the emergency services; NHS 111 for urgent but not emergency care.
  GB: { emergency: '999', alsoWorks: ['112'], healthLine: { id: 'gb-nhs-111', number: '111' } },
};

export function isSupportedCountry(value: unknown): value is CountryCode {
  return typeof value === 'string' && (SUPPORTED_COUNTRIES as readonly string[]).includes(value);
}

/** The numbers for a country; for an unknown or missing country, 112 and no health line. */
export function emergencyNumbersFor(country: string | undefined): EmergencyNumbers {
  if (!isSupportedCountry(country)) {
    return { country: undefined, emergency: FALLBACK_EMERGENCY, alsoWorks: [], healthLine: undefined };
  }
  const known = OWN_NUMBERS[country];
  if (known) return { country, ...known, alsoWorks: [...known.alsoWorks] };
  // EU: 112 everywhere. No single national non-emergency line is listed (Spain has none).
  return { country, emergency: FALLBACK_EMERGENCY, alsoWorks: [], healthLine: undefined };
}

/** The region of a BCP-47 tag ('es-ES' → 'ES', 'en_gb' → 'GB', 'zh-Hant-TW' → 'TW'), or undefined. */
export function regionOf(tag: string): string | undefined {
  const subtags = tag.trim().split(/[-_]/).slice(1);
  for (const s of subtags) {
    if (s.length === 1) return undefined; // an extension (-u-…, -x-…) starts: no region before it
    if (/^[a-z]{2}$/i.test(s)) return s.toUpperCase();
  }
  return undefined;
}

/**
 * The country of the first locale (in the browser's order) whose region we support: en-CA → CA,
 * es-ES → ES, en-GB → GB. A language without a region ('es') or an unsupported region tells us
 * nothing; then the answer is undefined and the caller shows 112 with a way to pick the country.
 */
export function countryFromLocales(locales: readonly string[]): CountryCode | undefined {
  for (const tag of locales) {
    if (typeof tag !== 'string') continue;
    const region = regionOf(tag);
    // UK is not an ISO code, but some systems write en-UK.
    const code = region === 'UK' ? 'GB' : region;
    if (isSupportedCountry(code)) return code;
  }
  return undefined;
}

/** The numbers to show for a browser's locales (navigator.languages). */
export const emergencyNumbersForLocales = (locales: readonly string[]): EmergencyNumbers =>
  emergencyNumbersFor(countryFromLocales(locales));
