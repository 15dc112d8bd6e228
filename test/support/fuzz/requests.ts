import fc from 'fast-check';
import { brokenBody } from './bodies';
import { BROKEN_JSON, toJsonText } from './json-text';
import { uploadArb } from './multipart';
import type { FuzzRoute } from './routes';
import { pathArb, queryArb } from './urls';
import type { FuzzWorld } from './world';

/** How the printed figures group the routes. */
export type RouteClass = 'json-body' | 'action' | 'upload' | 'read' | 'public' | 'anonymous';

export interface FuzzRequest {
  routeClass: RouteClass;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** A malformed or unauthorised request: only a 4xx is a right answer. */
  mustRefuse: boolean;
  /** What was done to it, for a failure's message. */
  what: string;
}

export interface FuzzLimits {
  bodyLimit: number;
  uploadLimit: number;
  /** A real .xlsx (the roster template) to cut short. */
  workbook: Buffer;
}

export function classOf(route: FuzzRoute): RouteClass {
  if (route.public) return 'public';
  if (route.multipart) return 'upload';
  if (route.method === 'GET') return 'read';
  return route.body ? 'json-body' : 'action';
}

const UNSUPPORTED_TYPES = [
  'application/xml',
  'text/html',
  'application/octet-stream',
  'image/png',
  'application/vnd.api+json',
  'json',
  'application/jsonx',
];

/** Bodies refused before any handler runs: not JSON, no type, a type nobody reads, too large. */
function transportBreaker(
  limits: FuzzLimits,
  withBodyDto: boolean,
): fc.Arbitrary<{ headers: Record<string, string>; body: Buffer; what: string }> {
  const json = { 'content-type': 'application/json' };
  const options: fc.Arbitrary<{ headers: Record<string, string>; body: Buffer; what: string }>[] = [
    fc.constantFrom(...BROKEN_JSON).map((t) => ({
      headers: json,
      body: Buffer.from(t),
      what: `broken JSON ${JSON.stringify(t).slice(0, 40)}`,
    })),
    fc.constantFrom(...UNSUPPORTED_TYPES).map((t) => ({
      headers: { 'content-type': t },
      body: Buffer.from('{"a":1}'),
      what: `content-type ${t}`,
    })),
    fc.constant({ headers: {}, body: Buffer.from('{}'), what: 'a body without a content-type' }),
    fc.constant({
      headers: json,
      body: Buffer.from(`{"a":"${'x'.repeat(limits.bodyLimit)}"}`),
      what: `a body over the ${limits.bodyLimit}-byte limit`,
    }),
    fc.constant({
      headers: json,
      body: Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
      what: 'UTF-16 bytes as JSON',
    }),
  ];
  if (withBodyDto) {
    // Fastify also reads text/plain and (through Nest) form bodies; a route that reads no body
    // may ignore them, a route with a DTO must refuse what does not fit it.
    options.push(
      fc.constantFrom('x', '{}', '[]').map((t) => ({
        headers: { 'content-type': 'text/plain' },
        body: Buffer.from(t),
        what: `text/plain ${t}`,
      })),
      fc.constantFrom('a=1', '{"a":1}', 'x=%00').map((t) => ({
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from(t),
        what: `a form body ${t}`,
      })),
    );
  }
  return fc.oneof(...options);
}

function jsonHeaders(): fc.Arbitrary<Record<string, string>> {
  return fc
    .constantFrom('application/json', 'application/json; charset=utf-8', 'Application/JSON')
    .map((t) => ({ 'content-type': t }));
}

function tokenArb(route: FuzzRoute, world: FuzzWorld): fc.Arbitrary<string | undefined> {
  if (route.public) return fc.constant(undefined);
  const { tokens } = world;
  // The coordinator hosts the registration contest: on a route acting on one contest, they are its
  // organizer there (and refused on the others), so the fuzzer sends their token too.
  if (route.roles.includes('ORGANIZER') && route.hosted) {
    return fc.constantFrom(tokens.ORGANIZER, tokens.UNIT_COORDINATOR);
  }
  if (route.roles.includes('ORGANIZER')) return fc.constant(tokens.ORGANIZER);
  if (route.roles.includes('JUDGE')) return fc.constantFrom(tokens.JUDGE, tokens.CHIEF);
  if (route.roles.includes('UNIT_COORDINATOR')) return fc.constant(tokens.UNIT_COORDINATOR);
  return fc.constant(tokens.ORGANIZER);
}

