import { z } from 'zod';
import type { Language } from '../domain/i18n.js';
import { languageSchema, localizedSchema, localizedTextSchema } from '../domain/i18n-schemas.js';

/**
 * Pieces every area's contract shares: the one text validator, real dates and instants, ids,
 * languages and the problem+json shape. Isomorphic: zod only, so the server validates with it
 * and the browser takes its types (`import type`) without zod entering the bundle.
 */

// C0 controls but tab, LF and CR; DEL; C1 controls. LF/CR are judged by `multiline` below.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Line breaks a single-line field (name, email, phone, title) must not hold: one field, one line.
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string is not acceptable text, or null when it is. Shared by `text` and `plainStrings`. */
export function textProblem(value: string, multiline = false): string | null {
  if (CONTROL.test(value)) return 'must not contain control characters';
  if (!multiline && LINE_BREAK.test(value)) return 'must be a single line';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text';
  return null;
}

export interface TextOptions {
  max: number;
  min?: number;
  /** Notes and descriptions: newlines allowed. Names, emails, phone numbers, titles: not. */
  multiline?: boolean;
}

/**
 * Every text a person types into the API: control characters refused (a NUL would otherwise
 * reach PostgreSQL and fail there), single-line fields refuse line breaks, lone surrogates are
 * refused, the rest is trimmed and its length checked. A refusal names the field (problem+json).
 */
export function text({ max, min = 0, multiline = false }: TextOptions) {
  let schema = z
    .string()
    .superRefine((value, ctx) => {
      const problem = textProblem(value, multiline);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
    })
    .trim()
    .max(max);
  if (min > 0) schema = schema.min(min, min === 1 ? 'must not be empty' : `at least ${min} characters`);
  return schema;
}

/**
 * For schemas the domain declares (assessment answers, session results): every string anywhere
 * in the value must be acceptable single-line text; a refusal names the string's path.
 */
export function plainStrings(value: unknown, ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) plainStrings(v, ctx, [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) plainStrings(v, ctx, [...path, k]);
  }
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

function isRealDate(year: number, month: number, day: number): boolean {
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A calendar date YYYY-MM-DD that exists, between 1900 and 2100. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** An instant with its zone offset (Z or ±HH:MM up to ±14:00) on a date isIsoDate accepts. */
export function isIsoInstant(value: string): boolean {
  const m = INSTANT.exec(value);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[7] === undefined) return true;
  const [offsetHours, offsetMinutes] = [Number(m[7]), Number(m[8])];
  return offsetMinutes <= 59 && offsetHours * 60 + offsetMinutes <= 14 * 60;
}

export const isoDate = z
  .string()
  .refine(isIsoDate, `a real date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`)
  .meta({ format: 'date' });
export const isoInstant = z
  .string()
  .refine(isIsoInstant, `a real ISO instant with a zone offset, between ${MIN_YEAR} and ${MAX_YEAR}`)
  .meta({ format: 'date-time' });

/** A local clock time HH:MM (24:00 allowed as the end of a day). */
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time HH:MM');

export const uuid = z.string().uuid();
/** 204: no body. */
export const noContent = z.null();
export const idParams = z.object({ id: uuid });
export const language = languageSchema;
export type { Language };
export const textByLanguage = localizedTextSchema;
/** A text in every language that a clinic admin types (a service name). */
export const textByLanguageInput = localizedSchema(text({ max: 200, min: 1 })).strict();

/** What every refusal looks like (RFC 9457 problem+json). */
export const problemSchema = z
  .object({
    type: z.string().meta({ format: 'uri', description: 'https://psoas.app/problems/<code>' }),
    title: z.string(),
    status: z.number().int(),
    /** One of the codes listed in docs/http.md; never a framework's internal code. */
    code: z.string(),
    detail: z.string(),
    /** The field a validation refusal is about, e.g. `body.language`. */
    field: z.string().optional(),
    /** Every validation issue, when there are several. */
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .loose();
export type Problem = z.infer<typeof problemSchema>;
