import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';

/**
 * What a request DTO accepts, field by field, read from class-validator's and class-transformer's
 * own metadata: the same facts the swagger CLI plugin writes into the OpenAPI document at build
 * time (its classValidatorShim), which the tests' OpenAPI document lacks (ts-jest runs no plugin).
 */
/** A DTO class (or any class Nest reflects on). */
export type Class = abstract new (...args: never[]) => unknown;

export type FieldKind =
  | { type: 'string'; pattern?: RegExp }
  | { type: 'int' }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly unknown[] }
  | { type: 'array'; of: FieldKind | null }
  | { type: 'nested'; dto: DtoShape }
  /** @IsObject() or @IsDefined() alone: the content is checked by a rule in the service. */
  | { type: 'opaque'; object: boolean };

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  optional: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  minItems?: number;
  maxItems?: number;
}

export interface DtoShape {
  name: string;
  fields: FieldSpec[];
}

interface Meta {
  type: string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

const cache = new Map<Class, DtoShape>();

/** The fields of a DTO class (inherited and mapped-type fields included). */
export function dtoShape(dto: Class, depth = 0): DtoShape {
  const known = cache.get(dto);
  if (known) return known;
  const metas = getMetadataStorage().getTargetValidationMetadatas(
    dto,
    '',
    true,
    false,
  ) as unknown as Meta[];
  const byField = new Map<string, Meta[]>();
  for (const m of metas) byField.set(m.propertyName, [...(byField.get(m.propertyName) ?? []), m]);
  const shape: DtoShape = { name: dto.name, fields: [] };
  cache.set(dto, shape);
  for (const [name, list] of byField) {
    const has = (n: string, each = false) =>
      list.find((m) => (m.name === n || m.type === n) && Boolean(m.each) === each);
    const num = (n: string, each = false) => {
      const c = has(n, each)?.constraints?.[0];
      return typeof c === 'number' ? c : undefined;
    };
    const element = (each: boolean): FieldKind | null => {
      if (has('isString', each)) {
        const p = has('matches', each)?.constraints?.[0];
        return { type: 'string', pattern: p instanceof RegExp ? p : undefined };
      }
      if (has('matches', each)) {
        const p = has('matches', each)?.constraints?.[0];
        return { type: 'string', pattern: p instanceof RegExp ? p : undefined };
      }
      if (has('isInt', each)) return { type: 'int' };
      if (has('isNumber', each)) return { type: 'number' };
      if (has('isBoolean', each)) return { type: 'boolean' };
      if (has('isIn', each))
        return { type: 'enum', values: has('isIn', each)!.constraints![0] as [] };
      if (has('nestedValidation', each) && depth < 4) {
        const typeMeta = defaultMetadataStorage.findTypeMetadata(dto, name);
        const nested = typeMeta?.typeFunction() as Class | undefined;
        if (nested) return { type: 'nested', dto: dtoShape(nested, depth + 1) };
      }
      return null;
    };
    let kind: FieldKind;
    if (has('isArray')) kind = { type: 'array', of: element(true) };
    else kind = element(false) ?? { type: 'opaque', object: Boolean(has('isObject')) };
    shape.fields.push({
      name,
      kind,
      optional: Boolean(has('conditionalValidation')),
      minLength: num('minLength'),
      maxLength: num('maxLength'),
      min: num('min'),
      max: num('max'),
      minItems: num('arrayMinSize'),
      maxItems: num('arrayMaxSize'),
    });
  }
  return shape;
}

/** A value the field accepts (before any hostile content is put in). */
export function plausibleValue(field: FieldSpec, ids: number[]): unknown {
  const k = field.kind;
  switch (k.type) {
    case 'string':
      return k.pattern ? 'FUZZ01' : 'x'.repeat(Math.max(1, field.minLength ?? 1));
    case 'int':
      return field.min !== undefined && field.min > 1 ? field.min : (ids[0] ?? 1);
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'enum':
      return k.values[0];
    case 'array':
      return k.of
        ? Array.from({ length: Math.max(1, field.minItems ?? 1) }, () =>
            plausibleValue({ ...field, kind: k.of! }, ids),
          )
        : [];
    case 'nested':
      return plausibleBody(k.dto, ids);
    case 'opaque':
      return k.object ? {} : 1;
  }
}

export function plausibleBody(shape: DtoShape, ids: number[]): Record<string, unknown> {
  return Object.fromEntries(
    shape.fields.filter((f) => !f.optional).map((f) => [f.name, plausibleValue(f, ids)]),
  );
}
