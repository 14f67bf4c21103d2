import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  compileJsonSerializer,
  ResponseMismatchError,
  responseSerializerCompiler,
} from './response-serializer.js';

const route = (schema: z.ZodType) => ({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('compiled response serializers', () => {
  const schema = z.object({
    status: z.enum(['ok', 'degraded']),
    count: z.number().int(),
    note: z.string().optional(),
    nested: z.object({ at: z.string() }).nullable(),
  });

  it('writes what zod would write, and never a key the schema does not name', () => {
    const serialize = compileJsonSerializer(schema)!;
    const data = { status: 'ok' as const, count: 3, nested: { at: 'x', secret: 1 }, tokenHash: 'abc' };
    expect(JSON.parse(serialize(data))).toEqual({ status: 'ok', count: 3, nested: { at: 'x' } });
    expect(JSON.parse(serialize({ ...data, nested: null, note: 'é "q"' }))).toEqual(
      z.encode(schema, { ...data, nested: null, note: 'é "q"' }),
    );
  });

  it('checks responses against the schema only when asked (tests)', () => {
    const bad = { status: 'unknown', count: 3, nested: null };
    const checking = responseSerializerCompiler(true)(route(schema));
    expect(() => checking(bad)).toThrow();
    const production = responseSerializerCompiler(false)(route(schema));
    expect(() => production(bad)).not.toThrow();
  });

  it('fails a test when the compiled serializer and zod disagree', () => {
    // zod's union skips the first branch (its refinement fails) and keeps `b`; JSON Schema cannot
    // say the refinement, so its anyOf takes the first branch and drops `b`.
    const union = z.union([
      z.object({ a: z.string() }).refine((v) => v.a === 'z'),
      z.object({ a: z.string(), b: z.number() }),
    ]);
    const checking = responseSerializerCompiler(true)(route(union));
    expect(() => checking({ a: 'x', b: 1 })).toThrow(ResponseMismatchError);
  });

  it('compiles every response schema of the contract (none falls back to zod at run time)', async () => {
    const folder = path.resolve(import.meta.dirname, '../../contract');
    const modules = await Promise.all(
      fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => import(path.join(folder, f)) as Promise<Record<string, unknown>>),
    );
    // Request schemas (…Body, …Params, …Query) are parsed, never serialised.
    const schemas = modules
      .flatMap((m) => Object.entries(m))
      .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
      .filter(([name]) => !/(Body|Params|Query)$/.test(name));
    expect(schemas.length).toBeGreaterThan(20);
    const fallBack = schemas.filter(([, s]) => compileJsonSerializer(s) === undefined).map(([n]) => n);
    expect(fallBack).toEqual([]);
  });
});
