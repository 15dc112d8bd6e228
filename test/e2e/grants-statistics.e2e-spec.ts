import type { Response } from 'supertest';
import { publishedContest } from '../factories/published-contest';
import { SetupApi } from '../factories/setup-api';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

interface GrantLine {
  unitId: number;
  unit: string;
  amount: string;
  used: string | null;
  report: string | null;
  updatedBy: number | null;
}
interface Grants {
  total: string;
  used: string;
  grants: GrantLine[];
}

/**
 * Grants and statistics over HTTP (docs/statistics.md): amounts in and out as exact yuan strings,
 * a refused body changing nothing, coordinators seeing and reporting within their subtree, every
 * change listed, and the statistics of a published contest equal to its published rows.
 */
describe.each(databases)('Grants and statistics over HTTP on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let organizer: string;
  let coordinator: string;
  let competitionId: number;
  let district: number;
  let factory: number;
  let other: number;

  const as = (auth: string) => ({
    get: (url: string) => e2e.http.get(url).set('authorization', auth),
    put: (url: string, body: unknown) =>
      e2e.http
        .put(url)
        .set('authorization', auth)
        .set('content-type', 'application/json')
        .send(JSON.stringify(body)),
  });
  const expectStatus = (res: Response, status: number) => {
    if (res.status !== status) {
      throw new Error(`${res.status} ${JSON.stringify(res.body)} (expected ${status})`);
    }
  };
  const grants = () => `/api/competitions/${competitionId}/grants`;

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    const setup = new SetupApi(e2e.http, organizer);
    district = (await setup.unit('HZQ', '海州区总工会')).id;
    factory = (await setup.unit('HZJX', '海州机械厂工会', district)).id;
    other = (await setup.unit('XHQ', '细河区总工会')).id;
    await setup.user('coordhz', 'UNIT_COORDINATOR', district);
    coordinator = await e2e.login('coordhz', 'coordhz-password');
    const published = await publishedContest(
      e2e.http,
      organizer,
      (u, p) => e2e.login(u, p),
      [
        ['甲', 95],
        ['乙', 90],
        ['丙', 80],
        ['丁', 70],
        ['戊', 60],
      ],
      { competitionCode: 'GS2026' },
    );
    competitionId = published.competitionId;
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('takes amounts as strings or numbers, keeps them exact and answers them as yuan strings', async () => {
    const res = await as(organizer).put(grants(), [
      { unitId: district, amount: '0.10' },
      { unitId: factory, amount: 0.2 },
      { unitId: other, amount: '10000000.00' },
    ]);
    expectStatus(res, 200);
    const body = res.body as Grants;
    expect(body.total).toBe('10000000.30');
    expect(body.grants.map((g) => [g.unitId, g.amount, g.used])).toEqual(
      expect.arrayContaining([
        [district, '0.10', null],
        [factory, '0.20', null],
        [other, '10000000.00', null],
      ]),
    );
  });

  it('refuses a body with a bad row, naming each problem, and changes nothing', async () => {
    const before = (await as(organizer).get(grants())).body as Grants;
    const res = await as(organizer).put(grants(), [
      { unitId: district, amount: '5.00' },
      { unitId: factory, amount: '1.005' },
      { unitId: district, amount: '-1' },
    ]);
    expectStatus(res, 400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'GRANTS_INVALID' });
    const issues = (res.body as { details: { issues: { code: string; path: string }[] } }).details
      .issues;
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '[1].amount GRANT_AMOUNT_PRECISION',
      '[2].unitId GRANT_UNIT_DUPLICATE',
      '[2].amount GRANT_AMOUNT_NEGATIVE',
    ]);
    expect((await as(organizer).get(grants())).body).toEqual(before);
  });

  it('lets a coordinator see and report for their subtree only', async () => {
    const seen = (await as(coordinator).get(grants())).body as Grants;
    expect(seen.grants.map((g) => g.unitId).sort()).toEqual([district, factory].sort());
    expect(seen.total).toBe('0.30');
    const own = await as(coordinator).put(`${grants()}/${factory}/report`, {
      used: '0.15',
      report: '初赛耗材',
    });
    expectStatus(own, 200);
    expect(own.body).toMatchObject({
      unitId: factory,
      amount: '0.20',
      used: '0.15',
      report: '初赛耗材',
    });
    const refused = await as(coordinator).put(`${grants()}/${other}/report`, { used: '1.00' });
    expectStatus(refused, 403);
    expect((refused.body as { code: string }).code).toBe('UNIT_OUT_OF_SCOPE');
    const over = await as(coordinator).put(`${grants()}/${district}/report`, { used: '0.11' });
    expectStatus(over, 400);
    const changes = (await as(organizer).get(`${grants()}/changes`)).body as Array<{
      kind: string;
      unitId: number;
    }>;
    expect(changes.map((c) => `${c.kind} ${c.unitId}`)).toEqual([
      `SET ${district}`,
      `SET ${factory}`,
      `SET ${other}`,
      `REPORT ${factory}`,
    ]);
  });

  it('answers the statistics of the published contest, equal to its published rows', async () => {
    const res = await as(organizer).get(`/api/competitions/${competitionId}/statistics`);
    expectStatus(res, 200);
    const figures = res.body as {
      trades: number;
      participants: number;
      contests: { total: number; held: number };
      titles: { total: number };
      grants: { total: string; used: string };
      funnel: Array<{ rounds: Array<{ entries: number; ranked: number; titles: number }> }>;
    };
    const contests = (await as(organizer).get(`/api/competitions/${competitionId}/contests`))
      .body as Array<{ id: number }>;
    const rows = (await as(organizer).get(`/api/contests/${contests[0].id}/results`))
      .body as Array<{
      rank: number | null;
      title: string | null;
    }>;
    expect(figures).toMatchObject({
      trades: 1,
      participants: 5,
      contests: { total: 1, held: 1 },
      titles: { total: rows.filter((r) => r.title !== null).length },
      grants: { total: '10000000.30', used: '0.15' },
    });
    expect(figures.funnel[0].rounds[0]).toMatchObject({
      entries: 5,
      ranked: rows.filter((r) => r.rank !== null).length,
      titles: rows.filter((r) => r.title !== null).length,
    });
    const coordinatorAsked = await as(coordinator).get(
      `/api/competitions/${competitionId}/statistics`,
    );
    expectStatus(coordinatorAsked, 403);
  });
});
