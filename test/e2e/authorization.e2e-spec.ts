import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { Response } from 'supertest';
import { maleId } from '../factories/id-numbers';
import { publishedContest, SINGLE_SCORE_SCHEME } from '../factories/published-contest';
import { register, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { SetupApi } from '../factories/setup-api';
import {
  EXPECTATIONS,
  UNDOCUMENTED,
  WHO,
  type RouteCase,
  type Who,
  type World,
} from '../support/authorization-matrix';
import { eventually, startApp, type E2eApp } from '../support/e2e-app';

/*
 * Issue 9, security: every route of the API × every role (anonymous, organizer, the coordinator
 * of the unit concerned and of another unit, a judge and the chief judge of the contest concerned
 * and a judge of another contest) against the expectations in test/support/authorization-matrix.ts.
 * The routes come from the app itself (its OpenAPI document, checked against Nest's router), so a
 * new route fails here until it has an expectation. "Allowed" is anything but 401/403 (and 5xx);
 * "refused" is 401 (anonymous) or 403 with a code; "hidden" is 404 with a code. SQLite only: this
 * is about roles, not the database.
 */

type Verdict = 'allow' | 'deny' | 'hide';
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

const NEST_METHODS: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

/** Every handler Nest routes, as `METHOD /path/{param}` without the global prefix. */
function nestRoutes(t: E2eApp): string[] {
  const routes: string[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const verb = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || verb === undefined) continue;
        const joined = [base, path]
          .map((p) => p.replace(/^\/+|\/+$/g, ''))
          .filter((p) => p.length > 0)
          .join('/')
          .replace(/:(\w+)/g, '{$1}');
        routes.push(`${(NEST_METHODS[verb] ?? String(verb)).toUpperCase()} /${joined}`);
      }
    }
  }
  return routes;
}

function fillPath(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(String(params[name]));
  });
}

