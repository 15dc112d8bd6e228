import fc from 'fast-check';
import { plausibleValue, type DtoShape, type FieldSpec } from './dto-fields';
import {
  anyJsonValue,
  deepValue,
  hostileString,
  longString,
  SQL_INJECTION,
  unknownKey,
} from './hostile-values';
import { JsonObject, RawJson, toJsonText } from './json-text';
import type { FuzzWorld } from './world';

/** A malformed value or body, and what is wrong with it (for a failure's message). */
export type Mutation = { value: unknown; what: string };

const preview = (v: unknown): string => {
  const text = v instanceof RawJson ? v.text : toJsonText(v);
  return text.length > 60 ? `${text.slice(0, 57)}… (${text.length} chars)` : text;
};

/** Values of the wrong type for a field: each one fails the field's own check. */
function wrongValues(field: FieldSpec): unknown[] {
  const k = field.kind;
  const common: unknown[] = [null, [], {}, [null]];
  switch (k.type) {
    case 'string':
      return [...common, 1, true, new RawJson('1e309'), ['a'], { a: 'b' }];
    case 'int':
      return [
        ...common,
        '1',
        1.5,
        true,
        'NaN',
        new RawJson('1e309'),
        new RawJson('-1e309'),
        new RawJson('0.5'),
        new RawJson('9007199254740993'),
        new RawJson('2147483648'),
        ...(field.min !== undefined ? [field.min - 1] : []),
        ...(field.max !== undefined ? [field.max + 1] : []),
      ];
    case 'number':
      return [...common, '1', true, new RawJson('1e309')];
    case 'boolean':
      return [...common, 'true', 1, 0, 'yes', 'false'];
    case 'enum':
      return [
        ...common,
        1,
        true,
        'x',
        ...k.values.filter((v) => typeof v === 'string').map((v) => v.toLowerCase()),
        ...k.values.filter((v) => typeof v === 'string').map((v) => ` ${v}`),
      ];
    case 'array':
      return [null, {}, 'x', 1, true, { 0: 'a', length: 1 }];
    case 'nested':
      return [null, [], 'x', 1, true];
    case 'opaque':
      return k.object
        ? [null, [], 'x', 1, true, { parts: 'x', rungs: 'x' }, { parts: [1], rungs: [1] }]
        : [
            null,
            true,
            [],
            {},
            'abc',
            'NaN',
            'Infinity',
            '1e309',
            new RawJson('1e309'),
            '12abc',
            -1,
            '-1',
            '１２',
            1000000,
          ];
  }
}

/** A value of the right type, hostile where it can be (a string full of SQL, NULs, …). */
function typedValue(field: FieldSpec, world: FuzzWorld): fc.Arbitrary<unknown> {
  const plausible = fc.constant(plausibleValue(field, world.pools.contests as number[]));
  if (field.kind.type === 'string') {
    return fc.oneof(plausible, hostileString, fc.constantFrom(...SQL_INJECTION));
  }
  if (field.kind.type === 'int') {
    return fc.oneof(plausible, fc.constantFrom(...(world.pools.registrations as number[])));
  }
  return plausible;
}

