import { maleId } from '../factories/id-numbers';
import {
  judgePanel,
  type JudgePanel,
  publishedFeeder,
  SINGLE_SCORE_SCHEME,
} from '../factories/published-contest';
import { SetupApi } from '../factories/setup-api';
import { expectStatus, requestsAs, startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';
import type { Schemas } from '../support/typed-api';

type Entry = Schemas['AdvancementEntryView'];
type PublicAdvancement = Schemas['PublicAdvancementResponse'];

/**
 * Reading back what the advancement pages show (docs/advancement.md): a final's saved feeders and
 * rule, whether an advancer confirmed, and the public list naming its feeders, over HTTP on both
 * databases. Two hosted preliminaries (round 1) feed the final (round 2), each sending its best 2.
 */
describe.each(databases)('Advancement read-back on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let organizer: string;
  let coordinator: string;
  let setup: SetupApi;
  let panel: JudgePanel;
  let tradeId: number;
  let competitionId: number;
  let unitA: number;
  let unitB: number;
  let prelimA: number;
  let prelimB: number;
  let final: number;
  const registrations = new Map<string, number>();
  const idNumbers: string[] = [];
  let nextId = 310;

  const as = (auth: string) => requestsAs(e2e.http, auth);
  const rule = { mode: 'TOP_N_PER_FEEDER', n: 2, tiesAtCut: 'INCLUDE_ALL' };

  async function prelim(hostUnitId: number, scores: Array<[string, number]>): Promise<number> {
    const { contestId, people } = await publishedFeeder(
      e2e.http,
      organizer,
      panel,
      { competitionId, tradeId, round: 1, hostUnitId },
      scores.map(([name, points]) => {
        const idNumber = maleId(nextId++);
        idNumbers.push(idNumber);
        return { name, idNumber, unitId: hostUnitId, points };
      }),
    );
    for (const [name, person] of people) registrations.set(name, person.registrationId);
    return contestId;
  }

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    setup = new SetupApi(e2e.http, organizer);
    tradeId = await setup.tradeId('LATHE');
    competitionId = (await setup.competition('READBACK2026')).id;
    const city = (await setup.unit('CITYRB', '阜新市总工会')).id;
    unitA = (await setup.unit('HZQRB', '海州区总工会', city)).id;
    unitB = (await setup.unit('XHQRB', '细河区总工会', city)).id;
    panel = await judgePanel(e2e.http, organizer, (u, p) => e2e.login(u, p), 'rb');
    await setup.user('coordrb', 'UNIT_COORDINATOR', unitA);
    coordinator = await e2e.login('coordrb', 'coordrb-password');
    prelimA = await prelim(unitA, [
      ['甲一', 90],
      ['甲二', 85],
      ['甲三', 80],
    ]);
    prelimB = await prelim(unitB, [
      ['乙一', 88],
      ['乙二', 84],
      ['乙三', 70],
    ]);
    const created = await as(organizer).post(`/api/competitions/${competitionId}/contests`, {
      tradeId,
      scheme: SINGLE_SCORE_SCHEME,
      round: 2,
    });
    expectStatus(created, 201);
    final = (created.body as { id: number }).id;
  }, 300_000);

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('answers no feeders and a null rule before any PUT, and 404 for no such contest', async () => {
    const before = await as(organizer).get(`/api/contests/${final}/feeders`);
    expectStatus(before, 200);
    expect(before.body).toEqual({ feederContestIds: [], rule: null });
    const missing = await as(organizer).get('/api/contests/999999/feeders');
    expectStatus(missing, 404);
    expect(missing.body).toMatchObject({ code: 'CONTEST_NOT_FOUND' });
  });

  it('reads back what PUT saved, as PUT answered it', async () => {
    const put = await as(organizer).put(`/api/contests/${final}/feeders`, {
      feederContestIds: [prelimB, prelimA],
      rule,
    });
    expectStatus(put, 200);
    const read = await as(organizer).get(`/api/contests/${final}/feeders`);
    expectStatus(read, 200);
    expect(read.body).toEqual({
      feederContestIds: expect.arrayContaining([prelimA, prelimB]) as unknown,
      rule: (put.body as { rule: unknown }).rule,
    });
    expect((read.body as { feederContestIds: number[] }).feederContestIds).toHaveLength(2);
    expect((read.body as { rule: unknown }).rule).toMatchObject(rule);
  });

  it('refuses a coordinator and the public', async () => {
    const refused = await as(coordinator).get(`/api/contests/${final}/feeders`);
    expectStatus(refused, 403);
    const anonymous = await e2e.http.get(`/api/contests/${final}/feeders`);
    expect(anonymous.status).toBe(401);
  });

  it('says confirmed once an advancer confirms', async () => {
    const computed = await as(organizer).post(`/api/contests/${final}/advancement`);
    expectStatus(computed, 200);
    const first = (computed.body as { entries: Entry[] }).entries;
    expect(first.every((e) => e.confirmed === false)).toBe(true);
    const confirm = await as(organizer).post(
      `/api/advancement/${registrations.get('甲一')}/confirm`,
    );
    expectStatus(confirm, 200);
    const latest = await as(organizer).get(`/api/contests/${final}/advancement`);
    expectStatus(latest, 200);
    const entries = (latest.body as { entries: Entry[] }).entries;
    expect(entries.find((e) => e.name === '甲一')).toMatchObject({
      status: 'ADVANCED',
      confirmed: true,
    });
    expect(entries.find((e) => e.name === '乙一')).toMatchObject({
      status: 'ADVANCED',
      confirmed: false,
    });
  });

  it('names the feeders on the public list, with no ID numbers', async () => {
    const res = await e2e.http.get(`/api/public/contests/${final}/advancement`);
    expectStatus(res, 200);
    const body = res.body as PublicAdvancement;
    const trade = (
      (await e2e.http.get(`/api/public/competitions/${competitionId}`)).body as {
        contests: Array<{ id: number; trade: string }>;
      }
    ).contests.find((c) => c.id === final)!.trade;
    expect(body.feeders).toEqual(
      expect.arrayContaining([
        { contestId: prelimA, round: 1, hostUnitName: '海州区总工会', tradeName: trade },
        { contestId: prelimB, round: 1, hostUnitName: '细河区总工会', tradeName: trade },
      ]),
    );
    expect(body.feeders).toHaveLength(2);
    expect(body.entries.find((e) => e.name === '甲一')?.confirmed).toBe(true);
    const text = JSON.stringify(body);
    for (const idNumber of idNumbers) expect(text).not.toContain(idNumber);
    expect(text).not.toMatch(/idNumber|phone/i);
  });

  it('gives every contest of the public competition data its round and host unit', async () => {
    const res = await e2e.http.get(`/api/public/competitions/${competitionId}`);
    expectStatus(res, 200);
    const contests = (
      res.body as { contests: Array<{ id: number; round: number; hostUnitName: string | null }> }
    ).contests;
    expect(contests.find((c) => c.id === prelimA)).toMatchObject({
      round: 1,
      hostUnitName: '海州区总工会',
    });
    expect(contests.find((c) => c.id === final)).toMatchObject({ round: 2, hostUnitName: null });
  });
});
