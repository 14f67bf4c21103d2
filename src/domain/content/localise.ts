import type { Lang, Text } from './types.js';

/** The type of a content value once every bilingual text in it is replaced by one language. */
export type Localised<T> = T extends Text
  ? string
  : T extends readonly (infer U)[]
    ? Localised<U>[]
    : T extends object
      ? { [K in keyof T]: Localised<T[K]> }
      : T;

const isText = (value: object): value is Text => {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>).en === 'string' &&
    typeof (value as Record<string, unknown>).es === 'string'
  );
};

/** Replaces every `{ en, es }` text inside `value` by the text of `lang`. */
export function localise<T>(value: T, lang: Lang): Localised<T> {
  if (Array.isArray(value)) return value.map((v) => localise(v, lang)) as Localised<T>;
  if (value !== null && typeof value === 'object') {
    if (isText(value)) return value[lang] as Localised<T>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = localise(v, lang);
    return out as Localised<T>;
  }
  return value as Localised<T>;
}
