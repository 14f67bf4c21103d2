import type { Bundle, BundleEntry, Identifier, Resource } from '@medplum/fhirtypes';
import { FHIR_BASE } from './assessment.js';

/**
 * A collection Bundle turned into a transaction Bundle that a FHIR server (Medplum, HAPI…)
 * accepts in one POST: each entry gets a `urn:uuid` fullUrl, references between entries point at
 * those urn:uuids, and each resource is written with a conditional PUT on its first identifier
 * (so sending the same export twice updates instead of duplicating), or a POST when it has none.
 * Server-side ids are the server's: our ids are dropped and live on in the identifiers. Pure.
 */
export type BundleKind = 'collection' | 'transaction';

/**
 * A stable UUID (version 8, RFC 9562 "custom") from a name: the same export gives the same
 * urn:uuids, with no randomness or clock in the domain. Four 32-bit multiply-xorshift lanes
 * (cyrb128); it only has to keep entries of one bundle apart, not resist an attacker.
 */
export function nameUuid(name: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < name.length; i++) {
    const k = name.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type Identified = Resource & { id?: string; identifier?: Identifier | Identifier[] };

const firstIdentifier = (r: Identified): Identifier | undefined =>
  Array.isArray(r.identifier) ? r.identifier[0] : r.identifier;

/** Every `reference` inside a value, rewritten through `map` (values it does not know stay). */
function rewriteReferences(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteReferences(v, map));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === 'reference' && typeof v === 'string' ? (map.get(v) ?? v) : rewriteReferences(v, map),
    ]),
  );
}

export function toTransaction(collection: Bundle): Bundle {
  const entries = (collection.entry ?? []).filter(
    (e): e is BundleEntry & { resource: Identified } => e.resource !== undefined,
  );
  const urns = new Map<string, string>();
  for (const { resource, fullUrl } of entries) {
    if (!resource.id) continue;
    const relative = `${resource.resourceType}/${resource.id}`;
    const urn = `urn:uuid:${nameUuid(`${FHIR_BASE}/${relative}`)}`;
    urns.set(relative, urn);
    urns.set(`${FHIR_BASE}/${relative}`, urn);
    if (fullUrl) urns.set(fullUrl, urn);
  }
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    ...(collection.timestamp ? { timestamp: collection.timestamp } : {}),
    entry: entries.map(({ resource }) => {
      const { id, ...body } = resource;
      const identifier = firstIdentifier(resource);
      const fullUrl = id
        ? urns.get(`${resource.resourceType}/${id}`)!
        : `urn:uuid:${nameUuid(JSON.stringify(resource))}`;
      return {
        fullUrl,
        resource: rewriteReferences(body, urns) as Resource,
        request:
          identifier?.system && identifier.value
            ? {
                method: 'PUT' as const,
                url: `${resource.resourceType}?identifier=${encodeURIComponent(`${identifier.system}|${identifier.value}`)}`,
              }
            : { method: 'POST' as const, url: resource.resourceType },
      };
    }),
  };
}

/** The bundle in the kind asked for: the collection as built, or as a transaction. */
export const asBundleKind = (collection: Bundle, kind: BundleKind): Bundle =>
  kind === 'transaction' ? toTransaction(collection) : collection;
