import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../contract/common.js';
import { GUEST_COOKIE } from '../auth/guest.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/session.js';
import { API_VERSION } from '../version.js';
import { WWW_AUTHENTICATE } from './error-handler.js';

declare module 'fastify' {
  interface FastifySchema {
    /**
     * Refusals the handler itself can give beyond those its guards and schemas imply (docs/http.md):
     * 401 from a password check, 409 conflicts, 429 throttling. Documentation only.
     */
    errors?: readonly (401 | 403 | 409 | 422 | 429)[];
  }
}

/**
 * The project states no licence (package.json has none, the README names none): this is the one
 * value to change when it does.
 */
export const API_LICENSE = {
  name: 'All rights reserved (no licence stated)',
  identifier: 'LicenseRef-Psoas',
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const PROBLEM_TYPE = 'application/problem+json';

/** Every error answer the API documents, shared by reference so the document stays small. */
const errorResponses: Record<string, { description: string; headers?: Record<string, unknown> }> = {
  400: { description: 'The request is not valid (a field, the JSON, the address).' },
  401: {
    description: 'Nobody is signed in (or no guest identity), or the credentials are wrong.',
    headers: {
      'WWW-Authenticate': {
        description: `Always \`${WWW_AUTHENTICATE}\`: the API authenticates with cookies (docs/http.md).`,
        schema: { type: 'string' },
      },
    },
  },
  403: { description: 'Not allowed: wrong role, not staff of this clinic, or the CSRF check failed.' },
  404: { description: 'No such resource (also for one that belongs to someone else).' },
  413: { description: 'The body is larger than 1 MiB.' },
  409: { description: 'The request conflicts with the current state (`code` says which conflict).' },
  414: { description: 'A path parameter is longer than 200 characters.' },
  415: { description: 'The body is not `application/json`.' },
  422: { description: 'The request is well-formed but refers to something that does not fit.' },
  429: {
    description: 'Too many attempts; try again after Retry-After.',
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
  },
  500: { description: 'Something went wrong on the server; details stay in its log.' },
  503: {
    description: 'The server or its database is overloaded or down; try again after Retry-After.',
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
  },
};

const responseRef = (status: string) => ({ $ref: `#/components/responses/Problem${status}` });

type RouteConfig = NonNullable<RouteOptions['config']> & {
  person?: string;
  signedIn?: unknown;
  staffRole?: string;
};

/** Who may call the operation, as OpenAPI security requirements (alternatives, any one suffices). */
export function securityFor(method: string, config: RouteConfig | undefined): Record<string, string[]>[] {
  const unsafe = UNSAFE.has(method);
  // A write carrying a live session must also carry its CSRF token (src/server/auth/csrf.ts).
  const session: Record<string, string[]> = unsafe
    ? { sessionCookie: [], csrfToken: [] }
    : { sessionCookie: [] };
  if (config?.signedIn || config?.staffRole) return [session];
  if (config?.person === 'required') return [session, { guestCookie: [] }];
  if (config?.person === 'optional' || config?.person === 'create') return [session, { guestCookie: [] }, {}];
  // Public: anonymous callers pass; a browser holding a session still needs the CSRF token on writes.
  return unsafe ? [{}, session] : [];
}

/** Error answers the operation can give, judged from what it declares. */
export function errorStatusesFor(
  method: string,
  url: string,
  schema: Record<string, unknown>,
  config?: RouteConfig,
) {
  const statuses = new Set(['400', '500', '503']);
  const needsIdentity = config?.signedIn || config?.staffRole || config?.person === 'required';
  if (needsIdentity) statuses.add('401');
  if ((config?.signedIn && config.signedIn !== true) || config?.staffRole || UNSAFE.has(method))
    statuses.add('403');
  if (url.includes(':') || url.includes('{')) {
    statuses.add('404');
    statuses.add('414');
  }
  if (schema.body) {
    statuses.add('413');
    statuses.add('415');
  }
  for (const status of (schema.errors as number[] | undefined) ?? []) statuses.add(String(status));
  return [...statuses];
}

/**
 * Readable, unique operation ids from method and path: GET /api/staff/clinics/{clinicId}/bookings
 * → getStaffClinicsByClinicIdBookings; GET /api/checkins.csv → getCheckinsCsv.
 */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^[:{]([^}(]+)/.exec(segment)?.[1];
      if (param) return ['by', param];
      return segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
    });
  const capitalised = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return method.toLowerCase() + capitalised;
}

interface TransformInput {
  schema: Record<string, unknown>;
  url: string;
  route: RouteOptions;
  openapiObject: Record<string, unknown>;
}

