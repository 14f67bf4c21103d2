import { isDeepStrictEqual } from 'node:util';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

export class JsonTextMismatchError extends Error {
  constructor() {
    super('stored JSON sent as text holds something else than its response schema allows');
    this.name = 'JsonTextMismatchError';
  }
}

/**
 * Sends JSON that is already text (stored JSON read with `::text`, as a string or its UTF-8
 * bytes), without parsing it again.
 * With `validate` (tests) the text must parse to exactly what the response schema would send,
 * so a stored shape that drifts from the contract fails the tests instead of reaching a browser.
 */
export function sendJsonText(
  reply: FastifyReply,
  text: string | Buffer,
  schema: z.ZodType,
  validate: boolean,
) {
  if (validate) {
    const parsed: unknown = JSON.parse(text.toString());
    const allowed: unknown = JSON.parse(JSON.stringify(z.encode(schema, parsed)));
    if (!isDeepStrictEqual(allowed, parsed)) throw new JsonTextMismatchError();
  }
  return reply.type('application/json; charset=utf-8').send(text);
}

/** `{…stored, key: value…}` as text: the stored object's text with the fields appended. */
export function withFields(objectText: string, fields: Record<string, string>): string {
  const extra = Object.entries(fields)
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
    .join(',');
  const end = objectText.lastIndexOf('}');
  if (objectText[0] !== '{' || end < 0) throw new Error('stored JSON is not an object');
  const inner = objectText.slice(1, end).trim();
  return inner ? `{${inner}, ${extra}}` : `{${extra}}`;
}
