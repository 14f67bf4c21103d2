import fc from 'fast-check';

/**
 * Values a careless or hostile client sends: wrong types, huge and strange strings, impossible
 * dates and time zones, injection attempts. Shared by the fuzzer's body, query and path params.
 */
export const injection = fc.constantFrom(
  "' OR 1=1 --",
  "'; drop table users; --",
  '1; select pg_sleep(5)',
  "\\'; truncate bookings cascade; --",
  '$1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection attempt, on purpose
  '${process.exit(1)}',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '%00',
  '%2e%2e%2f',
);

export const strangeText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  '👩🏽‍⚕️🦴',
  'ﬃ İ ß',
  '\r\n\r\nSet-Cookie: x=1',
  'null',
  'undefined',
  'NaN',
  'true',
  '-1',
  '1e400',
);

export const badDate = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '99999-01-01',
  '-001000-01-01',
  '2026-11-02T25:00:00Z',
  '2026-11-02T10:00:00+99:00',
  '2026-11-02T10:00',
  '2026-11-02 10:00',
  '20261102',
  'yesterday',
  '1970-01-01',
  '9999-12-31',
  '2026-11-02T10:00:00.123456789Z',
  '2026-03-29T02:30:00[Europe/Madrid]',
);

export const badTimeZone = fc.constantFrom(
  'Mars/Olympus_Mons',
  'Europe/Madrid\u0000',
  'UTC+25',
  '+99:00',
  'America/New_York/../../etc',
  'EST5EDT,M3.2.0,M11.1.0',
  'z'.repeat(300),
);

const hugeString = fc.constantFrom(10_000, 100_000, 300_000).map((n) => 'x'.repeat(n));

export const badNumber = fc.oneof(
  fc.constantFrom(-1, -0, 0.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 11, 1_000_000),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any single JSON value a field should not hold (often, but not always, of the wrong type). */
export const hostileScalar = fc.oneof(
  injection,
  strangeText,
  badDate,
  badTimeZone,
  hugeString,
  badNumber,
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.uuid(),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileScalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

/** Text of a path segment or query value: hostile scalars as the client would write them. */
export const hostileText = hostileScalar.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));

/** Raw request bodies that are not a JSON value the route could read. */
export const rawBody = fc.oneof(
  fc.constantFrom('{', '{"a":}', "{'a':1}", '[1,2,,]', 'undefined', '\u0000', '{"a":1}{"b":2}'),
  fc.integer({ min: 2_000, max: 20_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
  fc.integer({ min: 2_000, max: 20_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
  // Over the 1 MiB body limit.
  fc.constant(`{"note":"${'y'.repeat(1_100_000)}"}`),
  fc.constant(`{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}`),
);