/** Breaking changes to one field: each alone makes the body invalid. */
function fieldBreakers(
  field: FieldSpec,
  world: FuzzWorld,
  depth: number,
): Array<fc.WeightedArbitrary<Mutation>> {
  const k = field.kind;
  // Weights: the costly ones (10,000 levels, a list one over 100,000 items) less often.
  const out: Array<fc.WeightedArbitrary<Mutation>> = [];
  const add = (arbitrary: fc.Arbitrary<Mutation>, weight = 3) => out.push({ arbitrary, weight });
  add(fc.constantFrom(...wrongValues(field)).map((value) => ({ value, what: 'wrong type' })));
  add(
    deepValue.map((value) => ({ value, what: 'nested 10,000 levels deep' })),
    1,
  );
  if (k.type === 'string' && field.maxLength !== undefined) {
    add(
      longString(field.maxLength).map((value) => ({
        value,
        what: `over ${field.maxLength} characters`,
      })),
      2,
    );
  }
  if (k.type === 'string' && k.pattern) {
    const pattern = k.pattern;
    add(
      hostileString
        .filter((s) => !pattern.test(s.trim()))
        .map((value) => ({ value, what: `not ${String(pattern)}` })),
    );
  }
  if (k.type === 'string' && field.minLength !== undefined && field.minLength > 0) {
    // Not spaces: a field without @Trim() counts them.
    const short = 'x'.repeat(field.minLength - 1);
    add(fc.constant({ value: short, what: `under ${field.minLength} characters` }));
  }
  if (k.type === 'array') {
    if (field.minItems) add(fc.constant({ value: [], what: 'empty list' }));
    if (field.maxItems !== undefined && k.of) {
      const element = plausibleValue({ ...field, kind: k.of }, world.pools.contests as number[]);
      add(
        fc.constant({
          value: Array.from({ length: field.maxItems + 1 }, () => element),
          what: `${field.maxItems + 1} items`,
        }),
        1,
      );
    }
    if (k.of) {
      const elementField: FieldSpec = { name: field.name, kind: k.of, optional: false };
      const bad =
        k.of.type === 'nested' && depth < 2
          ? brokenBody(k.of.dto, world, depth + 1).map((m) => ({
              value: m.value,
              what: `an item ${m.what}`,
            }))
          : fc
              .constantFrom(...wrongValues(elementField))
              .map((value) => ({ value, what: 'an item of the wrong type' }));
      add(
        bad.map((m) => ({
          value: [plausibleValue(elementField, world.pools.contests as number[]), m.value],
          what: m.what,
        })),
      );
    }
  }
  if (k.type === 'nested' && depth < 2) {
    add(
      brokenBody(k.dto, world, depth + 1).map((m) => ({
        value: m.value,
        what: `inside: ${m.what}`,
      })),
    );
  }
  return out;
}

/** A body for `shape` with at least one thing wrong that the API must refuse. */
export function brokenBody(shape: DtoShape, world: FuzzWorld, depth = 0): fc.Arbitrary<Mutation> {
  const fields = shape.fields;
  const base = fc
    .tuple(
      ...fields.map((f) =>
        f.optional
          ? fc.option(typedValue(f, world), { nil: undefined, freq: 2 })
          : typedValue(f, world),
      ),
    )
    .map((values) =>
      fields.flatMap((f, i): Array<[string, unknown]> =>
        values[i] === undefined ? [] : [[f.name, values[i]]],
      ),
    );
  const set = (entries: Array<[string, unknown]>, name: string, value: unknown) => [
    ...entries.filter(([k]) => k !== name),
    [name, value] as [string, unknown],
  ];
  type Breaker = (e: Array<[string, unknown]>) => Mutation;
  const breakers: Array<fc.WeightedArbitrary<Breaker>> = [];
  const push = (arbitrary: fc.Arbitrary<Breaker>, weight = 3) =>
    breakers.push({ arbitrary, weight });
  const required = fields.filter((f) => !f.optional);
  if (required.length > 0) {
    push(
      fc.constantFrom(...required).map((f) => (e) => ({
        value: new JsonObject(e.filter(([k]) => k !== f.name)),
        what: `${shape.name} without ${f.name}`,
      })),
    );
  }
  for (const f of fields) {
    for (const { arbitrary, weight } of fieldBreakers(f, world, depth)) {
      push(
        arbitrary.map((m) => (e) => ({
          value: new JsonObject(set(e, f.name, m.value)),
          what: `${shape.name}.${f.name} ${m.what}: ${preview(m.value)}`,
        })),
        weight,
      );
    }
  }
  const names = new Set(fields.map((f) => f.name));
  push(
    fc
      .tuple(
        unknownKey.filter((k) => !names.has(k)),
        fc.oneof(anyJsonValue, deepValue),
      )
      .map(([key, value]) => (e) => ({
        value: new JsonObject([...e, [key, value]]),
        what: `${shape.name} with unknown field ${JSON.stringify(key)}: ${preview(value)}`,
      })),
  );
  if (depth === 0) {
    const notAnObject: fc.Arbitrary<(e: Array<[string, unknown]>) => unknown> = fc.oneof(
      fc.constantFrom<unknown>('x', 1, true, new RawJson('"{}"')).map((v) => () => v),
      deepValue.map((v) => () => v),
      fc.constant((e: Array<[string, unknown]>) => [new JsonObject(e)]),
    );
    push(
      notAnObject.map((make) => (e) => {
        const value = make(e);
        return { value, what: `a body that is not an object: ${preview(value)}` };
      }),
    );
  }
  return fc.tuple(base, fc.oneof(...breakers)).map(([entries, breaker]) => breaker(entries));
}
