import fc from 'fast-check';
import {
  HOSTILE_NUMBERS,
  hostileString,
  NUMBERISH_STRINGS,
  PATH_TRAVERSAL,
  SQL_INJECTION,
  unknownKey,
} from './hostile-values';
import type { FuzzRoute } from './routes';
import type { FuzzWorld } from './world';

/** Percent-encodes the UTF-8 bytes of any string (a lone surrogate becomes U+FFFD, as a client would send it). */
export function pct(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** Ids that are not ids: not digits, or out of any column's range. Refused everywhere. */
const MALFORMED_IDS = [
  'abc',
  '1.5',
  '-1',
  '0',
  '1e3',
  '0x10',
  '99999999999',
  '99999999999999999999',
  '１',
  '1;DROP TABLE users',
  '+1',
  ' 1',
  'NaN',
  'Infinity',
  '1 OR 1=1',
  '../1',
];

/** Well-formed ids of nothing: a change to nothing is refused, a read answers 404. */
const ABSENT_IDS = ['999999', '2147483647'];

function poolFor(route: FuzzRoute, param: string, world: FuzzWorld): Array<string | number> {
  const byName: Record<string, string> = {
    serial: 'serials',
    code: 'codes',
    jobId: 'jobs',
    userId: 'users',
    importId: 'imports',
    registrationId: 'registrations',
    unitId: 'units',
  };
  if (byName[param]) return world.pools[byName[param]];
  const before = route.path.split(`/{${param}}`)[0].split('/').pop() ?? '';
  const pool = world.pools[before];
  if (!pool) throw new Error(`no ids for {${param}} of ${route.path}`);
  return pool;
}

/** Fastify refuses path parameters over 100 characters outside the API's error shape (see the framework test). */
const MAX_PARAM = 100;

type ParamChoice = 'real' | 'malformed' | 'absent';

function paramArb(
  route: FuzzRoute,
  param: FuzzRoute['pathParams'][number],
  world: FuzzWorld,
  choice: ParamChoice,
): fc.Arbitrary<string> {
  if (choice === 'real') {
    return fc.constantFrom(...poolFor(route, param.name, world)).map((v) => pct(String(v)));
  }
  const bad =
    param.type === 'id'
      ? fc.constantFrom(...(choice === 'absent' ? ABSENT_IDS : MALFORMED_IDS))
      : fc.oneof(hostileString, fc.constantFrom(...PATH_TRAVERSAL, ...SQL_INJECTION));
  return bad
    .map(pct)
    .filter((s) => s.length > 0 && s.length <= MAX_PARAM && s !== '.' && s !== '..');
}

export interface FilledPath {
  path: string;
  /** An id parameter is not an id at all: the API must refuse it. */
  malformed: boolean;
  /** A parameter names nothing (a well-formed id of nothing, or an unknown code). */
  absent: boolean;
}

/** The path with its parameters filled: real ids, or (`broken`: at least one) malformed or absent. */
export function pathArb(
  route: FuzzRoute,
  world: FuzzWorld,
  mode: 'any' | 'broken',
): fc.Arbitrary<FilledPath> {
  const n = route.pathParams.length;
  if (n === 0) {
    if (mode === 'broken') throw new Error(`${route.path} has no parameter to break`);
    return fc.constant({ path: route.path, malformed: false, absent: false });
  }
  const choice = fc.constantFrom<ParamChoice>('real', 'real', 'malformed', 'absent');
  const choices = fc
    .array(choice, { minLength: n, maxLength: n })
    .map((c) =>
      mode === 'broken' && c.every((x) => x === 'real') ? ['malformed' as const, ...c.slice(1)] : c,
    );
  return choices.chain((picked) =>
    fc
      .tuple(...route.pathParams.map((p, i) => paramArb(route, p, world, picked[i])))
      .map((values) => {
        let path = route.path;
        route.pathParams.forEach((p, i) => (path = path.replace(`{${p.name}}`, values[i])));
        return {
          path,
          malformed: picked.some((c, i) => c === 'malformed' && route.pathParams[i].type === 'id'),
          absent: picked.some((c) => c !== 'real'),
        };
      }),
  );
}

// Query strings.

const RAW_QUERY_KEYS = ['contestId', 'q', 'page', 'pageSize'];

const queryValue: fc.Arbitrary<string> = fc.oneof(
  hostileString.map((s) => s.slice(0, 2000)),
  fc.constantFrom(...NUMBERISH_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS.map((n) => n.text.slice(0, 400))),
  fc.integer({ min: -5, max: 5 }).map(String),
);

export function queryArb(route: FuzzRoute): fc.Arbitrary<string> {
  const keys = [
    ...(route.query?.fields.map((f) => f.name) ?? []),
    ...(route.rawQuery ? RAW_QUERY_KEYS : []),
  ];
  const key = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), unknownKey) : unknownKey;
  return fc
    .array(fc.tuple(key, queryValue), { maxLength: 4 })
    .map((pairs) =>
      pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${pct(k)}=${pct(v)}`).join('&')}`,
    );
}
