import { DataSource } from 'typeorm';
import { maleId } from '../factories/id-numbers';
import {
  fedContest,
  judgePanel,
  type JudgePanel,
  publishedFeeder,
  rescoreAfterObjection,
  SINGLE_SCORE_SCHEME,
} from '../factories/published-contest';
import { SetupApi } from '../factories/setup-api';
import { expectOk, expectStatus, requestsAs, startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';
import type { Schemas } from '../support/typed-api';

/** The answers as the OpenAPI document describes them (web/src/api/schema.d.ts). */
type Advancement = Schemas['AdvancementResponse'];
type Applied = Schemas['AdvancementApplyResponse'];

/**
 * The final's registrations made from its advancement list, declines and confirmations
 * (docs/advancement.md "Applying the list"), over HTTP on both databases. A city-wide theory round
 * (round 1) and 海州区's hosted preliminary (round 2) feed the final (round 3), each sending its
 * best 2; 周明 sat both and takes one place.
 */
describe.each(databases)('Applying advancement to the final on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let organizer: string;
  let setup: SetupApi;
  let panel: JudgePanel;
  let tradeId: number;
  let competitionId: number;
  let unitA: number;
  let unitB: number;
  let theory: number;
  let prelim: number;
  let final: number;
  /** By name and contest: registration id, ID number, code. */
  const people = new Map<string, { registrationId: number; idNumber: string; code: string }>();
  const idNumbers = new Map<string, string>();
  let nextId = 300;

  const as = (auth: string) => requestsAs(e2e.http, auth);
  const key = (name: string, contestId: number) => `${name}@${contestId}`;
  const idNumberOf = (name: string) => {
    if (!idNumbers.has(name)) idNumbers.set(name, maleId(nextId++));
    return idNumbers.get(name)!;
  };

  /** Registers, draws, scores, confirms, closes, computes and publishes one feeder. */
  async function feeder(
    round: number,
    hostUnitId: number | null,
    scores: Array<[string, number, number]>,
  ): Promise<number> {
    const { contestId, people: published } = await publishedFeeder(
      e2e.http,
      organizer,
      panel,
      { competitionId, tradeId, round, hostUnitId },
      scores.map(([name, unitId, points]) => ({
        name,
        idNumber: idNumberOf(name),
        unitId,
        points,
      })),
    );
    for (const [name, person] of published) people.set(key(name, contestId), person);
    return contestId;
  }

  /** After publication: an objection upheld, the chief judge corrects, the run is republished. */
  async function rescore(name: string, contestId: number, points: number): Promise<void> {
    const person = { name, ...people.get(key(name, contestId))! };
    await rescoreAfterObjection(
      e2e.http,
      organizer,
      panel,
      contestId,
      person,
      points,
      '请复核成绩',
    );
  }

  const reg = (name: string, contestId: number) => people.get(key(name, contestId))!.registrationId;
  const compute = async () => {
    const res = await as(organizer).post(`/api/contests/${final}/advancement`);
    expectStatus(res, 200);
    return res.body as Advancement;
  };
  const apply = async () => {
    const res = await as(organizer).post(`/api/contests/${final}/advancement/apply`);
    expectStatus(res, 200);
    return res.body as Applied;
  };
  const entry = (list: Advancement, name: string, contestId: number) =>
    list.entries.find((e) => e.name === name && e.feederContestId === contestId)!;
  const kinds = (applied: Applied) =>
    Object.fromEntries(applied.changes.map((c) => [c.name, c.kind]));

  interface StoredFinalist {
    status: string;
    feeder: number | null;
    carried: number | null;
    unitId: number;
  }

  /** The final's registrations as stored, by feeder entry: status, link, carried total, unit. */
  async function finalists(): Promise<Map<number, StoredFinalist>> {
    const dataSource = e2e.app.get(DataSource);
    const postgres = dataSource.options.type === 'postgres';
    const rows = await dataSource.query<Array<Record<string, string | number | null>>>(
      'SELECT status, feeder_registration_id AS feeder, carried_total_centi AS carried, ' +
        `unit_id AS "unitId" FROM registrations WHERE contest_id = ${postgres ? '$1' : '?'}`,
      [final],
    );
    const number = (value: string | number | null) => (value === null ? null : Number(value));
    return new Map(
      rows.map((r) => [
        Number(r.feeder),
        {
          status: String(r.status),
          feeder: number(r.feeder),
          carried: number(r.carried),
          unitId: Number(r.unitId),
        },
      ]),
    );
  }

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    setup = new SetupApi(e2e.http, organizer);
    tradeId = await setup.tradeId('LATHE');
    competitionId = (await setup.competition('APPLY2017')).id;
    const city = (await setup.unit('CITYAP', '阜新市总工会')).id;
    unitA = (await setup.unit('HZQAP', '海州区总工会', city)).id;
    unitB = (await setup.unit('XHQAP', '细河区总工会', city)).id;
    panel = await judgePanel(e2e.http, organizer, (u, p) => e2e.login(u, p), 'ap');
    await setup.user('coordap', 'UNIT_COORDINATOR', unitA);
    await setup.user('coordbp', 'UNIT_COORDINATOR', unitB);
    await setup.user('coordcity', 'UNIT_COORDINATOR', city);
    theory = await feeder(1, null, [
      ['周明', unitA, 92],
      ['理一', unitB, 90],
      ['理二', unitB, 80],
      ['理三', unitB, 70],
    ]);
    // 周明 sits the round-2 preliminary of the same trade too: other rounds are allowed.
    prelim = await feeder(2, unitA, [
      ['甲一', unitA, 90],
      ['周明', unitA, 85],
      ['甲三', unitA, 80],
      ['甲四', unitA, 70],
    ]);
    final = await fedContest(
      e2e.http,
      organizer,
      { competitionId, tradeId, round: 3 },
      { feederContestIds: [theory, prelim], rule: { mode: 'TOP_N_PER_FEEDER', n: 2 } },
    );
  }, 300_000);

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('refuses a second contest of the same trade and round, and another trade, but not another round', async () => {
    const other = await as(organizer).post(`/api/competitions/${competitionId}/contests`, {
      tradeId,
      scheme: SINGLE_SCORE_SCHEME,
      round: 2,
    });
    expectStatus(other, 201);
    const otherId = (other.body as { id: number }).id;
    expectOk(await as(organizer).patch(`/api/contests/${otherId}`, { status: 'REGISTRATION' }));
    const sameRound = await as(organizer).post(`/api/contests/${otherId}/registrations`, {
      worker: { name: '甲一', idNumber: idNumberOf('甲一'), unitId: unitA },
    });
    expectStatus(sameRound, 409);
    expect(sameRound.body).toMatchObject({
      code: 'REGISTRATION_SAME_ROUND',
      details: { registrationId: reg('甲一', prelim), contestId: prelim },
    });
    const ecom = await as(organizer).post(`/api/competitions/${competitionId}/contests`, {
      tradeId: await setup.tradeId('ECOM'),
      scheme: SINGLE_SCORE_SCHEME,
    });
    expectStatus(ecom, 201);
    const ecomId = (ecom.body as { id: number }).id;
    expectOk(await as(organizer).patch(`/api/contests/${ecomId}`, { status: 'REGISTRATION' }));
    const otherTrade = await as(organizer).post(`/api/contests/${ecomId}/registrations`, {
      worker: { name: '甲一', idNumber: idNumberOf('甲一'), unitId: unitA },
    });
    expect(otherTrade.status).toBe(409);
    expect(otherTrade.body).toMatchObject({ code: 'REGISTRATION_OTHER_TRADE' });
  });

  it('refuses to apply before a list exists', async () => {
    const res = await as(organizer).post(`/api/contests/${final}/advancement/apply`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'ADVANCEMENT_NOT_FOUND' });
  });

  it('gives 周明 one place: his better entry (the theory round) advances, the other gives way', async () => {
    const list = await compute();
    expect(list.version).toBe(1);
    expect(entry(list, '周明', theory)).toMatchObject({ status: 'ADVANCED', total: '92.00' });
    expect(entry(list, '周明', prelim)).toMatchObject({
      status: 'NOT_ELIGIBLE',
      reason: {
        code: 'ADVANCED_ELSEWHERE',
        registrationId: reg('周明', theory),
        feederContestId: theory,
      },
    });
    expect(entry(list, '甲三', prelim)).toMatchObject({ status: 'ADVANCED', rank: 3 });
    expect(entry(list, '甲四', prelim)).toMatchObject({ status: 'RESERVE', reserveNo: 1 });
  });

  it('creates the finalists approved, linked to their feeder entries, carrying their totals; again: all unchanged', async () => {
    // Two applies at once: one creates the four, the other (waiting on the final's row) finds
    // them made; nothing is created twice.
    const [first, second] = await Promise.all([apply(), apply()]);
    const applied = first.created > 0 ? first : second;
    expect((first.created > 0 ? second : first).unchanged).toBe(4);
    expect(applied).toMatchObject({
      version: 1,
      created: 4,
      reapproved: 0,
      updated: 0,
      unchanged: 0,
      withdrawn: 0,
    });
    expect(kinds(applied)).toEqual({
      周明: 'CREATED',
      理一: 'CREATED',
      甲一: 'CREATED',
      甲三: 'CREATED',
    });
    expect(applied.changes.find((c) => c.name === '甲三')).toMatchObject({
      feederRegistrationId: reg('甲三', prelim),
      carriedTotal: { before: null, after: '80.00' },
    });
    const stored = await finalists();
    expect(stored.size).toBe(4);
    expect(stored.get(reg('周明', theory))).toEqual({
      status: 'APPROVED',
      feeder: reg('周明', theory),
      carried: 9200,
      unitId: unitA,
    });
    expect(stored.get(reg('理一', theory))).toMatchObject({ carried: 9000, unitId: unitB });
    const listed = await as(organizer).get(`/api/contests/${final}/registrations`);
    expect((listed.body as Array<{ status: string }>).map((r) => r.status)).toEqual([
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'APPROVED',
    ]);

    const again = await apply();
    expect(again).toMatchObject({
      created: 0,
      reapproved: 0,
      updated: 0,
      unchanged: 4,
      withdrawn: 0,
    });
    expect(again.changes).toEqual([]);
  });

  it('lets the worker’s coordinator decline: reserve 1 moves up, and the next apply follows', async () => {
    const coordB = await e2e.login('coordbp', 'coordbp-password');
    const outside = await as(coordB).post(`/api/advancement/${reg('甲一', prelim)}/decline`, {
      reason: '工作安排',
    });
    expect(outside.status).toBe(403);
    expect(outside.body).toMatchObject({ code: 'UNIT_OUT_OF_SCOPE' });
    const coordA = await e2e.login('coordap', 'coordap-password');
    const blank = await as(coordA).post(`/api/advancement/${reg('甲一', prelim)}/decline`, {
      reason: '  ',
    });
    expect(blank.status).toBe(400);

    const declined = await as(coordA).post(`/api/advancement/${reg('甲一', prelim)}/decline`, {
      reason: '工作安排',
    });
    expectStatus(declined, 200);
    const list = declined.body as Advancement;
    expect(list.version).toBe(2);
    expect(entry(list, '甲一', prelim)).toMatchObject({
      status: 'DECLINED',
      reason: { code: 'DECLINED', reason: '工作安排', afterDeadline: false },
    });
    expect(entry(list, '甲四', prelim)).toMatchObject({ status: 'ADVANCED', rank: 4 });
    // Computing again keeps the decline: same version.
    expect((await compute()).version).toBe(2);

    const twice = await as(organizer).post(`/api/advancement/${reg('甲一', prelim)}/decline`, {
      reason: '再次',
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'ADVANCEMENT_ALREADY_DECLINED' });
    const reserve = await as(organizer).post(`/api/advancement/${reg('理二', theory)}/decline`, {
      reason: '无',
    });
    expect(reserve.status).toBe(409);
    expect(reserve.body).toMatchObject({ code: 'ADVANCEMENT_NOT_ADVANCED' });
    const unknown = await as(organizer).post(`/api/advancement/99999999/decline`, {
      reason: '无',
    });
    expect(unknown.status).toBe(404);

    const applied = await apply();
    expect(applied).toMatchObject({ version: 2, created: 1, unchanged: 3, withdrawn: 1 });
    expect(kinds(applied)).toEqual({ 甲一: 'WITHDRAWN', 甲四: 'CREATED' });
    const stored = await finalists();
    expect(stored.get(reg('甲一', prelim))).toMatchObject({ status: 'WITHDRAWN' });
    expect(stored.get(reg('甲四', prelim))).toMatchObject({ status: 'APPROVED', carried: 7000 });
  });

  it('records a confirmation by a coordinator above the worker’s unit, once', async () => {
    const coordCity = await e2e.login('coordcity', 'coordcity-password');
    const confirmed = await as(coordCity).post(`/api/advancement/${reg('理一', theory)}/confirm`);
    expectStatus(confirmed, 200);
    const list = confirmed.body as Advancement;
    expect(list.version).toBe(3);
    expect(list.changes).toEqual([
      expect.objectContaining({
        name: '理一',
        kind: 'DETAILS_CHANGED',
        after: expect.objectContaining({ confirmed: true }),
      }),
    ]);
    const twice = await as(coordCity).post(`/api/advancement/${reg('理一', theory)}/confirm`);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'ADVANCEMENT_ALREADY_CONFIRMED' });
  });

  it('follows corrected feeder results: moved out, moved in, a switched entry and a changed total', async () => {
    // 理三 70 → 99 moves 理一 out of the theory round's places; 甲三 80 → 83 changes a carried total.
    await rescore('理三', theory, 99);
    await rescore('甲三', prelim, 83);
    const list = await compute();
    expect(list.version).toBe(4);
    expect(entry(list, '理三', theory)).toMatchObject({ status: 'ADVANCED', rank: 1 });
    expect(entry(list, '理一', theory)).toMatchObject({ status: 'RESERVE', reserveNo: 1 });
    const applied = await apply();
    expect(applied).toMatchObject({
      version: 4,
      created: 1,
      updated: 1,
      withdrawn: 1,
      unchanged: 2,
    });
    expect(kinds(applied)).toEqual({ 理三: 'CREATED', 理一: 'WITHDRAWN', 甲三: 'UPDATED' });
    expect(applied.changes.find((c) => c.name === '甲三')?.carriedTotal).toEqual({
      before: '80.00',
      after: '83.00',
    });
    expect((await finalists()).get(reg('甲三', prelim))).toMatchObject({ carried: 8300 });

    // 理一 corrected to 99.50: back in (approved again); 周明 falls to third in the theory round
    // and keeps his place through the preliminary instead, which moves 甲四 out.
    await rescore('理一', theory, 99.5);
    const next = await compute();
    expect(entry(next, '周明', theory)).toMatchObject({
      status: 'NOT_ELIGIBLE',
      reason: { code: 'ADVANCED_ELSEWHERE', registrationId: reg('周明', prelim) },
    });
    expect(entry(next, '周明', prelim)).toMatchObject({ status: 'ADVANCED' });
    const reapplied = await apply();
    expect(reapplied).toMatchObject({ created: 0, reapproved: 1, updated: 1, withdrawn: 1 });
    expect(kinds(reapplied)).toEqual({ 理一: 'APPROVED', 周明: 'UPDATED', 甲四: 'WITHDRAWN' });
    expect(reapplied.changes.find((c) => c.name === '周明')).toMatchObject({
      feederRegistrationId: reg('周明', prelim),
      carriedTotal: { before: '92.00', after: '85.00' },
    });
  }, 120_000);

  it('refuses a list that no longer matches the registrations (two places, one worker), changing nothing', async () => {
    // As if a transfer had merged 理三's record into 甲三's since the list was computed.
    const dataSource = e2e.app.get(DataSource);
    const p = (n: number) => (dataSource.options.type === 'postgres' ? `$${n}` : '?');
    const workerOf = async (registrationId: number) =>
      Number(
        (
          await dataSource.query<Array<{ w: number }>>(
            `SELECT worker_id AS w FROM registrations WHERE id = ${p(1)}`,
            [registrationId],
          )
        )[0].w,
      );
    const setWorker = (registrationId: number, workerId: number) =>
      dataSource.query(`UPDATE registrations SET worker_id = ${p(1)} WHERE id = ${p(2)}`, [
        workerId,
        registrationId,
      ]);
    const own = await workerOf(reg('理三', theory));
    const before = await finalists();
    await setWorker(reg('理三', theory), await workerOf(reg('甲三', prelim)));
    try {
      const res = await as(organizer).post(`/api/contests/${final}/advancement/apply`);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'ADVANCEMENT_LIST_STALE' });
      expect(await finalists()).toEqual(before);
    } finally {
      await setWorker(reg('理三', theory), own);
    }
    expect(await apply()).toMatchObject({ created: 0, updated: 0, withdrawn: 0, unchanged: 4 });
  });

  it('lets only organizers apply', async () => {
    const coordA = await e2e.login('coordap', 'coordap-password');
    for (const auth of [coordA, panel.judge]) {
      expect((await as(auth).post(`/api/contests/${final}/advancement/apply`)).status).toBe(403);
    }
    expect((await e2e.http.post(`/api/contests/${final}/advancement/apply`)).status).toBe(401);
    expect((await e2e.http.post(`/api/advancement/${reg('甲三', prelim)}/decline`)).status).toBe(
      401,
    );
    expect(
      (await as(panel.judge).post(`/api/advancement/${reg('甲三', prelim)}/confirm`)).status,
    ).toBe(403);
  });

  it('refuses to apply, decline or confirm once the final is scoring', async () => {
    expectOk(await as(organizer).patch(`/api/contests/${final}`, { status: 'REGISTRATION' }));
    for (const body of [{ userId: panel.judgeId }, { userId: panel.chiefId, chief: true }]) {
      expectOk(await as(organizer).post(`/api/contests/${final}/judges`, body));
    }
    expectOk(await as(organizer).patch(`/api/contests/${final}`, { status: 'SCORING' }));
    const refused = await as(organizer).post(`/api/contests/${final}/advancement/apply`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'ADVANCEMENT_CLOSED',
      details: { status: 'SCORING' },
    });
    const decline = await as(organizer).post(`/api/advancement/${reg('甲三', prelim)}/decline`, {
      reason: '无',
    });
    expect(decline.status).toBe(409);
    expect(decline.body).toMatchObject({ code: 'ADVANCEMENT_CLOSED' });
  });
});
