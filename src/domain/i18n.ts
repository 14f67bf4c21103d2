/**
 * The product's languages. A new one is one entry here plus its texts: the compiler then asks
 * for it in every `Localized` value, and the web app's locale files are found by folder name.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a reader gets when we do not speak their language, and what old texts are sure to have. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** One value per language: a text, a list of texts, a sentence builder… */
export type Localized<T = string> = Record<Language, T>;

/**
 * The cookie holding the language a reader picked: the web app sets it, the server reads it to
 * send a pre-rendered page in that language.
 */
export const LANGUAGE_COOKIE = 'psoas_lang';

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Localized = { en: 'English', es: 'Español' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A BCP-47 tag's primary subtag, lower-cased: 'es-MX' → 'es', 'EN_gb' → 'en'. */
const primarySubtag = (tag: string) => tag.trim().split(/[-_]/)[0]!.toLowerCase();

/**
 * The one fallback rule: a language we speak, from anything a client or a row may hold (a stored
 * setting, a BCP-47 tag, an Accept-Language header); English when none of it is ours.
 */
export function toLanguage(value: unknown): Language {
  if (typeof value !== 'string') return DEFAULT_LANGUAGE;
  const ranges = value
    .split(',')
    .map((range, order) => {
      const [tag = '', ...params] = range.split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
      return { language: primarySubtag(tag), quality: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return (ranges.find((r) => isLanguage(r.language))?.language as Language | undefined) ?? DEFAULT_LANGUAGE;
}

/**
 * The text in the reader's language. Rows written before a language existed lack it, so they
 * fall back to the default language rather than showing nothing.
 */
export function localize<T>(text: Localized<T>, lang: Language): T {
  return text[lang] ?? text[DEFAULT_LANGUAGE];
}

type OnePer<L extends readonly unknown[]> = { -readonly [K in keyof L]: string };

/**
 * Compact constructor for texts written in code: one argument per language, in the order of
 * LANGUAGES, so a new language makes every call that lacks its text a type error.
 */
export const t = (...texts: OnePer<typeof LANGUAGES>): Localized =>
  Object.fromEntries(LANGUAGES.map((l, i) => [l, texts[i]])) as Localized;

/** The text in the reader's language, or `fallback` when there is no text at all (a deleted service). */
export function localizeOr<T, F>(text: Localized<T> | null | undefined, lang: Language, fallback: F): T | F {
  return text ? localize(text, lang) : fallback;
}

/** The same value in every language (numbers, names, ids shown where a text is expected). */
export function sameInEvery<T>(value: T): Localized<T> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, value])) as Localized<T>;
}

/**
 * The locale dates, times and prices are written in: the language with the Canadian region of the
 * product's clinics, 'en-CA', 'es-CA' (en-CA also writes a short date as YYYY-MM-DD).
 */
export const formatLocale = (lang: Language): string => `${lang}-CA`;
