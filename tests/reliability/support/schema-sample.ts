import fc from 'fast-check';

/** A JSON schema as found in /api/openapi.json (the parts the sampler reads). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  default?: unknown;
  $ref?: string;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A plausible (often valid) value for a schema: the fuzzer breaks one field of it, so the
 * request gets past the obvious checks and reaches deeper ones.
 */
export function plausible(
  schema: JsonSchema | undefined,
  resolve: (ref: string) => JsonSchema,
  depth = 0,
): unknown {
  if (!schema || depth > 6) return null;
  if (schema.$ref) return plausible(resolve(schema.$ref), resolve, depth + 1);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt?.length) return plausible(alt.find((s) => s.type !== 'null') ?? alt[0], resolve, depth + 1);
  if (schema.allOf?.length) return plausible(schema.allOf[0], resolve, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(schema.properties ?? {})) out[k] = plausible(v, resolve, depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 1 }, () => plausible(schema.items, resolve, depth + 1));
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      return Math.min(Math.max(min, 1), schema.maximum ?? 1);
    }
    case 'boolean':
      return false;
    case 'string':
      return plausibleString(schema);
    default:
      return null;
  }
}

function plausibleString(schema: JsonSchema): string {
  switch (schema.format) {
    case 'date':
      return day(1);
    case 'date-time':
      return `${day(2)}T10:00:00.000Z`;
    case 'email':
      return 'fuzz@example.com';
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'uri':
      return 'https://example.com/';
    default:
      break;
  }
  if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return day(1);
  const length = Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 8, 8));
  return 'a'.repeat(length);
}

/** The property names a schema (or its alternatives) declares. */
export function propertyNames(
  schema: JsonSchema | undefined,
  resolve: (ref: string) => JsonSchema,
): string[] {
  if (!schema) return [];
  if (schema.$ref) return propertyNames(resolve(schema.$ref), resolve);
  const own = Object.keys(schema.properties ?? {});
  const alts = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return [...new Set([...own, ...alts.flatMap((s) => propertyNames(s, resolve))])];
}

export const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
