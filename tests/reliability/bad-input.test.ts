import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../../src/server/auth/test-browser.js';
import { seedTwoClinics } from '../../src/server/clinics/test-fixtures.js';
import { createTestApp, testServers } from '../../src/server/testing/test-db.js';
import { badDate, badTimeZone, hostileText, hostileValue, rawBody } from './support/hostile.js';
import { type JsonSchema, pick, plausible, propertyNames } from './support/schema-sample.js';

/**
 * Bad-input fuzzer over every route the API documents in its own /api/openapi.json: each request
 * is a plausible one with one thing broken (a field, a path or query parameter, the whole body,
 * its encoding or content type), sent anonymously, as a guest and as a signed-in patient.
 * Never a 5xx; every refusal is problem+json with a readable detail; a refused request leaves
 * every table as it was. `npm test` sends 1,000 requests; `npm run test:long` the full 10,000
 * (FUZZ_REQUESTS=10000).
 */
const TOTAL_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);

/**
 * Tables a refused request legitimately writes: failed sign-ins are counted to slow down
 * password guessing (that is the point of refusing them).
 */
const WRITTEN_BY_REFUSALS = new Set(['login_throttle']);

interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}
interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  params: Param[];
  body?: JsonSchema;
}
type Identity = 'anonymous' | 'guest' | 'patient';

/**
 * Characters that must never reach PostgreSQL or a mail: NUL (PostgreSQL refuses it in text,
 * which once answered 500 and logged the query), other control characters, line breaks (in
 * single-line fields), lone surrogates (not encodable as UTF-8) and Unicode line separators.
 */
const taint = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\r\n',
  '\u007f',
  '\uD800',
  '\uDFFF',
  '\u2028',
  '\u0085',
);
/** Dates that look right to a regex but are not real, or lie outside any sensible range. */
const edgeDate = fc.constantFrom(
  '0001-01-01',
  '0000-01-01',
  '1899-12-31',
  '2101-01-01',
  '9999-12-01',
  '9999-12-31',
  '2026-02-30',
  '2027-02-29',
  '2026-04-31',
);
const edgeInstant = fc.constantFrom(
  '0000-01-01T10:00:00Z',
  '9999-12-31T23:00:00Z',
  '2026-11-02T25:00:00Z',
  '2026-11-02T10:60:00Z',
  '2026-11-02T23:59:60Z',
  '2026-11-02T10:00:00-99:99',
  '2026-11-02T10:00:00+14:61',
  '2026-02-30T10:00:00Z',
);
const edgeDates = ['0001-01-01', '0000-01-01', '9999-12-31', '2026-02-30', '2027-02-29', '1899-12-31'];
const edgeInstants = [
  '0000-01-01T10:00:00Z',
  '9999-12-31T23:00:00Z',
  '2026-11-02T25:00:00Z',
  '2026-11-02T10:00:00-99:99',
  '2026-02-30T10:00:00Z',
];
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_LIKE = /^\d{4}-\d{2}-\d{2}T/;

/** A plausible value made hostile in the way that slips past type checks: dates at the edges, text with a control character inside. */
function tainted(good: string, mark: string, at: number, date: string, instant: string): string {
  if (DATE_LIKE.test(good)) return date;
  if (INSTANT_LIKE.test(good)) return instant;
  const i = good.length ? at % (good.length + 1) : 0;
  return `${good.slice(0, i)}${mark}${good.slice(i)}`;
}

/** Paths to the string leaves of a JSON value (so nested fields like patient.name get tainted too). */
function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}
type Defect =
  | { kind: 'path'; param: number; value: string }
  | { kind: 'query'; param: number; value: string | undefined; extra?: [string, string] }
  | { kind: 'field'; field: string; value: unknown; drop: boolean }
  | { kind: 'body'; value: unknown }
  | { kind: 'raw'; text: string }
  | { kind: 'content-type'; type: string }
  | { kind: 'header'; name: string; value: string }
  | { kind: 'tainted'; leaf: number; mark: string; at: number; date: string; instant: string }
  | { kind: 'tainted-param'; param: number; mark: string; at: number; date: string; instant: string };

interface Case {
  route: number;
  identity: Identity;
  defect: Defect;
}

