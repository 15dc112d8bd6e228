import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_PATH, generateMetadata, METADATA_PATH } from '../../scripts/openapi';
import { ERROR_CODES } from '../../src/common/errors/error-codes';
import { startApp, type E2eApp } from '../support/e2e-app';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: unknown[];
}
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  enum?: string[];
}
type Schemas = Record<string, Schema>;

const JSON_TYPE = 'application/json';

/**
 * What is wrong with a 2xx answer's body as the document describes it, or nothing. A JSON body must
 * be an object with properties, or an array of such objects, and every model it names (at any
 * depth) must exist and have properties of its own; any other media type must be a file
 * (`format: binary`). A 204 has no body.
 */
function faultsOf(operation: Operation, schemas: Schemas): string[] {
  const faults: string[] = [];
  const successes = Object.entries(operation.responses ?? {}).filter(([s]) => s.startsWith('2'));
  if (successes.length === 0) return ['no 2xx answer'];
  for (const [status, response] of successes) {
    if (!response.content) {
      if (status !== '204') faults.push(`${status} has no body`);
      continue;
    }
    for (const [type, { schema }] of Object.entries(response.content)) {
      if (type !== JSON_TYPE) {
        if (schema?.type !== 'string' || schema.format !== 'binary') {
          faults.push(`${status} ${type} is not a binary file`);
        }
        continue;
      }
      const top = resolve(schema?.type === 'array' ? schema.items : schema, schemas);
      if (!top?.properties || Object.keys(top.properties).length === 0) {
        faults.push(`${status} has no properties`);
      }
      for (const name of modelsIn(schema, schemas)) {
        const model = schemas[name];
        if (!model) faults.push(`${status} names ${name}, which is not in the document`);
        else if (model.enum)
          continue; // a named enum (ErrorCode): its values are its content
        else if (!model.properties || Object.keys(model.properties).length === 0) {
          faults.push(`${status} names ${name}, which has no properties`);
        }
      }
    }
  }
  return faults;
}

const modelName = (ref: string): string => ref.replace('#/components/schemas/', '');

function resolve(schema: Schema | undefined, schemas: Schemas): Schema | undefined {
  return schema?.$ref ? schemas[modelName(schema.$ref)] : schema;
}

/** Every model a schema names, following the models' own properties. */
function modelsIn(
  schema: Schema | undefined,
  schemas: Schemas,
  seen = new Set<string>(),
): Set<string> {
  if (!schema) return seen;
  if (schema.$ref) {
    const name = modelName(schema.$ref);
    if (seen.has(name)) return seen;
    seen.add(name);
    return modelsIn(schemas[name], schemas, seen);
  }
  const inner = [
    ...Object.values(schema.properties ?? {}),
    schema.items,
    typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined,
    ...(schema.allOf ?? []),
    ...(schema.oneOf ?? []),
  ];
  for (const s of inner) modelsIn(s, schemas, seen);
  return seen;
}

describe('The OpenAPI contract (docs/openapi.json, src/metadata.ts) is what the code serves', () => {
  let e2e: E2eApp;
  let served: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Schemas };
  };

  beforeAll(async () => {
    e2e = await startApp();
    const res = await e2e.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    served = res.body as typeof served;
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('has the swagger metadata that the source gives today (else: npm run openapi)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skills-metadata-'));
    try {
      generateMetadata(dir);
      expect(readFileSync(join(dir, 'metadata.ts'), 'utf8')).toBe(
        readFileSync(METADATA_PATH, 'utf8'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves the committed document (else: npm run openapi)', () => {
    expect(served).toEqual(JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8')));
  });

  it('describes every successful answer: a JSON model with properties, a file, or no body', () => {
    const faults: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(served.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        operations++;
        for (const fault of faultsOf(operation, served.components.schemas)) {
          faults.push(`${method.toUpperCase()} ${path}: ${fault}`);
        }
      }
    }
    expect(operations).toBeGreaterThan(0);
    expect(faults).toEqual([]);
  });

  it('declares each file download with its real media type, never as JSON', () => {
    const downloads: Record<string, string[]> = {};
    for (const [path, item] of Object.entries(served.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const types = Object.entries(operation.responses?.['200']?.content ?? {})
          .filter(([, { schema }]) => schema?.format === 'binary')
          .map(([type]) => type);
        if (types.length) downloads[`${method.toUpperCase()} ${path}`] = types;
      }
    }
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(downloads).toEqual({
      'GET /api/contests/{id}/registrations/export': [XLSX],
      'GET /api/contests/{id}/registrations/import-template': [XLSX],
      'GET /api/contests/{id}/results/export': [XLSX],
      'GET /api/competitions/{id}/results/export': [XLSX],
      'GET /api/contests/{id}/certificates/zip': ['application/zip'],
      'GET /api/competitions/{id}/unit-certificates/zip': ['application/zip'],
      'GET /api/certificates/{serial}/pdf': ['application/pdf'],
      'GET /api/public/certificates/{code}/pdf': ['application/pdf'],
      'GET /api/trades/{id}/questions/import-template': [XLSX],
    });
  });

  it('describes every error answer as ErrorResponse, its code the catalogue as the enum ErrorCode', () => {
    const { ErrorResponse, ErrorCode } = served.components.schemas;
    expect(ErrorCode).toMatchObject({ type: 'string', enum: [...ERROR_CODES] });
    const code = ErrorResponse.properties?.code;
    expect(code?.$ref ?? code?.allOf?.[0]?.$ref).toBe('#/components/schemas/ErrorCode');
    expect(Object.keys(ErrorResponse.properties ?? {}).sort()).toEqual(
      ['code', 'details', 'message', 'statusCode'].sort(),
    );

    const faults: string[] = [];
    for (const [path, item] of Object.entries(served.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${path}`;
        const errors = Object.entries(operation.responses ?? {}).filter(([s]) => Number(s) >= 400);
        const statuses = errors.map(([s]) => Number(s));
        // Every route can fail unexpectedly or lose a dependency; a signed-in one can be refused.
        for (const must of [500, 503, ...(operation.security?.length ? [401, 403] : [])]) {
          if (!statuses.includes(must)) faults.push(`${name}: no ${must}`);
        }
        if (!operation.security?.length && statuses.includes(401)) {
          faults.push(`${name}: public, yet answers 401`);
        }
        for (const [status, response] of errors) {
          const schema = response.content?.[JSON_TYPE]?.schema;
          if (schema?.$ref !== '#/components/schemas/ErrorResponse') {
            faults.push(`${name}: ${status} is not an ErrorResponse`);
          }
        }
      }
    }
    expect(faults).toEqual([]);
  });
});
