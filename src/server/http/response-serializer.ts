import { isDeepStrictEqual } from 'node:util';
import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

// fast-json-stringify is Fastify's own serializer, a direct dependency at the version Fastify uses.

type Serialize = (data: unknown) => string;

/**
 * Drops `additionalProperties: false`. fast-json-stringify writes only the properties a schema
 * lists either way, so nothing unlisted leaks out; but inside anyOf (nullable objects, unions)
 * it picks the branch by validating, and a closed object would refuse a value with one extra
 * key (a row with a column more), where zod strips the key and picks that branch.
 */
function openObjects(node: unknown): void {
  if (Array.isArray(node)) for (const item of node) openObjects(item);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.additionalProperties === false) delete record.additionalProperties;
    for (const value of Object.values(record)) openObjects(value);
  }
}

/**
 * A compiled serializer for a response schema: zod 4's JSON Schema of the schema's output,
 * through fast-json-stringify. Like zod's own serializer it writes only the keys the schema
 * names. Undefined when the schema has no JSON Schema form (the route then keeps zod's
 * serializer).
 */
export function compileJsonSerializer(schema: z.ZodType): Serialize | undefined {
  try {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'throw' });
    delete json.$schema;
    openObjects(json);
    return fastJsonStringify(json as Parameters<typeof fastJsonStringify>[0]) as Serialize;
  } catch {
    return undefined;
  }
}

export class ResponseMismatchError extends Error {
  constructor(method: string, url: string) {
    super(`${method} ${url}: the compiled serializer wrote something else than the zod schema allows`);
    this.name = 'ResponseMismatchError';
  }
}

/**
 * Fastify's serializer compiler for the app. Without `validate` (production) a response goes
 * straight through its compiled serializer: it was built from validated data, and re-validating
 * it cost about a fifth of a small route's CPU. With `validate` (tests) it is also checked
 * against its zod schema, and what the compiled serializer wrote must equal zod's own output, so
 * every test that reads a route checks both the data and the compiled serializer.
 * Serializers compile on first use, so start-up does not pay for routes nobody calls.
 */
export function responseSerializerCompiler(
  validate: boolean,
): FastifySerializerCompiler<z.ZodType | { properties: z.ZodType }> {
  return (route) => {
    const zodSerialize = zodSerializerCompiler(route) as Serialize;
    let compiled: Serialize | null | undefined;
    const fast = () => {
      if (compiled === undefined)
        compiled = route.schema instanceof z.ZodType ? (compileJsonSerializer(route.schema) ?? null) : null;
      return compiled;
    };
    if (!validate) return (data) => (fast() ?? zodSerialize)(data);
    return (data) => {
      const checked = zodSerialize(data);
      const serialize = fast();
      if (!serialize) return checked;
      const written = serialize(data);
      if (!isDeepStrictEqual(JSON.parse(written), JSON.parse(checked)))
        throw new ResponseMismatchError(route.method, route.url);
      return written;
    };
  };
}
