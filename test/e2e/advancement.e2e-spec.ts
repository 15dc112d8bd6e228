import { maleId } from '../factories/id-numbers';
import {
  judgePanel,
  type JudgePanel,
  publishedFeeder,
  rescoreAfterObjection,
  SINGLE_SCORE_SCHEME,
} from '../factories/published-contest';
import { SetupApi } from '../factories/setup-api';
import { expectStatus, requestsAs, startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';
import type { Schemas } from '../support/typed-api';

/** The answers as the OpenAPI document describes them (web/src/api/schema.d.ts). */
type Advancement = Schemas['AdvancementResponse'];

/**
 * Two preliminaries (初赛) of one trade, run by two host units and published through the API,
 * feed a final (决赛) under TOP_N_PER_FEEDER n = 2 (docs/advancement.md).
 */
describe.each(databases)('Advancement from published preliminaries on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let organizer: string;
  let setup: SetupApi;
  let panel: JudgePanel;
  let tradeId: number;
  let competitionId: number;
  let unitA: number;
  let unitB: number;
  let prelimA: number;
  let prelimB: number;
  let final: number;
  let draftPrelim: number;
  /** By name: registration id, ID number, code, contest. */
  const people = new Map<
    string,
    { registrationId: number; idNumber: string; code: string; contestId: number }
  >();
  let nextId = 100;

  const as = (auth: string) => requestsAs(e2e.http, auth);

  /** Registers, draws, scores, confirms, closes, computes and publishes one preliminary. */
  async function preliminary(
    hostUnitId: number,
    scores: Array<[string, number, { guest?: boolean }?]>,
  ): Promise<number> {
    const { contestId, people: published } = await publishedFeeder(
      e2e.http,
      organizer,
      panel,
      { competitionId, tradeId, round: 1, hostUnitId },
      scores.map(([name, points, options]) => ({
        name,
        idNumber: maleId(nextId++),
        unitId: hostUnitId,
        points,
        outOfCompetition: options?.guest,
      })),
    );
    for (const [name, person] of published) people.set(name, { ...person, contestId });
    return contestId;
  }

  /** After publication: objection upheld, the chief judge corrects, the run is republished. */
  async function rescore(name: string, points: number): Promise<void> {
    const person = people.get(name)!;
    await rescoreAfterObjection(
      e2e.http,
      organizer,
      panel,
      person.contestId,
      { name, ...person },
      points,
    );
  }

  const RULE = { mode: 'TOP_N_PER_FEEDER', n: 2 };
  const compute = () => as(organizer).post(`/api/contests/${final}/advancement`);
  const byName = (list: Advancement) => new Map(list.entries.map((e) => [e.name, e]));

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    setup = new SetupApi(e2e.http, organizer);
    tradeId = await setup.tradeId('LATHE');
    competitionId = (await setup.competition('ADV2017')).id;
    unitA = (await setup.unit('HZQ', '海州区总工会')).id;
    unitB = (await setup.unit('XHQ', '细河区总工会')).id;
    const unitC = (await setup.unit('TPQ', '太平区总工会')).id;
    panel = await judgePanel(e2e.http, organizer, (u, p) => e2e.login(u, p), 'adv');
    await setup.user('coordadv', 'UNIT_COORDINATOR', unitA);
    prelimA = await preliminary(unitA, [
      ['甲一', 90],
      ['甲二', 85],
      ['甲三', 80],
      ['甲四', 70],
      ['甲客', 95, { guest: true }],
    ]);
    prelimB = await preliminary(unitB, [
      ['乙一', 88],
      ['乙二', 77],
      ['乙三', 66],
    ]);
    const created = await as(organizer).post(`/api/competitions/${competitionId}/contests`, {
      tradeId,
      scheme: SINGLE_SCORE_SCHEME,
      round: 2,
    });
    expectStatus(created, 201);
    final = (created.body as { id: number }).id;
    const draft = await as(organizer).post(`/api/competitions/${competitionId}/contests`, {
      tradeId,
      scheme: SINGLE_SCORE_SCHEME,
      hostUnitId: unitC,
    });
    expectStatus(draft, 201);
    draftPrelim = (draft.body as { id: number }).id;
  }, 240_000);

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('creates contests with their round, host unit and self-registration', async () => {
    const res = await as(organizer).get(`/api/contests/${prelimA}`);
    expect(res.body).toMatchObject({ round: 1, hostUnitId: unitA, selfRegistration: false });
    expect((await as(organizer).get(`/api/contests/${final}`)).body).toMatchObject({
      round: 2,
      hostUnitId: null,
    });
    const missingHost = await as(organizer).post(`/api/competitions/${competitionId}/contests`, {
      tradeId,
      scheme: SINGLE_SCORE_SCHEME,
      round: 3,
      hostUnitId: 999999,
    });
    expect(missingHost.status).toBe(400);
    expect(missingHost.body).toMatchObject({ code: 'HOST_UNIT_NOT_FOUND' });
    // The same trade, round and host twice is still refused.
    const twice = await as(organizer).post(`/api/competitions/${competitionId}/contests`, {
      tradeId,
      scheme: SINGLE_SCORE_SCHEME,
      round: 1,
      hostUnitId: unitA,
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'CONTEST_TRADE_TAKEN' });
  });

  it('refuses feeders that are not earlier contests of the same trade, and a bad rule with every issue', async () => {
    const itself = await as(organizer).put(`/api/contests/${final}/feeders`, {
      feederContestIds: [prelimA, final, prelimA],
      rule: RULE,
    });
    expect(itself.status).toBe(400);
    expect(itself.body).toMatchObject({ code: 'FEEDERS_INVALID' });
    expect(
      (itself.body as { details: { issues: Array<{ path: string }> } }).details.issues.map(
        (i) => i.path,
      ),
    ).toEqual(['feederContestIds[1]', 'feederContestIds[2]']);
    // A later round never feeds an earlier one.
    const backwards = await as(organizer).put(`/api/contests/${prelimA}/feeders`, {
      feederContestIds: [final],
      rule: RULE,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ code: 'FEEDERS_INVALID' });

    const bad = await as(organizer).put(`/api/contests/${final}/feeders`, {
      feederContestIds: [prelimA, prelimB],
      rule: { mode: 'TOP_N_PER_FEEDER', n: 0, tiesAtCut: 'SOMETIMES' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'ADVANCEMENT_RULE_INVALID' });
    expect(
      (bad.body as { details: { issues: Array<{ code: string }> } }).details.issues.map(
        (i) => i.code,
      ),
    ).toEqual(['ADVANCEMENT_N_INVALID', 'ADVANCEMENT_TIES_AT_CUT_INVALID']);
  });

  it('has no list before the first computation, for the organizer and the public', async () => {
    const none = await as(organizer).get(`/api/contests/${final}/advancement`);
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({ code: 'ADVANCEMENT_NOT_FOUND' });
    const publicNone = await e2e.http.get(`/api/public/contests/${final}/advancement`);
    expect(publicNone.status).toBe(404);
    expect(publicNone.body).toMatchObject({ code: 'ADVANCEMENT_NOT_FOUND' });
    const unconfigured = await compute();
    expect(unconfigured.status).toBe(409);
    expect(unconfigured.body).toMatchObject({ code: 'ADVANCEMENT_NOT_CONFIGURED' });
  });

  it('refuses to compute while a feeder is not published', async () => {
    const set = await as(organizer).put(`/api/contests/${final}/feeders`, {
      feederContestIds: [prelimA, draftPrelim],
      rule: RULE,
    });
    expectStatus(set, 200);
    const refused = await compute();
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'FEEDER_NOT_PUBLISHED',
      details: { feederContestIds: [draftPrelim] },
    });
  });

  it('computes the list from both published preliminaries: two per feeder, reserves numbered, a guest not eligible', async () => {
    const set = await as(organizer).put(`/api/contests/${final}/feeders`, {
      feederContestIds: [prelimA, prelimB],
      rule: RULE,
    });
    expectStatus(set, 200);
    expect(set.body).toEqual({ feederContestIds: [prelimA, prelimB], rule: RULE });
    const res = await compute();
    expectStatus(res, 200);
    const list = res.body as Advancement;
    expect(list.version).toBe(1);
    expect(list.provisional).toBe(true);
    const entry = (name: string) => byName(list).get(name);
    const id = (name: string) => people.get(name)!.registrationId;
    expect(list.entries).toHaveLength(8);
    expect(entry('甲一')).toEqual({
      registrationId: id('甲一'),
      name: '甲一',
      unit: { id: unitA, name: '海州区总工会' },
      feederContestId: prelimA,
      total: '90.00',
      rank: 1,
      status: 'ADVANCED',
      confirmed: false,
      reason: {
        code: 'WITHIN_FEEDER_TOP_N',
        feederContestId: prelimA,
        rank: 1,
        place: 1,
        n: 2,
        tiedAtCut: false,
      },
    });
    expect(entry('甲二')).toMatchObject({ status: 'ADVANCED', rank: 2, total: '85.00' });
    expect(entry('甲三')).toMatchObject({
      status: 'RESERVE',
      reserveNo: 1,
      rank: 3,
      reason: { code: 'RESERVE_OF_FEEDER', feederContestId: prelimA, reserveNo: 1 },
    });
    expect(entry('甲四')).toMatchObject({ status: 'RESERVE', reserveNo: 2, rank: 4 });
    expect(entry('甲客')).toMatchObject({
      status: 'NOT_ELIGIBLE',
      total: '95.00',
      reason: { code: 'GUEST' },
    });
    expect(entry('甲客')).not.toHaveProperty('reserveNo');
    expect(entry('乙一')).toMatchObject({
      status: 'ADVANCED',
      rank: 1,
      feederContestId: prelimB,
      unit: { id: unitB, name: '细河区总工会' },
    });
    expect(entry('乙二')).toMatchObject({ status: 'ADVANCED', rank: 2 });
    expect(entry('乙三')).toMatchObject({ status: 'RESERVE', reserveNo: 1, rank: 3 });
    // The first version lists everyone as a change.
    expect(list.changes).toHaveLength(8);

    // Computing again with nothing changed keeps the same version.
    const again = await compute();
    expectStatus(again, 200);
    expect((again.body as Advancement).version).toBe(1);
    expect((again.body as Advancement).entries).toEqual(list.entries);
    const latest = await as(organizer).get(`/api/contests/${final}/advancement`);
    expect((latest.body as Advancement).version).toBe(1);
  });

  it('shows the public the list without ID numbers or phones', async () => {
    const res = await e2e.http.get(`/api/public/contests/${final}/advancement`);
    expectStatus(res, 200);
    expect((res.body as Advancement).version).toBe(1);
    expect((res.body as Advancement).entries).toHaveLength(8);
    const text = JSON.stringify(res.body);
    for (const person of people.values()) expect(text).not.toContain(person.idNumber);
    expect(text).not.toMatch(/idNumber|phone|workerId/);
  });

  it('keeps a version 2 with its changes once a corrected result is republished', async () => {
    await rescore('甲三', 95);
    const res = await compute();
    expectStatus(res, 200);
    const list = res.body as Advancement;
    expect(list.version).toBe(2);
    const entry = (name: string) => byName(list).get(name)!;
    expect(entry('甲三')).toMatchObject({ status: 'ADVANCED', rank: 1, total: '95.00' });
    expect(entry('甲一')).toMatchObject({ status: 'ADVANCED', rank: 2 });
    expect(entry('甲二')).toMatchObject({ status: 'RESERVE', reserveNo: 1, rank: 3 });
    expect(entry('甲四')).toMatchObject({ status: 'RESERVE', reserveNo: 2, rank: 4 });
    const kinds = Object.fromEntries(list.changes.map((c) => [c.name, c.kind]));
    expect(kinds).toEqual({ 甲三: 'MOVED_IN', 甲二: 'MOVED_OUT', 甲一: 'DETAILS_CHANGED' });
    const publicView = await e2e.http.get(`/api/public/contests/${final}/advancement`);
    expect((publicView.body as Advancement).version).toBe(2);
  }, 60_000);

  it('lets only organizers set feeders, compute and read the list', async () => {
    const coordinator = await e2e.login('coordadv', 'coordadv-password');
    for (const auth of [coordinator, panel.judge]) {
      expect(
        (
          await as(auth).put(`/api/contests/${final}/feeders`, {
            feederContestIds: [prelimA],
            rule: RULE,
          })
        ).status,
      ).toBe(403);
      expect((await as(auth).post(`/api/contests/${final}/advancement`)).status).toBe(403);
      expect((await as(auth).get(`/api/contests/${final}/advancement`)).status).toBe(403);
    }
    expect((await e2e.http.post(`/api/contests/${final}/advancement`)).status).toBe(401);
  });
});