/** encodeURIComponent, except that a lone surrogate becomes invalid UTF-8, itself a fine test. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? 'null';
}

describe.each(testServers())('bad input on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let routes: Route[] = [];
  let components: Record<string, JsonSchema> = {};
  const cookies: Record<Identity, string> = { anonymous: '', guest: '', patient: '' };
  const csrf: Record<Identity, string | undefined> = {
    anonymous: undefined,
    guest: undefined,
    patient: undefined,
  };
  let tables: string[] = [];

  const resolve = (ref: string): JsonSchema => components[ref.split('/').pop() ?? ''] ?? {};

  /**
   * Every table's content hash, with the next transaction id PostgreSQL would assign. Any write
   * assigns a transaction id, so an unchanged id proves nothing was written and spares the hashing.
   */
  async function snapshot(): Promise<{ xid: string; tables: Record<string, string> }> {
    const parts = tables.map(
      (name) =>
        `'${name}', (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from "${name}" x)`,
    );
    const { rows } = await t.database.pool.query(
      `select pg_snapshot_xmax(pg_current_snapshot())::text as xid, json_build_object(${parts.join(', ')}) as s`,
    );
    return { xid: rows[0].xid, tables: rows[0].s };
  }
  const nextXid = async (): Promise<string> =>
    (await t.database.pool.query('select pg_snapshot_xmax(pg_current_snapshot())::text as xid')).rows[0].xid;

  beforeAll(async () => {
    t = await createTestApp(server);
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    components = spec.components?.schemas ?? {};
    for (const [path, item] of Object.entries<Record<string, unknown>>(spec.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        const op = item[method] as
          | { parameters?: Param[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }
          | undefined;
        if (!op) continue;
        routes.push({
          method: method.toUpperCase() as Route['method'],
          path,
          params: op.parameters ?? [],
          body: op.requestBody?.content?.['application/json']?.schema,
        });
      }
    }
    routes = routes.filter((r) => r.path.startsWith('/api/'));

    const guest = new TestBrowser(t.app);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const made = await guest.put(`/api/checkins/${yesterday}`, {
      painNow: 4,
      minutesWalked: 10,
      sittingHours: 6,
      sittingBreaks: 2,
      waterGlasses: 5,
      stress: 3,
      classAttended: false,
      note: '',
    });
    expect(made.statusCode).toBe(201);
    const patient = new TestBrowser(t.app);
    const signedUp = await patient.signUp('fuzz-patient@example.com');
    expect(signedUp.statusCode, signedUp.body).toBeLessThan(300);
    for (const [who, b] of [
      ['guest', guest],
      ['patient', patient],
    ] as const) {
      cookies[who] = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      csrf[who] = b.cookies.get('psoas_csrf');
    }
    const { rows } = await t.database.pool.query(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    );
    tables = rows.map((r) => r.table_name as string);
  });
  afterAll(async () => t?.close());

  it('finds the documented routes', () => {
    // The fuzzer is only as good as the route list; an empty spec would make it pass vacuously.
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.some((r) => r.method === 'POST' && r.path.includes('bookings'))).toBe(true);
    expect(routes.some((r) => r.method === 'PUT' && r.path.includes('checkins'))).toBe(true);
  });

  it(`answers ${TOTAL_REQUESTS} malformed requests with a clear 4xx and leaves the data alone`, async () => {
    const statusCounts = new Map<number, number>();
    const routesSeen = new Set<number>();
    let refusedChecked = 0;
    let before = await snapshot();

    const defectFor = (route: Route): fc.Arbitrary<Defect> => {
      const options: fc.Arbitrary<Defect>[] = [];
      const pathParams = route.params.map((p, i) => [p, i] as const).filter(([p]) => p.in === 'path');
      const queryParams = route.params.map((p, i) => [p, i] as const).filter(([p]) => p.in === 'query');
      const taintFields = { mark: taint, at: fc.nat(200), date: edgeDate, instant: edgeInstant };
      const params = [...pathParams, ...queryParams].map(([, i]) => i);
      if (params.length)
        options.push(
          fc.record({ kind: fc.constant('tainted-param' as const), param: pick(params), ...taintFields }),
        );
      if (route.body)
        options.push(fc.record({ kind: fc.constant('tainted' as const), leaf: fc.nat(50), ...taintFields }));
      if (pathParams.length)
        options.push(
          fc.record({
            kind: fc.constant('path' as const),
            param: pick(pathParams.map(([, i]) => i)),
            value: fc.oneof(hostileText, badDate, badTimeZone),
          }),
        );
      if (queryParams.length)
        options.push(
          fc.record({
            kind: fc.constant('query' as const),
            param: pick(queryParams.map(([, i]) => i)),
            value: fc.option(fc.oneof(hostileText, badDate, badTimeZone), { nil: undefined }),
            extra: fc.option(fc.tuple(fc.string({ maxLength: 10 }), hostileText), { nil: undefined }),
          }),
        );
      if (route.body) {
        const names = propertyNames(route.body, resolve);
        options.push(
          fc.record({
            kind: fc.constant('field' as const),
            field: names.length
              ? fc.oneof(pick(names), fc.string({ maxLength: 12 }))
              : fc.string({ maxLength: 12 }),
            value: fc.oneof(hostileValue, badDate, badTimeZone),
            drop: fc.boolean(),
          }),
          fc.record({ kind: fc.constant('body' as const), value: hostileValue }),
          fc.record({ kind: fc.constant('raw' as const), text: rawBody }),
          fc.record({
            kind: fc.constant('content-type' as const),
            type: fc.constantFrom(
              'text/plain',
              'application/x-www-form-urlencoded',
              'multipart/form-data; boundary=x',
              'application/xml',
              'application/json; charset=utf-16',
            ),
          }),
        );
      }
      options.push(
        fc.record({
          kind: fc.constant('header' as const),
          name: fc.constantFrom('accept-language', 'cookie', 'x-csrf-token', 'if-none-match', 'origin'),
          value: hostileText.map((v) => v.replace(/[^\x20-\x7e]/g, '?').slice(0, 4000)),
        }),
      );
      return fc.oneof(...options);
    };

    const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 0, max: routes.length - 1 }).chain((route) =>
      fc.record({
        route: fc.constant(route),
        identity: fc.constantFrom<Identity>('anonymous', 'guest', 'patient'),
        defect: defectFor(routes[route]!),
      }),
    );

    function toRequest(c: Case): InjectOptions {
      const route = routes[c.route]!;
      const d = c.defect;
      let url = route.path;
      const query: string[] = [];
      route.params.forEach((p, i) => {
        let good = asText(plausible(p.schema, resolve));
        if (d.kind === 'tainted-param' && d.param === i)
          good = tainted(good, d.mark, d.at, d.date, d.instant);
        if (p.in === 'path') {
          const value = d.kind === 'path' && d.param === i ? d.value : good;
          url = url.replace(`{${p.name}}`, encode(value));
        } else if (p.in === 'query') {
          const broken = (d.kind === 'query' || d.kind === 'tainted-param') && d.param === i;
          if (broken && d.kind === 'query' && d.value === undefined) return; // a missing parameter
          const value = d.kind === 'query' && broken ? (d.value as string) : good;
          if (p.required || broken) query.push(`${encode(p.name)}=${encode(value)}`);
        }
      });
      if (d.kind === 'query' && d.extra) query.push(`${encode(d.extra[0])}=${encode(d.extra[1])}`);
      if (query.length) url += `?${query.join('&')}`;

      const headers: Record<string, string> = {};
      if (cookies[c.identity]) headers.cookie = cookies[c.identity];
      const token = csrf[c.identity];
      if (token && route.method !== 'GET') headers['x-csrf-token'] = token;
      let payload: string | undefined;
      if (route.body) {
        const good = plausible(route.body, resolve);
        headers['content-type'] = 'application/json';
        if (d.kind === 'field') {
          const body = (typeof good === 'object' && good !== null ? { ...good } : {}) as Record<
            string,
            unknown
          >;
          if (d.drop) delete body[d.field];
          else body[d.field] = d.value;
          payload = JSON.stringify(body);
        } else if (d.kind === 'body') payload = JSON.stringify(d.value) ?? 'null';
        else if (d.kind === 'raw') payload = d.text;
        else if (d.kind === 'tainted') {
          const body = JSON.parse(JSON.stringify(good ?? {}));
          const leaves = stringLeaves(body);
          const path = leaves[d.leaf % Math.max(1, leaves.length)];
          if (path?.length) {
            let holder = body;
            for (const key of path.slice(0, -1)) holder = holder[key];
            const last = path.at(-1)!;
            holder[last] = tainted(holder[last], d.mark, d.at, d.date, d.instant);
          }
          payload = JSON.stringify(body);
        } else if (d.kind === 'content-type') {
          headers['content-type'] = d.type;
          payload = d.type.startsWith('application/x-www') ? 'a=1&b=%00' : JSON.stringify(good);
        } else payload = JSON.stringify(good);
      }
      if (d.kind === 'header') headers[d.name] = d.value;
      return { method: route.method, url, headers, ...(payload === undefined ? {} : { payload }) };
    }

    const describeCase = (c: Case, req: InjectOptions, status: number, body: string) =>
      `${req.method} ${String(req.url).slice(0, 300)} as ${c.identity}, defect ${JSON.stringify(c.defect).slice(0, 300)}\n→ ${status} ${body.slice(0, 500)}`;

    // Every distinct fault (route × kind of fault) is collected, so one run lists them all.
    const faults = new Map<string, string>();
    const fault = (c: Case, kind: string, message: string) => {
      const route = routes[c.route]!;
      const key = `${route.method} ${route.path}: ${kind}`;
      if (!faults.has(key)) faults.set(key, message);
    };
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const req = toRequest(c);
        const res = await t.app.inject(req);
        routesSeen.add(c.route);
        statusCounts.set(res.statusCode, (statusCounts.get(res.statusCode) ?? 0) + 1);
        const what = () => describeCase(c, req, res.statusCode, res.body);
        const written = (await nextXid()) !== before.xid;
        const after = written ? await snapshot() : before;
        const changed = tables.filter(
          (n) => before.tables[n] !== after.tables[n] && !WRITTEN_BY_REFUSALS.has(n),
        );
        before = after;
        if (res.statusCode >= 500) return fault(c, `${res.statusCode}`, what());
        if (res.statusCode < 400) return;
        if (!String(res.headers['content-type']).startsWith('application/problem+json'))
          return fault(c, 'not problem+json', what());
        const problem = res.json() as { status?: number; detail?: unknown };
        if (
          problem.status !== res.statusCode ||
          typeof problem.detail !== 'string' ||
          problem.detail.length < 5
        )
          return fault(c, 'no readable detail', what());
        if (changed.length) return fault(c, `refusal wrote ${changed.join(', ')}`, what());
        refusedChecked++;
      }),
      { numRuns: TOTAL_REQUESTS, seed: SEED, endOnFailure: true },
    );

    const summary = [...statusCounts].sort(([a], [b]) => a - b);
    console.log(
      `bad input (${server.name}): ${TOTAL_REQUESTS} requests over ${routesSeen.size}/${routes.length} routes, statuses ${JSON.stringify(summary)}`,
    );
    expect([...faults].map(([k, v]) => `${k}\n  ${v}`)).toEqual([]);
    expect(routesSeen.size).toBe(routes.length);
    // Most requests are broken on purpose: nearly all must be refused (and were checked above).
    expect(refusedChecked).toBeGreaterThan(TOTAL_REQUESTS * 0.6);
  });

  /**
   * The random cases above rarely build a request that is valid but for one character, which is
   * exactly what reached PostgreSQL before (a NUL in a note: 500). So every string of a set of
   * known-good requests is sent with each taint, and every date of them at each edge.
   */
  it('answers known-good requests with one tainted string or one edge date without a 5xx', async () => {
    await seedTwoClinics(t.database.db);
    const clinic = (await t.app.inject({ url: '/api/clinics' })).json()[0] as { id: string };
    const detail = (await t.app.inject({ url: `/api/clinics/${clinic.id}` })).json();
    const serviceId = detail.services[0].id as string;
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const slots = (
      await t.app.inject({
        url: `/api/clinics/${clinic.id}/availability?serviceId=${serviceId}&from=${day(2)}&to=${day(30)}`,
      })
    ).json().slots as { practitionerId: string; start: string }[];
    expect(slots.length).toBeGreaterThan(100);
    let n = 0;
    const templates: { method: 'GET' | 'PUT' | 'POST'; url: string; body?: Record<string, unknown> }[] = [
      {
        method: 'PUT',
        url: `/api/checkins/${day(-1)}`,
        body: {
          painNow: 4,
          minutesWalked: 10,
          sittingHours: 6,
          sittingBreaks: 2,
          waterGlasses: 5,
          stress: 3,
          classAttended: false,
          note: 'sore after the drive',
        },
      },
      {
        method: 'POST',
        url: '/api/account/signup',
        body: { email: 'taint@example.org', password: 'taint password 1', displayName: 'Tina Taint' },
      },
      {
        method: 'POST',
        url: '/api/account/signin',
        body: { email: 'taint@example.org', password: 'taint password 1' },
      },
      { method: 'POST', url: '/api/account/password-reset', body: { email: 'taint@example.org' } },
      {
        method: 'GET',
        url: `/api/clinics/${clinic.id}/availability?serviceId=${serviceId}&from=${day(2)}&to=${day(9)}`,
      },
      {
        method: 'POST',
        url: `/api/clinics/${clinic.id}/bookings`,
        body: {
          serviceId,
          start: 'SLOT',
          idempotencyKey: 'taint-key-0123456789',
          patient: { name: 'Bea Booker', email: 'bea@example.org', phone: '+1 604 555 0100' },
        },
      },
    ];
    const marks = ['\u0000', '\u0007', '\u001b', '\r\n', '\uD800', '\uDFFF', '\u2028'];
    const faults: string[] = [];
    const send = async (
      method: string,
      url: string,
      body: Record<string, unknown> | undefined,
      what: string,
    ) => {
      // Each booking gets a free slot and a key of its own, so only the tainted part can fail.
      const copy = body && JSON.parse(JSON.stringify(body));
      if (copy?.start === 'SLOT') copy.start = slots[n % slots.length]!.start;
      if (typeof copy?.idempotencyKey === 'string') copy.idempotencyKey += `-${n}`;
      n++;
      const text = copy && JSON.stringify(copy);
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: cookies.guest, ...(text ? { 'content-type': 'application/json' } : {}) },
        ...(text ? { payload: text } : {}),
      });
      if (res.statusCode >= 500) faults.push(`${method} ${url} ${what} → ${res.statusCode}`);
    };
    for (const tpl of templates) {
      const [path, query] = tpl.url.split('?') as [string, string | undefined];
      const params = new URLSearchParams(query ?? '');
      for (const [name, value] of params) {
        for (const mark of marks) {
          const q = new URLSearchParams(params);
          q.set(name, tainted(value, mark, 4, value, value));
          await send(tpl.method, `${path}?${q}`, tpl.body, `query ${name} ${JSON.stringify(mark)}`);
        }
        if (DATE_LIKE.test(value))
          for (const date of edgeDates) {
            const q = new URLSearchParams(params);
            q.set(name, date);
            await send(tpl.method, `${path}?${q}`, tpl.body, `query ${name}=${date}`);
          }
      }
      if (/\d{4}-\d{2}-\d{2}$/.test(path))
        for (const date of edgeDates)
          await send(tpl.method, path.replace(/\d{4}-\d{2}-\d{2}$/, date), tpl.body, `path ${date}`);
      if (!tpl.body) continue;
      const leaves = stringLeaves(tpl.body);
      for (const leaf of leaves) {
        const at = (body: Record<string, unknown>, v: string) => {
          const copy = JSON.parse(JSON.stringify(body));
          let holder = copy;
          for (const key of leaf.slice(0, -1)) holder = holder[key];
          holder[leaf.at(-1)!] = v;
          return copy;
        };
        const good = leaf.reduce<unknown>(
          (o, k) => (o as Record<string | number, unknown>)[k],
          tpl.body,
        ) as string;
        for (const mark of marks)
          await send(
            tpl.method,
            tpl.url,
            at(tpl.body, tainted(good, mark, 3, good, good)),
            `${leaf.join('.')} ${JSON.stringify(mark)}`,
          );
        if (good === 'SLOT')
          for (const instant of edgeInstants)
            await send(tpl.method, tpl.url, at(tpl.body, instant), `${leaf.join('.')}=${instant}`);
      }
    }
    expect(faults).toEqual([]);
  });
});
