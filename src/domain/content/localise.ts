import { LANGUAGES, type Language, type Localized } from '../i18n.js';

/** The type of a content value once every bilingual text in it is replaced by one language. */
export type Localised<T> = T extends Localized
  ? string
  : T extends readonly (infer U)[]
    ? Localised<U>[]
    : T extends object
      ? { [K in keyof T]: Localised<T[K]> }
      : T;

// A text is an object whose keys are exactly the languages, each holding a string.
const isText = (value: object): value is Localized => {
  const keys = Object.keys(value);
  return (
    keys.length === LANGUAGES.length &&
    LANGUAGES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')
  );
};

/** Replaces every localized text inside `value` by the text of `lang`. */
export function localise<T>(value: T, lang: Language): Localised<T> {
  if (Array.isArray(value)) return value.map((v) => localise(v, lang)) as Localised<T>;
  if (value !== null && typeof value === 'object') {
    if (isText(value)) return value[lang] as Localised<T>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = localise(v, lang);
    return out as Localised<T>;
  }
  return value as Localised<T>;
}