describe('authorization: every route × every role', () => {
  let t: E2eApp;
  let world: World;
  const tokens = new Map<Who, string>();
  const credentials = new Map<Who, [string, string]>();
  /** The OpenAPI document's operations, and every route served (the matrix's rows). */
  let documented: string[];
  /** The statuses each documented operation declares (`GET /api/units` → 200, 401, …). */
  let declared: Record<string, number[]>;
  let operations: string[];

  beforeAll(async () => {
    const started = Date.now();
    // Every roster upload is queued, so that a coordinator's import has a job to look at.
    t = await startApp({ ROSTER_INLINE_MAX_BYTES: '0' });
    const organizer = await t.login();
    const setup = new SetupApi(t.http, organizer);
    const as = (auth: string) => ({
      post: (path: string, body: object = {}) =>
        t.http.post(path).set('authorization', auth).send(body),
      put: (path: string, body: object) => t.http.put(path).set('authorization', auth).send(body),
      get: (path: string) => t.http.get(path).set('authorization', auth),
    });
    const ok = (res: Response, ...statuses: number[]) => {
      if (!statuses.includes(res.status)) {
        throw new Error(`${res.status} ${JSON.stringify(res.body)} (wanted ${statuses.join('/')})`);
      }
      return res.body as Record<string, unknown>;
    };

    // The contests are hosted (docs/security.md "Hosted contests"): by `city`, and the published
    // one by `province`, whose coordinator is hostCoord; `away` has nothing to do with them.
    const province = await setup.unit('AZ-P', '权限测试省总工会');
    const city = await setup.unit('AZ', '权限测试市总工会', province.id);
    const unitA = await setup.unit('AZ-A', '甲单位工会', city.id);
    const unitB = await setup.unit('AZ-B', '乙单位工会', city.id);
    const away = await setup.unit('AZ-X', '局外单位工会');
    const users: Array<[Who, string, string, number?]> = [
      ['coordOwn', 'az.coord.a', 'UNIT_COORDINATOR', unitA.id],
      ['coordOther', 'az.coord.b', 'UNIT_COORDINATOR', unitB.id],
      ['hostCoord', 'az.coord.host', 'UNIT_COORDINATOR', province.id],
      ['coordAway', 'az.coord.away', 'UNIT_COORDINATOR', away.id],
      ['judgeOn', 'az.judge', 'JUDGE'],
      ['chief', 'az.chief', 'JUDGE'],
      ['judgeOff', 'az.judge.off', 'JUDGE'],
    ];
    const ids = new Map<Who, number>();
    for (const [who, username, role, unitId] of users) {
      ids.set(who, (await setup.user(username, role, unitId)).id);
      credentials.set(who, [username, `${username}-password`]);
      tokens.set(who, await t.login(username, `${username}-password`));
    }
    credentials.set('organizer', ['admin', 'admin-password-1']);
    tokens.set('organizer', organizer);
    const auth = (who: Who) => tokens.get(who)!;

    const competition = await setup.competition('AZ2017');
    const open = async (tradeCode: string, scheme: object) => {
      const { id } = await setup.contest(competition.id, {
        tradeId: await setup.tradeId(tradeCode),
        scheme,
        hostUnitId: city.id,
      });
      await setStatus(t.http, organizer, id, 'REGISTRATION');
      return id;
    };

    // A contest taking registrations: one of unit A's workers, and unit A's roster import.
    const registering = await open('ECOM', scheme30x70());
    const workerA = { name: '王一', idNumber: maleId(411), unitId: unitA.id };
    const registrationA = (await register(t.http, organizer, registering, workerA)).id;
    const withdrawnA = (
      await register(t.http, organizer, registering, {
        name: '王三',
        idNumber: maleId(415),
        unitId: unitA.id,
      })
    ).id;
    ok(
      await t.http
        .patch(`/api/registrations/${withdrawnA}`)
        .set('authorization', organizer)
        .send({ status: 'WITHDRAWN' }),
      200,
    );
    ok(
      await as(organizer).post(`/api/contests/${registering}/judges`, {
        userId: ids.get('judgeOff'),
      }),
      201,
    );
    const upload = await t.http
      .post(`/api/contests/${registering}/registrations/import`)
      .set('authorization', auth('coordOwn'))
      .attach('file', Buffer.from(`姓名,身份证号\n王二,${maleId(412)}\n`), 'roster.csv');
    const queued = ok(upload, 202) as { importId: number; jobId: string };
    await eventually(async () => {
      const res = await as(auth('coordOwn')).get(
        `/api/contests/${registering}/registrations/imports/${queued.importId}`,
      );
      return (res.body as { status: string }).status === 'DONE' ? true : undefined;
    }, 15000);

    // A contest being scored: judgeOn has scored unit A's worker, not yet unit B's.
    const scoring = await open('AGATE', SINGLE_SCORE_SCHEME);
    await register(t.http, organizer, scoring, {
      name: '李一',
      idNumber: maleId(413),
      unitId: unitA.id,
    });
    await register(t.http, organizer, scoring, {
      name: '李二',
      idNumber: maleId(414),
      unitId: unitB.id,
    });
    ok(
      await as(organizer).post(`/api/contests/${scoring}/judges`, { userId: ids.get('judgeOn') }),
      201,
    );
    ok(
      await as(organizer).post(`/api/contests/${scoring}/judges`, {
        userId: ids.get('chief'),
        chief: true,
      }),
      201,
    );
    await setStatus(t.http, organizer, scoring, 'SCORING');
    ok(
      await as(organizer).post(`/api/contests/${scoring}/registrations/decisions`, {
        status: 'APPROVED',
        allPending: true,
      }),
      200,
      201,
    );
    ok(await as(organizer).post(`/api/contests/${scoring}/draw`), 200, 201);
    const sheet = ok(
      await as(auth('judgeOn')).get(`/api/contests/${scoring}/score-sheet`),
      200,
    ) as {
      rows: Array<{ code: string }>;
    };
    ok(
      await as(auth('judgeOn')).put(`/api/contests/${scoring}/scores`, {
        entries: [{ code: sheet.rows[0].code, criterionKey: 'task', points: 80 }],
      }),
      200,
    );

    // A contest with published results, certificates and an objection.
    const done = await publishedContest(
      t.http,
      organizer,
      (username, password) => t.login(username, password),
      [
        ['赵一', 92],
        ['钱二', 88],
        ['孙三', 75],
      ],
      { competitionCode: 'AZP2017', tradeCode: 'LATHE', hostUnitId: province.id },
    );
    const issued = ok(
      await as(organizer).post(`/api/contests/${done.contestId}/certificates/issue`),
      202,
    ) as {
      jobId: string;
    };
    await eventually(async () => {
      const job = await as(organizer).get(`/api/jobs/${encodeURIComponent(issued.jobId)}`);
      return (job.body as { state: string }).state === 'completed' ? true : undefined;
    }, 20000);
    const [certificate] = ok(
      await as(organizer).get(`/api/contests/${done.contestId}/certificates`),
      200,
    ) as unknown as Array<{ serial: string; code: string }>;
    const objection = ok(
      await t.http.post(`/api/public/contests/${done.contestId}/objections`).send({
        name: '孙三',
        idNumber: done.people.get('孙三')!.idNumber,
        text: '实操评分有误，申请复核',
      }),
      201,
    ) as { objectionId: number };

    world = {
      competitionId: competition.id,
      unitA: unitA.id,
      coordOwnId: ids.get('coordOwn')!,
      judgeOnId: ids.get('judgeOn')!,
      registering,
      registrationA,
      withdrawnA,
      workerA,
      importId: queued.importId,
      importJobId: queued.jobId,
      scoring,
      published: done.contestId,
      publishedCompetitionId: done.competitionId,
      runId: done.runId,
      serial: certificate.serial,
      certificateCode: certificate.code,
      objectionId: objection.objectionId,
    };

    const doc = (await t.http.get('/api/docs-json')).body as {
      paths: Record<string, Partial<Record<string, { responses?: object }>>>;
    };
    documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      HTTP_METHODS.filter((m) => ops[m] !== undefined).map((m) => `${m.toUpperCase()} ${path}`),
    );
    declared = Object.fromEntries(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        HTTP_METHODS.filter((m) => ops[m] !== undefined).map((m) => [
          `${m.toUpperCase()} ${path}`,
          Object.keys(ops[m]!.responses ?? {}).map(Number),
        ]),
      ),
    );
    // Every route Nest serves, whether the document shows it or not.
    const served = nestRoutes(t).map((route) => {
      const [method, path] = route.split(' ');
      return documented.includes(`${method} /api${path}`) ? `${method} /api${path}` : route;
    });
    operations = [...new Set([...documented, ...served])];
    console.log(`authorization matrix: fixture built in ${Date.now() - started} ms`);
  }, 120000);
  afterAll(async () => {
    await t?.close();
  });

  it('lists in the OpenAPI document every route Nest serves, but the few left out on purpose', () => {
    const missing = operations.filter((op) => !documented.includes(op));
    expect(missing.sort()).toEqual(Object.keys(UNDOCUMENTED).sort());
    expect(operations.length).toBeGreaterThan(60);
  });

  it('has an expectation for every route, and none for a route that is gone', () => {
    const known = Object.keys(EXPECTATIONS);
    expect(operations.filter((op) => !known.includes(op)).sort()).toEqual([]);
    expect(known.filter((op) => !operations.includes(op)).sort()).toEqual([]);
  });

  it('answers every route × role as expected', async () => {
    const started = Date.now();
    const mismatches: string[] = [];
    const undeclared = new Set<string>();
    const tally: Record<Verdict, number> = { allow: 0, deny: 0, hide: 0 };
    const table: string[] = [];

    const request = async (operation: string, rule: RouteCase, who: Who): Promise<Response> => {
      const [method, template] = operation.split(' ') as [string, string];
      const url = fillPath(template, rule.params?.(world) ?? {});
      let req = t.http[method.toLowerCase() as HttpMethod](url);
      let token = tokens.get(who);
      if (rule.freshToken && who !== 'anonymous') {
        token = await t.login(...credentials.get(who)!);
      }
      if (token) req = req.set('authorization', token);
      if (rule.query) req = req.query(rule.query(world));
      if (rule.upload) {
        return req.attach('file', Buffer.from(rule.upload.content), rule.upload.filename);
      }
      return rule.body ? req.send(rule.body(world)) : req;
    };

    for (const operation of operations) {
      const rule = EXPECTATIONS[operation];
      if (!rule) continue; // reported by the test above
      const row: string[] = [];
      for (const who of WHO) {
        const expected: Verdict = rule.allow.includes(who)
          ? 'allow'
          : rule.hide?.includes(who)
            ? 'hide'
            : 'deny';
        const res = await request(operation, rule, who);
        const code = (res.body as { code?: unknown } | undefined)?.code;
        const coded = typeof code === 'string' && code.length > 0;
        let seen: Verdict | 'error';
        if (res.status >= 500) seen = 'error';
        else if (res.status === 401 || res.status === 403) seen = coded ? 'deny' : 'error';
        else if (res.status === 404 && expected === 'hide') seen = coded ? 'hide' : 'error';
        else seen = 'allow';
        // Anonymous callers are refused as unauthenticated, signed-in ones as forbidden.
        const wrongRefusal =
          seen === 'deny' && (who === 'anonymous' ? res.status !== 401 : res.status !== 403);
        if (seen !== expected || wrongRefusal) {
          mismatches.push(
            `${operation} as ${who}: expected ${expected}, got ${res.status} ${coded ? code : ''}`,
          );
        }
        if (seen !== 'error') tally[seen]++;
        // What the document promises a client: every status answered here is one it declares.
        if (declared[operation] && !declared[operation].includes(res.status)) {
          undeclared.add(`${operation}: ${res.status}`);
        }
        row.push(seen === 'allow' ? 'A' : seen === 'deny' ? '-' : seen === 'hide' ? 'h' : '!');
      }
      table.push(`${row.join(' ')}  ${operation}`);
    }

    const checks = operations.length * WHO.length;
    console.log(
      `authorization matrix: ${operations.length} routes × ${WHO.length} roles = ${checks} checks ` +
        `(allowed ${tally.allow}, refused ${tally.deny}, hidden ${tally.hide}; ` +
        `mismatches ${mismatches.length}) in ${Date.now() - started} ms`,
    );
    if (process.env.AUTHZ_PRINT_MATRIX || mismatches.length > 0) {
      console.log(`${WHO.join(' | ')}\n${table.join('\n')}`);
    }
    expect(mismatches).toEqual([]);
    expect([...undeclared].sort()).toEqual([]);
  }, 120000);
});
