import { fedContest, publishedContest } from '../factories/published-contest';
import { SetupApi } from '../factories/setup-api';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

/** docs/registration.md "A worker's path": a preliminary, its advancement list, the path answer. */
describe.each(databases)('A worker path over HTTP on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let prelim: Awaited<ReturnType<typeof publishedContest>>;
  let final: number;

  const path = (name: string, idNumber: string) =>
    e2e.http.post('/api/public/path').send({ name, idNumber });

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    const organizer = await e2e.login();
    prelim = await publishedContest(e2e.http, organizer, (u, p) => e2e.login(u, p), [
      ['张伟', 90],
      ['王芳', 85],
      ['李娜', 80],
    ]);
    final = await fedContest(
      e2e.http,
      organizer,
      {
        competitionId: prelim.competitionId,
        tradeId: await new SetupApi(e2e.http, organizer).tradeId('LATHE'),
        round: 2,
      },
      { feederContestIds: [prelim.contestId], rule: { mode: 'TOP_N_PER_FEEDER', n: 2 } },
    );
  });

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('answers the published result before any advancement list', async () => {
    const res = await path('张伟', prelim.people.get('张伟')!.idNumber).expect(200);
    expect(res.body.entries).toEqual([
      expect.objectContaining({
        contestId: prelim.contestId,
        round: 1,
        roundName: '初赛',
        registrationStatus: 'APPROVED',
        result: { rank: 1, total: '90.00', title: 'CHAMPION' },
        advancement: null,
      }),
    ]);
  });

  it('adds the advancement status and its reason in words once a list exists', async () => {
    const organizer = await e2e.login();
    await e2e.http
      .post(`/api/contests/${final}/advancement`)
      .set('authorization', organizer)
      .expect(200);
    const advanced = await path('王芳', prelim.people.get('王芳')!.idNumber).expect(200);
    expect(advanced.body.entries[0].advancement).toMatchObject({
      contestId: final,
      round: 2,
      roundName: '决赛',
      status: 'ADVANCED',
      reserveNo: null,
      reasonText: '初赛第2名，每个赛区前2名晋级',
      entry: null,
    });
    const reserve = await path('李娜', prelim.people.get('李娜')!.idNumber).expect(200);
    expect(reserve.body.entries[0].advancement).toMatchObject({
      status: 'RESERVE',
      reserveNo: 1,
      reasonText: '初赛递补第1名',
    });
    // Never an ID number or a phone in the answer.
    expect(JSON.stringify(reserve.body)).not.toContain(prelim.people.get('李娜')!.idNumber);
  });

  it('answers 404 CONTESTANT_NOT_FOUND for a name that does not match', async () => {
    const res = await path('赵磊', prelim.people.get('张伟')!.idNumber);
    expect({ status: res.status, code: res.body.code }).toEqual({
      status: 404,
      code: 'CONTESTANT_NOT_FOUND',
    });
  });
});
