/**
 * JSON text for hostile bodies. `JSON.stringify` cannot write what an attacker can: numbers such
 * as 1e309 or 9007199254740993 (written as typed, not as JavaScript rounds them), keys such as
 * `__proto__`, repeated keys, or 10,000 levels of nesting. So bodies are trees of these.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** An object whose keys are kept as given: `__proto__`, repeats, any order. */
export class JsonObject {
  constructor(readonly entries: Array<[string, unknown]>) {}
}

export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof JsonObject) {
    return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`).join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return toJsonText(new JsonObject(Object.entries(value)));
  }
  if (value === undefined) return 'null';
  return JSON.stringify(value);
}

/** `[[[…]]]` or `{"a":{"a":…}}`, `levels` deep, built as text (no recursion anywhere). */
export function deepJson(levels: number, kind: 'array' | 'object'): RawJson {
  return kind === 'array'
    ? new RawJson('['.repeat(levels) + ']'.repeat(levels))
    : new RawJson('{"a":'.repeat(levels) + '0' + '}'.repeat(levels));
}

/** Bodies that are not JSON at all, sent as application/json. */
export const BROKEN_JSON: readonly string[] = [
  '',
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":-Infinity}',
  '{"a":undefined}',
  '{"a":0x10}',
  '{"a":01}',
  '{"a":1.}',
  '{"a":.5}',
  '{"a":+1}',
  '{a:1}',
  '{"a":1 /* comment */}',
  '{"a":"\\x41"}',
  '{"a":"\\ud83"}',
  '{"a":"unterminated}',
  '{"a":"tab\there"}',
  '{"a":"new\nline"}',
  '}}}}',
  'null null',
  '{"a":1}{"b":2}',
  '\u0000',
  '{"__proto__":{"role":"ORGANIZER"}}',
  '{"constructor":{"prototype":{"role":"ORGANIZER"}}}',
  '{"a":"' + '\\'.repeat(3) + '"}',
];
