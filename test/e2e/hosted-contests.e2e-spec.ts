import type { Response } from 'supertest';
import { maleId } from '../factories/id-numbers';
import { computeAndPublishRun, SINGLE_SCORE_SCHEME } from '../factories/published-contest';
import { SetupApi } from '../factories/setup-api';
import { type E2eApp, requestsAs, startApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

/**
 * Hosted preliminaries (docs/security.md "Hosted contests"): the coordinator of 海州区 runs their
 * preliminary end to end over HTTP — creates it with themselves as host, sets the scheme, enters
 * their units' workers, creates their own judges and assigns them, and (after the judges have
 * scored and the chief judge confirmed and closed) computes the results through Bull and
 * publishes them. The coordinator of the sibling 细河区 is refused on every one of those routes
 * exactly as for a contest that does not exist, and does not see it listed; the coordinator of the
 * city above can act on it; an organizer can act on all.
 */
describe.each(databases)('Hosted preliminaries on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let organizer: string;
  let hz: string;
  let xh: string;
  let city: string;
  let factory: string;
  let judge: string;
  let chief: string;
  let competitionId: number;
  let tradeId: number;
  const units: Record<string, number> = {};
  let contestId: number;
  let unhostedId: number;
  let xhContestId: number;
  let runId: number;
  let computeJobId: string;
  const registrations = new Map<string, number>();

  const as = (auth: string) => requestsAs(e2e.http, auth);
  const expectStatus = (res: Response, status: number, code?: string) => {
    const body = res.body as { code?: string };
    if (res.status !== status || (code !== undefined && body.code !== code)) {
      throw new Error(
        `${res.status} ${JSON.stringify(res.body)} (expected ${status}${code ? ` ${code}` : ''})`,
      );
    }
    return res.body as unknown;
  };

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    const setup = new SetupApi(e2e.http, organizer);
    tradeId = await setup.tradeId('LATHE');
    competitionId = (await setup.competition('HOST2017')).id;
    units.city = (await setup.unit('FXS', '阜新市总工会')).id;
    units.hz = (await setup.unit('HZQ', '海州区总工会', units.city)).id;
    units.hzF1 = (await setup.unit('HZQ-F1', '海州区机械厂工会', units.hz)).id;
    units.hzF2 = (await setup.unit('HZQ-F2', '海州区热电厂工会', units.hz)).id;
    units.hzJ = (await setup.unit('HZQ-J', '海州区职业技能鉴定站', units.hz)).id;
    units.xh = (await setup.unit('XHQ', '细河区总工会', units.city)).id;
    const coordinators: Array<[string, number]> = [
      ['coord.hz', units.hz],
      ['coord.xh', units.xh],
      ['coord.city', units.city],
      ['coord.hzf1', units.hzF1],
    ];
    for (const [username, unitId] of coordinators) {
      await setup.user(username, 'UNIT_COORDINATOR', unitId);
    }
    hz = await e2e.login('coord.hz', 'coord.hz-password');
    xh = await e2e.login('coord.xh', 'coord.xh-password');
    city = await e2e.login('coord.city', 'coord.city-password');
    factory = await e2e.login('coord.hzf1', 'coord.hzf1-password');
    // An organizer-run contest and 细河区's own preliminary, beside 海州区's.
    unhostedId = (
      await setup.contest(competitionId, {
        tradeId: await setup.tradeId('ECOM'),
        scheme: SINGLE_SCORE_SCHEME,
      })
    ).id;
    const xhContest = await as(xh).post(`/api/competitions/${competitionId}/contests`, {
      tradeId,
      scheme: SINGLE_SCORE_SCHEME,
      hostUnitId: units.xh,
    });
    xhContestId = (expectStatus(xhContest, 201) as { id: number }).id;
  }, 60000);
  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('lets a coordinator create a round-1 contest hosted within their subtree, and nothing else', async () => {
    const base = `/api/competitions/${competitionId}/contests`;
    const body = { tradeId, scheme: SINGLE_SCORE_SCHEME };
    expectStatus(await as(hz).post(base, body), 403, 'HOST_UNIT_OUT_OF_SCOPE');
    expectStatus(
      await as(hz).post(base, { ...body, hostUnitId: units.xh }),
      403,
      'HOST_UNIT_OUT_OF_SCOPE',
    );
    expectStatus(
      await as(hz).post(base, { ...body, hostUnitId: units.city }),
      403,
      'HOST_UNIT_OUT_OF_SCOPE',
    );
    expectStatus(
      await as(hz).post(base, { ...body, hostUnitId: units.hz, round: 2 }),
      400,
      'HOSTED_CONTEST_ROUND',
    );
    const created = expectStatus(
      await as(hz).post(base, { ...body, hostUnitId: units.hz }),
      201,
    ) as { id: number; round: number; hostUnitId: number; status: string };
    expect(created).toMatchObject({ round: 1, hostUnitId: units.hz, status: 'DRAFT' });
    contestId = created.id;
  });

  it('shows the hosted contest to its host, the units above and below, not to the sibling', async () => {
    const listed = async (auth: string) =>
      (
        expectStatus(
          await as(auth).get(`/api/competitions/${competitionId}/contests`),
          200,
        ) as Array<{ id: number }>
      ).map((c) => c.id);
    const summarised = async (auth: string) =>
      (
        expectStatus(await as(auth).get(`/api/competitions/${competitionId}`), 200) as {
          contests: Array<{ id: number }>;
        }
      ).contests.map((c) => c.id);
    for (const auth of [organizer, hz, city, factory]) {
      expect(await listed(auth)).toEqual(expect.arrayContaining([contestId, unhostedId]));
      expect(await summarised(auth)).toEqual(expect.arrayContaining([contestId, unhostedId]));
    }
    expect(await listed(xh)).toEqual(expect.arrayContaining([unhostedId, xhContestId]));
    expect(await listed(xh)).not.toContain(contestId);
    expect(await summarised(xh)).not.toContain(contestId);
    expect(await listed(hz)).not.toContain(xhContestId);
    expectStatus(await as(factory).get(`/api/contests/${contestId}`), 200);
  });

  it('lets the host coordinator set the scheme and open registration', async () => {
    const scheme = {
      parts: [
        {
          key: 'practical',
          name: '实操',
          weight: 100,
          criteria: [{ key: 'task', name: '工件加工', maxPoints: 100, kind: 'MEASUREMENT' }],
        },
      ],
    };
    expectStatus(await as(hz).patch(`/api/contests/${contestId}`, { scheme }), 200);
    expectStatus(await as(hz).patch(`/api/contests/${contestId}`, { status: 'REGISTRATION' }), 200);
    // The coordinator below the host unit is no organizer of it; nor is one above an organizer-run contest.
    expectStatus(
      await as(factory).patch(`/api/contests/${contestId}`, { minField: 3 }),
      403,
      'ROLE_NOT_ALLOWED',
    );
    expectStatus(
      await as(city).patch(`/api/contests/${unhostedId}`, { minField: 3 }),
      403,
      'ROLE_NOT_ALLOWED',
    );
  });

  it('takes entries from the host unit and below only', async () => {
    const people: Array<[string, number, number]> = [
      ['海一', units.hzF1, 401],
      ['海二', units.hzF2, 402],
      ['海三', units.hz, 403],
    ];
    for (const [name, unitId, n] of people) {
      const res = await as(hz).post(`/api/contests/${contestId}/registrations`, {
        worker: { name, idNumber: maleId(n), unitId },
      });
      registrations.set(name, (expectStatus(res, 201) as { id: number }).id);
    }
    // Even an organizer enters only workers of the host's subtree into a hosted contest.
    for (const auth of [hz, organizer]) {
      expectStatus(
        await as(auth).post(`/api/contests/${contestId}/registrations`, {
          worker: { name: '细一', idNumber: maleId(404), unitId: units.xh },
        }),
        403,
        'UNIT_OUT_OF_SCOPE',
      );
    }
    // The coordinator below enters their own workers as usual, and sees only theirs.
    const own = await as(factory).post(`/api/contests/${contestId}/registrations`, {
      worker: { name: '海四', idNumber: maleId(405) },
    });
    registrations.set('海四', (expectStatus(own, 201) as { id: number }).id);
    const theirs = expectStatus(
      await as(factory).get(`/api/contests/${contestId}/registrations`),
      200,
    ) as Array<{ worker: { name: string } }>;
    expect(theirs.map((r) => r.worker.name).sort()).toEqual(['海一', '海四']);
    const all = expectStatus(
      await as(hz).get(`/api/contests/${contestId}/registrations`),
      200,
    ) as unknown[];
    expect(all).toHaveLength(4);
  });

  it('lets the host coordinator create judges of their own units and assign them', async () => {
    const users = '/api/users';
    const judgeBody = (username: string, unitId?: number) => ({
      username,
      password: `${username}-password`,
      displayName: username,
      role: 'JUDGE',
      ...(unitId === undefined ? {} : { unitId }),
    });
    expectStatus(
      await as(hz).post(users, { ...judgeBody('hz.boss', units.hz), role: 'ORGANIZER' }),
      403,
      'USER_ROLE_NOT_ALLOWED',
    );
    expectStatus(
      await as(hz).post(users, { ...judgeBody('hz.coord2', units.hz), role: 'UNIT_COORDINATOR' }),
      403,
      'USER_ROLE_NOT_ALLOWED',
    );
    expectStatus(
      await as(hz).post(users, judgeBody('hz.judge.x', units.xh)),
      403,
      'JUDGE_UNIT_OUT_OF_SCOPE',
    );
    expectStatus(await as(hz).post(users, judgeBody('hz.judge.n')), 403, 'JUDGE_UNIT_OUT_OF_SCOPE');
    const judgeId = (
      expectStatus(await as(hz).post(users, judgeBody('hz.judge', units.hzJ)), 201) as {
        id: number;
      }
    ).id;
    const chiefId = (
      expectStatus(await as(hz).post(users, judgeBody('hz.chief', units.hzJ)), 201) as {
        id: number;
      }
    ).id;
    const listed = expectStatus(await as(hz).get(users), 200) as Array<{
      username: string;
      role: string;
    }>;
    expect(listed.map((u) => u.username).sort()).toEqual(['hz.chief', 'hz.judge']);
    expect((expectStatus(await as(xh).get(users), 200) as unknown[]).length).toBe(0);

    // A judge the organizers made (no unit of 海州区) is not theirs to assign.
    const outsider = (
      expectStatus(await as(organizer).post(users, judgeBody('city.judge')), 201) as { id: number }
    ).id;
    expectStatus(
      await as(hz).post(`/api/contests/${contestId}/judges`, { userId: outsider }),
      403,
      'JUDGE_UNIT_OUT_OF_SCOPE',
    );
    expectStatus(await as(hz).post(`/api/contests/${contestId}/judges`, { userId: judgeId }), 201);
    expectStatus(
      await as(hz).post(`/api/contests/${contestId}/judges`, { userId: chiefId, chief: true }),
      201,
    );
    judge = await e2e.login('hz.judge', 'hz.judge-password');
    chief = await e2e.login('hz.chief', 'hz.chief-password');
  });

  it('runs decisions, the draw, scoring, confirmation, computation (Bull) and publication', async () => {
    expectStatus(await as(hz).patch(`/api/contests/${contestId}`, { status: 'SCORING' }), 200);
    expectStatus(
      await as(hz).post(`/api/contests/${contestId}/registrations/decisions`, {
        status: 'APPROVED',
        allPending: true,
      }),
      200,
    );
    expectStatus(
      await as(hz).patch(`/api/registrations/${registrations.get('海四')!}`, {
        status: 'WITHDRAWN',
      }),
      200,
    );
    expectStatus(await as(hz).post(`/api/contests/${contestId}/draw`), 201);
    const sheet = expectStatus(
      await as(judge).get(`/api/contests/${contestId}/score-sheet`),
      200,
    ) as { rows: Array<{ code: string }> };
    expect(sheet.rows).toHaveLength(3);
    // Judges see codes only: no name, unit or ID number of the workers reaches them.
    const text = JSON.stringify(sheet);
    for (const name of ['海一', '海二', '海三', '机械厂', maleId(401)])
      expect(text).not.toContain(name);
    expectStatus(
      await as(judge).put(`/api/contests/${contestId}/scores`, {
        entries: sheet.rows.map((r, i) => ({
          code: r.code,
          criterionKey: 'task',
          points: 90 - i * 5,
        })),
      }),
      200,
    );
    const status = expectStatus(
      await as(hz).get(`/api/contests/${contestId}/scores/status`),
      200,
    ) as object;
    expect(status).toBeDefined();
    expectStatus(await as(chief).post(`/api/contests/${contestId}/scores/confirm`), 200);
    expectStatus(await as(chief).post(`/api/contests/${contestId}/scores/close`), 200);

    // The results job, followed by the host coordinator (GET /api/jobs/:jobId), then publication.
    runId = await computeAndPublishRun(e2e.http, hz, contestId);
    const runs = expectStatus(
      await as(hz).get(`/api/contests/${contestId}/results/runs`),
      200,
    ) as Array<{ runId: number; jobId: string | null }>;
    computeJobId = runs.find((r) => r.runId === runId)!.jobId!;
    const rows = expectStatus(
      await as(hz).get(`/api/contests/${contestId}/results?runId=${runId}`),
      200,
    ) as Array<{ name: string; rank: number | null }>;
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      [expect.any(String), 1],
      [expect.any(String), 2],
      [expect.any(String), 3],
    ]);
    const publication = expectStatus(
      await as(hz).get(`/api/contests/${contestId}/results/publication`),
      200,
    ) as { publishedRunId: number | null };
    expect(publication.publishedRunId).toBe(runId);
    const ranking = expectStatus(
      await e2e.http.get(
        `/api/public/competitions/${competitionId}/rankings?contestId=${contestId}`,
      ),
      200,
    ) as { rows?: unknown[]; items?: unknown[] };
    expect(JSON.stringify(ranking)).toContain('海一');
  }, 60000);

  it('refuses the sibling unit’s coordinator on every route as for a contest that does not exist', async () => {
    const missing = 999999;
    const registrationId = registrations.get('海一')!;
    // [method, path, body?]: the route on the hosted contest; `{id}` is replaced.
    const routes: Array<[keyof ReturnType<typeof as>, string, object?]> = [
      ['get', '/api/contests/{id}'],
      ['patch', '/api/contests/{id}', { minField: 1 }],
      ['get', '/api/contests/{id}/registrations'],
      [
        'post',
        '/api/contests/{id}/registrations',
        { worker: { name: '细二', idNumber: maleId(406) } },
      ],
      ['get', '/api/contests/{id}/registrations/export'],
      [
        'post',
        '/api/contests/{id}/registrations/decisions',
        { status: 'APPROVED', allPending: true },
      ],
      ['get', '/api/contests/{id}/registrations/import-template'],
      ['post', '/api/contests/{id}/draw', {}],
      ['get', '/api/contests/{id}/draw'],
      ['post', '/api/contests/{id}/judges', { userId: 1 }],
      ['get', '/api/contests/{id}/judges'],
      ['get', '/api/contests/{id}/scores/status'],
      ['post', '/api/contests/{id}/scores/confirm', {}],
      ['get', '/api/contests/{id}/audit'],
      ['get', '/api/contests/{id}/audit/verify'],
      ['post', '/api/contests/{id}/results/compute', {}],
      ['get', '/api/contests/{id}/results/runs'],
      ['get', '/api/contests/{id}/results?runId=1'],
      ['post', '/api/contests/{id}/results/publish', { runId: 1 }],
      ['get', '/api/contests/{id}/results/publication'],
      ['post', '/api/contests/{id}/results/finalize', {}],
      ['get', '/api/contests/{id}/objections'],
      ['post', '/api/contests/{id}/certificates/issue', {}],
      ['get', '/api/contests/{id}/certificates'],
    ];
    const answer = async (method: keyof ReturnType<typeof as>, url: string, body?: object) => {
      const api = as(xh);
      const res =
        method === 'get' || method === 'delete'
          ? await api[method](url)
          : await api[method](url, body ?? {});
      return `${res.status} ${(res.body as { code?: string }).code}`;
    };
    for (const [method, path, body] of routes) {
      const hosted = await answer(method, path.replace('{id}', String(contestId)), body);
      const absent = await answer(method, path.replace('{id}', String(missing)), body);
      expect(`${method} ${path}: ${hosted}`).toBe(`${method} ${path}: ${absent}`);
      expect(hosted).toMatch(/^(403 ROLE_NOT_ALLOWED|404 CONTEST_NOT_FOUND)$/);
    }
    // A registration of the contest is hidden like one that does not exist.
    for (const method of ['get', 'patch'] as const) {
      const url = (id: number) => `/api/registrations/${id}`;
      expect(await answer(method, url(registrationId), { status: 'WITHDRAWN' })).toBe(
        await answer(method, url(missing), { status: 'WITHDRAWN' }),
      );
    }
    // Nor can they follow its results job.
    const job = await as(xh).get(`/api/jobs/${encodeURIComponent(computeJobId)}`);
    expectStatus(job, 404, 'JOB_NOT_FOUND');
    // Nothing was changed by any of it.
    const after = expectStatus(await as(hz).get(`/api/contests/${contestId}`), 200) as {
      minField: number;
      status: string;
    };
    expect(after.status).toBe('PUBLISHED');
    expect(after.minField).not.toBe(1);
  }, 60000);

  it('lets the coordinator of the unit above and the organizers act on it', async () => {
    for (const auth of [city, organizer]) {
      const all = expectStatus(
        await as(auth).get(`/api/contests/${contestId}/registrations`),
        200,
      ) as unknown[];
      expect(all).toHaveLength(4);
      expectStatus(await as(auth).get(`/api/contests/${contestId}/results/runs`), 200);
      expectStatus(await as(auth).get(`/api/contests/${contestId}/audit/verify`), 200);
      // The objection window is open: finalising is refused past authorization.
      expectStatus(await as(auth).post(`/api/contests/${contestId}/results/finalize`), 409);
      const job = await as(auth).get(`/api/jobs/${encodeURIComponent(computeJobId)}`);
      expectStatus(job, 200);
    }
    // The organizers act on 细河区's preliminary too; 海州区's coordinator does not see it.
    expectStatus(await as(organizer).get(`/api/contests/${xhContestId}/judges`), 200);
    expectStatus(await as(hz).get(`/api/contests/${xhContestId}`), 404, 'CONTEST_NOT_FOUND');
    expectStatus(await as(hz).get(`/api/contests/${xhContestId}/judges`), 403, 'ROLE_NOT_ALLOWED');
    // The coordinator below the host unit does not organise it.
    expectStatus(
      await as(factory).get(`/api/contests/${contestId}/results/runs`),
      403,
      'ROLE_NOT_ALLOWED',
    );
  });
});