/**
 * Per route: the zod provider's JSON Schema conversion, then an operationId, the security the
 * route's guards demand (from its config), and the list of error answers, which
 * `completeDocument` turns into shared problem+json responses.
 */
export function openapiTransform(input: TransformInput) {
  const converted = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]) as {
    schema: Record<string, unknown>;
    url: string;
  };
  const method = String(Array.isArray(input.route.method) ? input.route.method[0] : input.route.method);
  const config = input.route.config as RouteConfig | undefined;
  const { errors: _documentedAbove, ...rest } = converted.schema;
  const schema: Record<string, unknown> = {
    ...rest,
    operationId: (input.schema?.operationId as string | undefined) ?? operationIdFor(method, input.url),
    security: securityFor(method, config),
    'x-psoas-errors': errorStatusesFor(method, input.url, input.schema ?? {}, config),
  };
  // A file download (CSV, iCalendar) declares its media type but no schema: the document
  // still says what the 200 holds.
  const produces = input.schema?.produces as string[] | undefined;
  if (produces?.length && !input.schema?.response) schema.response = { 200: { type: 'string' } };
  return { schema, url: converted.url };
}

const isProblemShaped = (media: unknown) => {
  const schema = (media as { schema?: { properties?: Record<string, unknown>; $ref?: string } })?.schema;
  return !!schema?.properties?.code && !!schema.properties.status;
};

type Operation = {
  responses?: Record<string, { content?: Record<string, unknown>; [k: string]: unknown }>;
  'x-psoas-errors'?: string[];
};

/**
 * The whole document: every 4xx/5xx answer is application/problem+json (declared ones
 * included), the shared error responses and the Problem schema land in components.
 */
export function completeDocument({ openapiObject }: { openapiObject: Record<string, unknown> }) {
  const doc = openapiObject as {
    paths?: Record<string, Record<string, Operation>>;
    components?: Record<string, Record<string, unknown>>;
  };
  const used = new Set<string>();
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      const responses = op.responses ?? {};
      for (const [status, response] of Object.entries(responses)) {
        // Declared refusals are problems; a declared non-problem body (the health report's
        // 503) keeps its own media type.
        const [first] = Object.values(response.content ?? {});
        if (Number(status) >= 400 && isProblemShaped(first)) response.content = { [PROBLEM_TYPE]: first };
      }
      for (const status of op['x-psoas-errors'] ?? []) {
        responses[status] ??= responseRef(status);
        if ('$ref' in responses[status]) used.add(status);
      }
      delete op['x-psoas-errors'];
      op.responses = responses;
    }
  }
  doc.components ??= {};
  const components = doc.components;
  components.schemas = { ...components.schemas, Problem: problemJsonSchema };
  components.responses = Object.fromEntries(
    // Only the ones some operation refers to: an unused component is a lint warning.
    Object.entries(errorResponses)
      .filter(([status]) => used.has(status))
      .map(([status, response]) => [
        `Problem${status}`,
        { ...response, content: { [PROBLEM_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } } },
      ]),
  );
  return openapiObject;
}

const problemJsonSchema = (() => {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(problemSchema, { io: 'output' }) as Record<
    string,
    unknown
  >;
  return { ...schema, description: 'RFC 9457 problem details; `code` is one of the codes in docs/http.md.' };
})();

/** The @fastify/swagger options: info, servers, security schemes and the transforms above. */
export function swaggerOptions(publicUrl: string | undefined): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Psoas API',
        version: API_VERSION,
        description:
          'Self-care and clinic API for psoas-related low back pain. Errors are RFC 9457 problem+json; ' +
          'authentication is by cookie (see the security schemes).',
        license: API_LICENSE,
      },
      servers: [
        publicUrl
          ? { url: publicUrl, description: 'This installation' }
          : { url: '/', description: 'The server this document was fetched from' },
      ],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Set by signing in (POST /api/account/signin); HttpOnly, 30 days.',
          },
          guestCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: GUEST_COOKIE,
            description: 'A guest identity without an account, set by the first write that needs a person.',
          },
          csrfToken: {
            type: 'apiKey',
            in: 'header',
            name: CSRF_HEADER,
            description:
              'Every write made with a session cookie repeats the value of the psoas_csrf cookie here.',
          },
        },
      },
    },
    transform: openapiTransform as unknown as FastifyDynamicSwaggerOptions['transform'],
    transformObject: completeDocument as unknown as FastifyDynamicSwaggerOptions['transformObject'],
  };
}