/** Every request the fuzzer sends to one route, in its route's class and as a stranger. */
export function requestArb(
  route: FuzzRoute,
  world: FuzzWorld,
  limits: FuzzLimits,
): fc.Arbitrary<FuzzRequest> {
  const cls = classOf(route);
  const auth = (token: string | undefined): Record<string, string> =>
    token ? { authorization: token } : {};
  const own: fc.Arbitrary<FuzzRequest> = (() => {
    if (cls === 'upload') {
      return fc
        .tuple(
          tokenArb(route, world),
          pathArb(route, world, 'any'),
          queryArb(route),
          uploadArb(limits),
        )
        .map(([token, p, q, up]) => ({
          routeClass: cls,
          method: route.method,
          url: p.path + q,
          headers: { ...auth(token), ...up.headers },
          body: up.body,
          mustRefuse: true,
          what: up.what,
        }));
    }
    if (route.method === 'GET') {
      return fc
        .tuple(tokenArb(route, world), pathArb(route, world, 'any'), queryArb(route))
        .map(([token, p, q]) => ({
          routeClass: cls,
          method: 'GET',
          url: p.path + q,
          headers: auth(token),
          // An API read of something that does not exist is a 404, never an empty answer (a
          // page outside the API, such as /verify/{code}, says so in a page instead).
          mustRefuse: p.malformed || (p.absent && route.inOpenApi),
          what: p.malformed ? 'a malformed id' : p.absent ? 'an id of nothing' : 'hostile query',
        }));
    }
    const bodyRequest = route.body
      ? fc
          .tuple(
            tokenArb(route, world),
            pathArb(route, world, 'any'),
            brokenBody(route.body, world),
            jsonHeaders(),
            route.headers.includes('if-match')
              ? fc.option(fc.constantFrom(...IF_MATCH), { nil: undefined })
              : fc.constant(undefined),
          )
          .map(([token, p, m, h, match]) => ({
            routeClass: cls,
            method: route.method,
            url: p.path,
            headers: {
              ...auth(token),
              ...h,
              ...(match === undefined ? {} : { 'if-match': match }),
            },
            body: Buffer.from(toJsonText(m.value)),
            mustRefuse: true,
            what: m.what,
          }))
      : null;
    const byPath =
      route.pathParams.length > 0
        ? fc.tuple(tokenArb(route, world), pathArb(route, world, 'broken')).map(([token, p]) => ({
            routeClass: cls,
            method: route.method,
            url: p.path,
            headers: { ...auth(token), 'content-type': 'application/json' },
            body: Buffer.from('{}'),
            mustRefuse: true,
            what: 'a malformed id or an id of nothing',
          }))
        : null;
    const byTransport = fc
      .tuple(
        tokenArb(route, world),
        pathArb(route, world, 'any'),
        transportBreaker(limits, route.body !== null),
      )
      .map(([token, p, t]) => ({
        routeClass: cls,
        method: route.method,
        url: p.path,
        headers: { ...auth(token), ...t.headers },
        body: t.body,
        mustRefuse: true,
        what: t.what,
      }));
    return fc.oneof(
      ...(bodyRequest ? [{ arbitrary: bodyRequest, weight: 6 }] : []),
      ...(byPath ? [{ arbitrary: byPath, weight: 2 }] : []),
      { arbitrary: byTransport, weight: 2 },
    );
  })();
  if (route.public) return own;
  const stranger = fc
    .tuple(
      fc.constantFrom<string | undefined>(
        undefined,
        'Bearer',
        'Bearer ',
        'Bearer not-a-token',
        'Basic YWRtaW46YWRtaW4tcGFzc3dvcmQtMQ==',
        `Bearer ${'A'.repeat(4000)}`,
        'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOjEsInJvbGUiOiJPUkdBTklaRVIifQ.',
        `${world.tokens.ORGANIZER}x`,
        ...(['UNIT_COORDINATOR', 'JUDGE', 'ORGANIZER'] as const)
          .filter((r) => !route.roles.includes(r))
          .map((r) => world.tokens[r]),
      ),
      own,
    )
    .map(([authorization, r]) => {
      const headers = { ...r.headers };
      delete headers.authorization;
      if (authorization !== undefined) headers.authorization = authorization;
      return {
        ...r,
        routeClass: 'anonymous' as const,
        headers,
        mustRefuse: true,
        what: `as a stranger (${authorization?.slice(0, 20) ?? 'no token'}): ${r.what}`,
      };
    });
  return fc.oneof({ arbitrary: own, weight: 6 }, { arbitrary: stranger, weight: 1 });
}

const IF_MATCH = ['"1"', 'W/"2"', '*', 'W/"x"', '"99999999999"', "1' OR '1'='1", ''];

/** Methods a path does not answer, for the wrong-method requests. */
export function wrongMethods(route: FuzzRoute, routes: FuzzRoute[]): string[] {
  const taken = new Set(routes.filter((r) => r.path === route.path).map((r) => r.method));
  return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter(
    (m) => !taken.has(m as FuzzRoute['method']),
  );
}
